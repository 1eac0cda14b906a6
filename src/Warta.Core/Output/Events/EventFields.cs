using System.Globalization;
using Warta.Coding;
using Warta.Dates;

namespace Warta.Output.Events;

/// <summary>How event values are spelled in every output format, so the formats agree.</summary>
internal static class EventFields
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateFrom(DateSource source) => source switch
    {
        DateSource.Text => "text",
        DateSource.TextRelative => "text_relative",
        DateSource.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string DateRule(DateRule rule) => rule switch
    {
        Coding.DateRule.Clause => "clause",
        Coding.DateRule.LaterInSentence => "later_in_sentence",
        Coding.DateRule.BeforeReport => "before_report",
        Coding.DateRule.QuoteAttribution => "quote_attribution",
        Coding.DateRule.EventNoun => "event_noun",
        Coding.DateRule.ControlVerb => "control_verb",
        Coding.DateRule.Story => "story",
        Coding.DateRule.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    public static string DatePrecision(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>The rule a <c>date_rule</c> value names, or null for none or an unknown one (output of an older Warta).</summary>
    public static DateRule? ParseDateRule(string? name) =>
        Enum.GetValues<DateRule>().Where(r => DateRule(r) == name).Cast<DateRule?>().FirstOrDefault();

    public static DatePrecision? ParseDatePrecision(string? name) =>
        Enum.GetValues<DatePrecision>().Where(p => DatePrecision(p) == name).Cast<DatePrecision?>().FirstOrDefault();

    /// <summary>Goldstein values have one decimal in CAMEO; written with invariant culture.</summary>
    public static string Goldstein(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
