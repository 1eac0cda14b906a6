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

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);
    public int Count => _codes.Count;

    public static CameoCodebook Load(DataDirectory data) => Load(data.Require(data.File(RelativePath)));

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
        return new CameoCodebook(codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public bool TryGet(string code, out CameoCode cameo) => _codes.TryGetValue(code, out cameo!);

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>Two to four ASCII digits: the shape of a CAMEO event code.</summary>
    public static bool IsCode(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Length > 0 ? fields[index] : null;
}
