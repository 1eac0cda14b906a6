using Warta.Data;
using Warta.Languages;
using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Splits a text into paragraphs and each paragraph into sentences, as trimmed half-open spans of the original
/// text. Runs in time linear in the text. Thread-safe: its rules are loaded once and never change.
/// </summary>
public sealed class Segmenter
{
    private readonly SentenceSplitter _sentences;

    public Segmenter(AbbreviationList abbreviations)
    {
        Abbreviations = abbreviations;
        _sentences = new SentenceSplitter(abbreviations);
    }

    public AbbreviationList Abbreviations { get; }

    /// <summary>Loads the language's abbreviations from <c>data/{lang}/abbreviations.txt</c>.</summary>
    public static Segmenter Load(DataDirectory data, Language language) =>
        new(AbbreviationList.Load(data, data.File(language, "abbreviations.txt")));

    /// <summary>Splits text into paragraphs, each into sentences: spans into <paramref name="text"/>.</summary>
    public IReadOnlyList<ParagraphSegment> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<TextSpan>();
        ParagraphSplitter.Split(text, paragraphs);
        var result = new List<ParagraphSegment>(paragraphs.Count);
        var sentences = new List<SentenceSegment>();
        foreach (var paragraph in paragraphs)
        {
            sentences.Clear();
            _sentences.Split(text, paragraph, sentences);
            result.Add(new ParagraphSegment(paragraph, sentences.ToArray()));
        }
        return result;
    }
}
