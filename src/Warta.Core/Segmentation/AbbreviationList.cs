using System.Collections.Frozen;
using Warta.Data;
using Warta.Errors;

namespace Warta.Segmentation;

/// <summary>How an abbreviation's period behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Never ends a sentence: a title or a word that always has something after it (Dr., No., U.S., Jan.).</summary>
    Title,
    /// <summary>Often ends a list and so a sentence: ends one when a capitalised word follows (dll., etc., Jr.).</summary>
    Final,
}

/// <summary>
/// The abbreviations of one language (<c>data/{lang}/abbreviations.txt</c>), looked up by span without allocating.
/// Each entry also matches with its first letter capitalised and in capitals (dll. → Dll., DLL.).
/// </summary>
public sealed class AbbreviationList
{
    public const int MaxLength = 12;

    private readonly FrozenDictionary<string, AbbreviationKind> _entries;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AbbreviationList(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries)
    {
        var all = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (form, kind) in entries)
        {
            all.TryAdd(form, kind);
            all.TryAdd(char.ToUpperInvariant(form[0]) + form[1..], kind);
            all.TryAdd(form.ToUpperInvariant(), kind);
        }
        _entries = all.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static AbbreviationList Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>The kind of <paramref name="form"/> (with its final period), or null when it is not an abbreviation.</summary>
    public AbbreviationKind? Find(ReadOnlySpan<char> form) =>
        form.Length <= MaxLength && _lookup.TryGetValue(form, out var kind) ? kind : null;

    public static AbbreviationList Load(DataDirectory data, string path)
    {
        var entries = new List<KeyValuePair<string, AbbreviationKind>>();
        foreach (var (line, fields) in data.ReadTable(path))
        {
            var form = fields[0].Trim();
            var kindText = fields.Length > 1 ? fields[1].Trim() : "title";
            if (form.Length < 2 || form.Length > MaxLength || form[^1] != '.' || form.Any(char.IsWhiteSpace))
                throw Invalid(path, line, $"'{form}' is not an abbreviation ending in a period of at most {MaxLength} characters");
            var kind = kindText switch
            {
                "title" => AbbreviationKind.Title,
                "final" => AbbreviationKind.Final,
                _ => throw Invalid(path, line, $"kind '{kindText}' is neither 'title' nor 'final'"),
            };
            entries.Add(new(form, kind));
        }
        return new AbbreviationList(entries);
    }

    private static WartaException Invalid(string path, int line, string reason) =>
        new(ErrorCodes.DataFileInvalid, $"{path}:{line}: {reason}");
}
