using System.Collections.Frozen;
using System.Globalization;
using Warta.Data;
using Warta.Errors;

namespace Warta.Events;

/// <summary>The CAMEO codebook (<c>data/cameo/codes.tsv</c>): every event code, its root, Goldstein weight, QuadClass and PLOVER mapping.</summary>
public sealed class CameoCodebook
{
    public const string RelativePath = "cameo/codes.tsv";

    private readonly FrozenDictionary<string, CameoCode> _codes;
    private readonly FrozenDictionary<string, CameoBehaviour> _behaviour;
    private readonly CameoBehaviourTable _behaviourTable;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes, CameoBehaviourTable behaviour)
    {
        _codes = codes;
        _behaviourTable = behaviour;
        _behaviour = codes.Keys.ToFrozenDictionary(c => c, behaviour.For, StringComparer.Ordinal);
    }

    /// <summary>What the coder does with a code's events (<c>data/cameo/behaviour.tsv</c>); all no when the table was not loaded.</summary>
    public CameoBehaviour Behaviour(string code) => _behaviour.TryGetValue(code, out var b) ? b : _behaviourTable.For(code);

    /// <summary>A copy of this codebook that reads its behaviour columns from <paramref name="path"/>.</summary>
    public CameoCodebook WithBehaviour(string path) => new(_codes, CameoBehaviourTable.Load(path, Contains));

    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);
    public int Count => _codes.Count;

    /// <summary>The shipped codebook with its behaviour columns (<see cref="CameoBehaviourTable.RelativePath"/>).</summary>
    public static CameoCodebook Load(DataDirectory data) =>
        Load(data.Require(data.File(RelativePath))).WithBehaviour(data.Require(data.File(CameoBehaviourTable.RelativePath)));

    /// <summary>Reads a codebook file; a malformed line is WRT0103 naming the file and line.</summary>
    public static CameoCodebook Load(string path)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 5 || !IsCode(f[0]) || f[1].Length != 2 || !f[0].StartsWith(f[1], StringComparison.Ordinal)
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
                || !int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
                throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{lineNumber}: expected code, root, name, goldstein, quad[, plover_type, plover_mode]");
            codes[f[0]] = new CameoCode(f[0], f[1], f[2], goldstein, quad, Field(f, 5), Field(f, 6));
        }
        return new CameoCodebook(codes.ToFrozenDictionary(StringComparer.Ordinal), CameoBehaviourTable.Empty);
    }

    public bool TryGet(string code, out CameoCode cameo) => _codes.TryGetValue(code, out cameo!);

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>Two to four ASCII digits: the shape of a CAMEO event code.</summary>
    public static bool IsCode(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Length > 0 ? fields[index] : null;
}
