using Warta.Conllu;
using Warta.Languages;
using Warta.Morphology;
using Warta.Tagging;
using Warta.Text;

namespace Warta.Parsing;

/// <summary>Attachment counts of one relation (by gold relation, without subtype): words, right heads, right heads and relations.</summary>
public sealed record RelationScore(string Relation, int Total, int HeadCorrect, int LabelCorrect)
{
    public double Uas => Total == 0 ? 0 : (double)HeadCorrect / Total;
    public double Las => Total == 0 ? 0 : (double)LabelCorrect / Total;
}

/// <summary>
/// UAS and LAS over all words, punctuation included, as the CoNLL 2018 shared task scores them: LAS compares the
/// universal relation without its subtype (<see cref="ExactLas"/> compares subtypes too). Per-relation figures count
/// the words whose gold relation is that one (recall).
/// </summary>
public sealed record ParserScore(string Name, int Total, int HeadCorrect, int LabelCorrect, int ExactCorrect,
    IReadOnlyDictionary<string, RelationScore> Relations)
{
    /// <summary>(gold, predicted) universal relations of words whose head is right but relation wrong.</summary>
    public IReadOnlyDictionary<(string Gold, string Predicted), int> Confusions { get; init; } = new Dictionary<(string, string), int>();

    public IEnumerable<(string Gold, string Predicted, int Count)> TopConfusions(int n) => Confusions
        .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Gold, StringComparer.Ordinal).ThenBy(c => c.Key.Predicted, StringComparer.Ordinal)
        .Take(n).Select(c => (c.Key.Gold, c.Key.Predicted, c.Value));

    public double Uas => Total == 0 ? 0 : (double)HeadCorrect / Total;
    public double Las => Total == 0 ? 0 : (double)LabelCorrect / Total;
    public double ExactLas => Total == 0 ? 0 : (double)ExactCorrect / Total;

    /// <summary>The relations the test command reports one by one.</summary>
    public static readonly string[] Reported = ["nsubj", "obj", "obl", "ccomp", "xcomp", "advcl", "acl", "conj", "appos", "flat"];

    public static ParserScore Sum(string name, IEnumerable<ParserScore> scores)
    {
        var list = scores.ToList();
        var relations = list.SelectMany(s => s.Relations.Values).GroupBy(r => r.Relation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new RelationScore(g.Key, g.Sum(r => r.Total), g.Sum(r => r.HeadCorrect), g.Sum(r => r.LabelCorrect)),
                StringComparer.Ordinal);
        var confusions = new Dictionary<(string, string), int>();
        foreach (var (pair, n) in list.SelectMany(s => s.Confusions)) confusions[pair] = confusions.GetValueOrDefault(pair) + n;
        return new ParserScore(name, list.Sum(s => s.Total), list.Sum(s => s.HeadCorrect), list.Sum(s => s.LabelCorrect),
            list.Sum(s => s.ExactCorrect), relations) { Confusions = confusions };
    }
}

public static class ParserEvaluation
{
    /// <summary>
    /// Builds each sentence's document on gold tokenization, analyses it with <paramref name="morphology"/>, tags it
    /// with <paramref name="tagger"/> (predicted tags, as in the pipeline) and returns the documents, ready to parse.
    /// </summary>
    public static List<Document> Prepare(IEnumerable<ConlluSentence> sentences, Language language, IMorphologicalAnalyzer morphology,
        PerceptronTagger tagger)
    {
        var documents = new List<Document>();
        foreach (var sentence in sentences)
        {
            var doc = ConlluReader.ToDocument(sentence, language);
            MorphologyJackknife.Attach(doc, morphology);
            tagger.Tag(doc, 0);
            documents.Add(doc);
        }
        return documents;
    }

    /// <summary>Parses each prepared document (one sentence each) and compares it with the gold tree.</summary>
    public static ParserScore Evaluate(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<Document> documents, string name)
    {
        int total = 0, head = 0, label = 0, exact = 0;
        var relations = new Dictionary<string, (int Total, int Head, int Label)>(StringComparer.Ordinal);
        var confusions = new Dictionary<(string, string), int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var doc = documents[s];
            parser.Parse(doc, 0);
            var rows = doc.TokenRows;
            var words = sentences[s].Words;
            for (int i = 0; i < words.Count; i++)
            {
                var gold = words[i];
                if (gold.Head < 0) continue;
                var universal = Universal(gold.Deprel);
                bool headRight = rows[i].Head == gold.Head;
                bool labelRight = headRight && Universal(rows[i].Relation ?? "") == universal;
                total++;
                if (headRight) head++;
                if (labelRight) label++;
                if (headRight && rows[i].Relation == gold.Deprel) exact++;
                if (headRight && !labelRight)
                {
                    var pair = (universal, Universal(rows[i].Relation ?? "_"));
                    confusions[pair] = confusions.GetValueOrDefault(pair) + 1;
                }
                var r = relations.GetValueOrDefault(universal);
                relations[universal] = (r.Total + 1, r.Head + (headRight ? 1 : 0), r.Label + (labelRight ? 1 : 0));
            }
        }
        return new ParserScore(name, total, head, label, exact,
            relations.ToDictionary(p => p.Key, p => new RelationScore(p.Key, p.Value.Total, p.Value.Head, p.Value.Label), StringComparer.Ordinal))
        {
            Confusions = confusions,
        };
    }

    private static string Universal(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }
}
