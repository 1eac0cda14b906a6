using Warta.Coding;
using Warta.Dates;

namespace Warta.Tests.TestSupport;

/// <summary>Builds event records by hand, for testing what surrounds the coder without the coder.</summary>
internal static class Events
{
    /// <summary>An actor from a code such as "KAZGOV": the first three letters are the country unless it is an IGO.</summary>
    public static EventActor Actor(string code, string? text = null, string? name = null)
    {
        bool igo = code.StartsWith("IGO", StringComparison.Ordinal);
        return new EventActor(text ?? code, code, igo ? null : code[..3], code.Length > 3 && !igo ? code[3..] : null, name);
    }

    public static EventRecord Make(string doc, string source, string? target, string cameo, string sentence = "S.",
        string date = "2022-10-05", string modality = "asserted", string lang = "id", int sentenceIndex = 0)
    {
        var root = cameo[..2];
        return new EventRecord
        {
            Id = $"{doc}-{source}-{target}-{cameo}-{sentenceIndex}-{sentence.Length}",
            Doc = doc,
            Language = lang,
            SentenceIndex = sentenceIndex,
            Sentence = sentence,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            DateFrom = DateSource.Text,
            DateText = "5 Oktober",
            Source = Actor(source),
            Target = target is null ? null : Actor(target),
            Cameo = cameo,
            CameoName = "Name of " + cameo,
            Root = root,
            Quad = int.Parse(root, System.Globalization.CultureInfo.InvariantCulture) switch { <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4 },
            Goldstein = -2.0,
            Plover = new PloverCode("ACCUSE", "disapprove"),
            Negated = modality == "negated",
            Hypothetical = modality == "hypothetical",
            Modality = modality,
            Evidence = new Evidence("mengutuk", 10, 18),
            Rule = "test:" + cameo,
        };
    }
}
