using System.Collections.Frozen;
using Warta.Data;
using Warta.Errors;

namespace Warta.Events;

/// <summary>
/// What the coder does with the events of one CAMEO code: a row of <c>data/cameo/behaviour.tsv</c> (see the file's
/// header for what each column means and docs/coding.md for where the coder reads it).
/// </summary>
public readonly record struct CameoBehaviour(
    bool Statement, bool DropsImplicitTarget, bool TargetOptional, bool Reaction, bool VerbalAct, bool Asking, bool Alleging,
    bool Intent, bool Joint, bool YieldsObject, bool Protest, bool Coercive, bool Assault, bool Arrest, bool PassiveAgentState,
    bool Consequence, bool NamedVictim)
{
    /// <summary>The column names, in the order of the record's fields.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "statement", "drops_implicit_target", "target_optional", "reaction", "verbal_act", "asking", "alleging",
        "intent", "joint", "yields_object", "protest", "coercive", "assault", "arrest", "passive_agent_state", "consequence",
        "named_victim",
    ];

    internal static CameoBehaviour From(bool[] v) =>
        new(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16]);
}

/// <summary>
/// <c>data/cameo/behaviour.tsv</c>: one row per CAMEO code prefix; a code takes the row of its longest listed prefix
/// (none: every column no).
/// </summary>
public sealed class CameoBehaviourTable
{
    public const string RelativePath = "cameo/behaviour.tsv";

    private readonly FrozenDictionary<string, CameoBehaviour> _byPrefix;

    private CameoBehaviourTable(FrozenDictionary<string, CameoBehaviour> byPrefix) => _byPrefix = byPrefix;

    public static readonly CameoBehaviourTable Empty = new(FrozenDictionary<string, CameoBehaviour>.Empty);

    /// <summary>The prefixes listed, each with its row.</summary>
    public IReadOnlyDictionary<string, CameoBehaviour> Rows => _byPrefix;

    public CameoBehaviour For(string code)
    {
        if (_byPrefix.Count == 0) return default;
        for (int length = Math.Min(code.Length, 4); length >= 2; length--)
            if (_byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code.AsSpan(0, length), out var row)) return row;
        return default;
    }

    /// <summary>
    /// Reads the table. The header must name exactly the known columns, in order; a prefix must be a code of
    /// <paramref name="codebook"/> listed once; a cell is "x" or empty. Any other line is WRT0103 naming the file and line.
    /// </summary>
    public static CameoBehaviourTable Load(string path, Func<string, bool> isCode)
    {
        var rows = new Dictionary<string, CameoBehaviour>(StringComparer.Ordinal);
        int lineNumber = 0;
        bool header = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!header)
            {
                if (f.Length != CameoBehaviour.Columns.Count + 1 || f[0] != "prefix" || !f.Skip(1).SequenceEqual(CameoBehaviour.Columns))
                    throw Invalid(path, lineNumber, $"the header must be: prefix, {string.Join(", ", CameoBehaviour.Columns)}");
                header = true;
                continue;
            }
            if (f.Length != CameoBehaviour.Columns.Count + 1)
                throw Invalid(path, lineNumber, $"expected {CameoBehaviour.Columns.Count + 1} tab-separated cells, found {f.Length}");
            if (!isCode(f[0])) throw Invalid(path, lineNumber, $"'{f[0]}' is not a CAMEO code of the codebook");
            var values = new bool[CameoBehaviour.Columns.Count];
            for (int i = 0; i < values.Length; i++)
            {
                var cell = f[i + 1];
                if (cell is not ("x" or "")) throw Invalid(path, lineNumber, $"column {CameoBehaviour.Columns[i]}: '{cell}' is neither x nor empty");
                values[i] = cell == "x";
            }
            if (!rows.TryAdd(f[0], CameoBehaviour.From(values))) throw Invalid(path, lineNumber, $"prefix {f[0]} is listed twice");
        }
        if (!header) throw Invalid(path, lineNumber, "no header line");
        return new CameoBehaviourTable(rows.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static WartaException Invalid(string path, int line, string why) =>
        new(ErrorCodes.DataFileInvalid, $"{path}:{line}: {why}");
}
