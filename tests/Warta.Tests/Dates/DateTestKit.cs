using Warta.Dates;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests.Dates;

/// <summary>Date finders over the repository's data, and a way to read one sentence's dates as text.</summary>
internal static class DateTestKit
{
    private static readonly Lazy<DateFinder> Indonesian = new(() => DateFinder.Load(TestPaths.DataDirectory, Language.Indonesian));
    private static readonly Lazy<DateFinder> English = new(() => DateFinder.Load(TestPaths.DataDirectory, Language.English));

    public static DateFinder For(Language language) => language == Language.English ? English.Value : Indonesian.Value;

    public static (Document Doc, IReadOnlyList<DateMention> Mentions) Find(string text, Language language, string published, string? anchor = null)
    {
        var p = DateOnly.Parse(published);
        var doc = SharedAnalyzer.Instance.Analyze(text, language: language, published: p);
        var all = new List<DateMention>();
        DateOnly? a = anchor is null ? null : DateOnly.Parse(anchor);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var found = For(language).Find(doc, s, p, a);
            all.AddRange(found);
            a = DateSelection.NextAnchor(found, a);
        }
        return (doc, all);
    }

    /// <summary>The single mention of <paramref name="text"/>, or a failure naming what was found.</summary>
    public static DateMention Single(string text, Language language, string published, string? anchor = null)
    {
        var (doc, mentions) = Find(text, language, published, anchor);
        Assert.True(mentions.Count == 1, $"expected one date in '{text}', found: {Describe(doc, mentions)}");
        return mentions[0];
    }

    /// <summary>The mention's date and precision, compared as one pair so a failure shows both.</summary>
    public static void AssertDate(DateMention m, string date, DatePrecision precision) =>
        Assert.Equal((DateOnly.Parse(date), precision), (m.Date, m.Precision));

    /// <summary>A date counted from an earlier date of the text ("sehari kemudian", "the next day").</summary>
    public static void AssertTextRelative(DateMention m, string date) =>
        Assert.Equal((DateOnly.Parse(date), DateSource.TextRelative), (m.Date, m.Source));

    public static string SpanText(Document doc, DateMention m) =>
        doc.Text[doc[m.FirstToken].Span.Start..doc[m.EndToken - 1].Span.End];

    public static string Describe(Document doc, IReadOnlyList<DateMention> mentions) =>
        mentions.Count == 0 ? "none" : string.Join("; ", mentions.Select(m => $"'{SpanText(doc, m)}' {m.Date:yyyy-MM-dd} {m.Precision} {m.Rule}"));
}
