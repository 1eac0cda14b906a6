using System.Collections.Frozen;
using Warta.Errors;

namespace Warta.Morphology.Indonesian;

/// <summary>Where a root was attested: treebank lemmas, our own root list, the event-verb list.</summary>
[Flags]
internal enum RootSources : byte { None = 0, Treebank = 1, Own = 2, Event = 4 }

/// <summary>
/// One root: its lemma as written in citation form ("tanda tangan"), how often it was a treebank lemma, the UPOS it
/// was most often lemma of ('V', 'N', 'A', or '-' when unknown), and its sources.
/// </summary>
internal sealed record RootEntry(string Lemma, int Frequency, char Pos, RootSources Sources)
{
    public bool IsEvent => (Sources & RootSources.Event) != 0;
}

/// <summary>
/// The root lexicon (data/id/roots.tsv, built by <c>warta train lexicon</c>). Keys are written without spaces, the way
/// a multiword root appears inside an affixed form (menandatangani → "tandatangan"). Read-only after load.
/// </summary>
internal sealed class RootLexicon
{
    public const string FileName = "roots.tsv";

    private readonly FrozenDictionary<string, RootEntry> _entries;
    private readonly FrozenDictionary<string, RootEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public RootLexicon(IEnumerable<RootEntry> entries)
    {
        var map = new Dictionary<string, RootEntry>(StringComparer.Ordinal);
        foreach (var e in entries) map[KeyOf(e.Lemma)] = e;
        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entries.Count;

    public bool TryGet(ReadOnlySpan<char> key, out RootEntry entry) => _lookup.TryGetValue(key, out entry!);

    public bool Contains(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);

    public static string KeyOf(string lemma) => lemma.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Reads roots.tsv: root, frequency, POS letter, source letters (t, o, e).</summary>
    public static RootLexicon Load(string path)
    {
        var entries = new List<RootEntry>(16384);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            entries.Add(Parse(line, path, lineNumber));
        }
        return new RootLexicon(entries);
    }

    private static RootEntry Parse(string line, string path, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4 || !int.TryParse(fields[1], out int frequency) || fields[2].Length != 1 || fields[0].Length == 0)
            throw new WartaException(ErrorCodes.DataFileInvalid,
                $"{path}:{lineNumber}: expected 'root<TAB>frequency<TAB>pos<TAB>sources'; rebuild it with ./warta train lexicon");
        return new RootEntry(fields[0], frequency, fields[2][0], ParseSources(fields[3]));
    }

    public static RootSources ParseSources(string letters)
    {
        var sources = RootSources.None;
        foreach (var c in letters)
            sources |= c switch { 't' => RootSources.Treebank, 'o' => RootSources.Own, 'e' => RootSources.Event, _ => RootSources.None };
        return sources;
    }

    public static string FormatSources(RootSources sources) =>
        ((sources & RootSources.Treebank) != 0 ? "t" : "") + ((sources & RootSources.Own) != 0 ? "o" : "")
        + ((sources & RootSources.Event) != 0 ? "e" : "");
}
