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

    /// <summary>Goldstein values have one decimal in CAMEO; written with invariant culture.</summary>
    public static string Goldstein(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
