using Warta.Data;
using Warta.Languages;
using Warta.Text;

namespace Warta.Dates;

/// <summary>
/// Finds the date expressions of a sentence and resolves them against the published date (docs/dates.md).
/// Loaded once per language from <c>data/&lt;lang&gt;/dates.tsv</c>; immutable and safe to share between threads.
/// </summary>
public sealed class DateFinder
{
    private readonly DateLexicon _lexicon;
    private readonly bool _namesNeedCapital;

    private DateFinder(DateLexicon lexicon, bool namesNeedCapital) => (_lexicon, _namesNeedCapital) = (lexicon, namesNeedCapital);

    /// <summary>The number of words and phrases loaded.</summary>
    public int WordCount => _lexicon.Count;

    /// <summary>Loads <c>dates.tsv</c> of <paramref name="language"/>; WRT0104 when a line is malformed.</summary>
    public static DateFinder Load(DataDirectory data, Language language) =>
        // English capitalises month and weekday names, which tells May the month from may the modal.
        new(DateLexicon.Load(data, language), namesNeedCapital: language == Language.English);

    /// <summary>
    /// Every date expression of sentence <paramref name="sentenceIndex"/>, in text order, with document-wide half-open
    /// token spans. <paramref name="anchor"/> is the latest day the text gave before this sentence (for "sehari
    /// kemudian", "the next day"); within the sentence each day-precise date becomes the anchor of what follows.
    /// </summary>
    public IReadOnlyList<DateMention> Find(Document doc, int sentenceIndex, DateOnly published, DateOnly? anchor)
    {
        var sentence = doc.GetSentence(sentenceIndex);
        int end = sentence.FirstToken + sentence.TokenCount;
        List<DateMention>? found = null;
        var rows = doc.TokenRows;
        for (int i = sentence.FirstToken; i < end;)
        {
            ref readonly var row = ref rows[i];
            var text = doc.Text.AsSpan(row.Start, row.End - row.Start);
            bool candidate = row.Kind is TokenKind.Number or TokenKind.Date || text is "(" || _lexicon.Starts(text);
            if (!candidate) { i++; continue; }
            var reader = new DateReader(_lexicon, _namesNeedCapital, doc, end, published, anchor);
            if (!reader.TryRead(i, out var mention, out int next)) { i++; continue; }
            if (mention is { } m)
            {
                (found ??= []).Add(m);
                if (m.Precision == DatePrecision.Day) anchor = m.Date;
            }
            i = next;
        }
        return found ?? (IReadOnlyList<DateMention>)[];
    }
}
