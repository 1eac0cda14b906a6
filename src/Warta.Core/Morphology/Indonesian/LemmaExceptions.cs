using System.Collections.Frozen;
using Warta.Errors;

namespace Warta.Morphology.Indonesian;

/// <summary>
/// Forms whose treebank lemma the affix rules do not predict but the training treebanks agree on
/// (data/id/lemma-exceptions.tsv, learned by <c>warta train lexicon</c>): form → lemma.
/// </summary>
internal sealed class LemmaExceptions
{
    public const string FileName = "lemma-exceptions.tsv";

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LemmaExceptions(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = pairs.ToFrozenDictionary(StringComparer.Ordinal);
        Count = map.Count;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public static LemmaExceptions Empty { get; } = new([]);

    public bool TryGet(ReadOnlySpan<char> form, out string lemma) => _lookup.TryGetValue(form, out lemma!);

    public static LemmaExceptions Load(string path)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var fields in WordList.ReadItems(path))
        {
            if (fields.Length < 2)
                throw new WartaException(ErrorCodes.DataFileInvalid, $"{path}: '{string.Join('\t', fields)}' is not 'form<TAB>lemma'");
            pairs.Add(new(fields[0], fields[1]));
        }
        return new LemmaExceptions(pairs);
    }
}
