using System.Text;
using Warta.Conllu;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Text;

namespace Warta.Morphology.English;

/// <summary>
/// The base-word table data/en/lemmas.tsv: every lower-case lemma of a word that is not PROPN, PUNCT, SYM or X in
/// the given treebank sentences, with the sorted set of its UPOS. Built by <c>warta train lexicon --lang en</c> and,
/// in memory, for jackknifed tagger training; sorted ordinally, so the file is deterministic.
/// </summary>
public sealed class EnglishLemmaTable
{
    public const string FileName = "lemmas.tsv";

    private readonly SortedDictionary<string, SortedSet<string>> _classes;

    private EnglishLemmaTable(SortedDictionary<string, SortedSet<string>> classes) => _classes = classes;

    public int Count => _classes.Count;

    /// <summary>Each lemma with its UPOS names in ordinal order.</summary>
    public IEnumerable<(string Lemma, IReadOnlyCollection<string> Upos)> Entries =>
        _classes.Select(e => (e.Key, (IReadOnlyCollection<string>)e.Value));

    public static EnglishLemmaTable FromTreebank(IEnumerable<ConlluSentence> sentences)
    {
        var classes = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var word in sentence.Words)
            {
                if (word.Upos is Upos.PROPN or Upos.PUNCT or Upos.SYM or Upos.X || !IsLowerCaseWord(word.Lemma)) continue;
                if (!classes.TryGetValue(word.Lemma, out var set)) classes[word.Lemma] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(word.Upos.ToString());
            }
        return new EnglishLemmaTable(classes);
    }

    public static EnglishLemmaTable Load(DataDirectory data)
    {
        var path = data.File(Language.English, FileName);
        var classes = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (line, f) in data.ReadTable(path))
        {
            if (f.Length < 2)
                throw new WartaException(ErrorCodes.DataFileInvalid, $"{path}:{line}: expected 2 tab-separated fields, found {f.Length}");
            classes[f[0]] = new SortedSet<string>(f[1].Split(','), StringComparer.Ordinal);
        }
        return new EnglishLemmaTable(classes);
    }

    /// <summary>The file's text: a header naming the sources and licences, then "lemma TAB UPOS,UPOS" lines.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append("# English base words (lemmas) and their word classes: a fact table derived from the lemmas of the TRAIN split\n");
        sb.Append("# (en_ewt-ud-train, en_ewt-ud-dev, en_pud-ud-test; UD English EWT CC BY-SA 4.0, PUD CC BY-SA 3.0): every lower-case lemma of a\n");
        sb.Append("# word that is not PROPN, PUNCT, SYM or X, with the sorted set of its UPOS joined by \",\".\n");
        sb.Append("# lemma\tclasses\n");
        foreach (var (lemma, upos) in _classes) sb.Append(lemma).Append('\t').AppendJoin(',', upos).Append('\n');
        return sb.ToString();
    }

    public void Write(string path) => File.WriteAllText(path, Format());

    /// <summary>Lower-case ASCII letters, with hyphens after the first letter (well-being); numbers, names and symbols are not base words.</summary>
    private static bool IsLowerCaseWord(string lemma)
    {
        if (lemma.Length == 0 || lemma[0] is < 'a' or > 'z') return false;
        foreach (var c in lemma) if (c is not (>= 'a' and <= 'z' or '-' or '\'')) return false;
        return true;
    }
}
