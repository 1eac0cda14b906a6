using System.Collections.Frozen;
using Warta.Data;

namespace Warta.Events;

/// <summary>
/// <c>data/cameo/intent-codes.tsv</c>: for a CAMEO code (or a prefix of codes), the 03x code of intending it and the
/// 13x code of threatening it, and (optional fourth column) the 12x code of refusing it ("would not allow inspectors":
/// 0862 → 1245). The longest listed prefix of a code wins: 0841 → 0353 before 08 → 035.
/// </summary>
internal sealed class IntentCodes
{
    public const string RelativePath = "cameo/intent-codes.tsv";

    private readonly FrozenDictionary<string, (string? Intent, string? Threat, string? Refusal)> _map;

    private IntentCodes(FrozenDictionary<string, (string?, string?, string?)> map) => _map = map;

    public static IntentCodes Load(string path, CameoCodebook codebook, List<DictionaryProblem> problems)
    {
        var map = new Dictionary<string, (string?, string?, string?)>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string? Code(int i)
            {
                var v = i < f.Length ? f[i].Trim() : "-";
                if (v is "" or "-") return null;
                if (!codebook.Contains(v)) problems.Add(new DictionaryProblem(path, lineNumber, $"unknown CAMEO code '{v}'"));
                return v;
            }
            if (f.Length is not (3 or 4)) { problems.Add(new DictionaryProblem(path, lineNumber, "expected 3 or 4 columns: code, intent, threat[, refusal]")); continue; }
            var key = f[0].Trim();
            if (!codebook.Contains(key)) { problems.Add(new DictionaryProblem(path, lineNumber, $"unknown CAMEO code '{key}'")); continue; }
            if (map.ContainsKey(key)) problems.Add(new DictionaryProblem(path, lineNumber, $"duplicate code '{key}'"));
            map[key] = (Code(1), Code(2), Code(3));
        }
        return new IntentCodes(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public string? Intent(string code) => Lookup(code, codes => codes.Intent);
    public string? Threat(string code) => Lookup(code, codes => codes.Threat);
    public string? Refusal(string code) => Lookup(code, codes => codes.Refusal);

    private string? Lookup(string code, Func<(string? Intent, string? Threat, string? Refusal), string?> column)
    {
        for (int length = code.Length; length >= 2; length--)
            if (_map.TryGetValue(code[..length], out var codes) && column(codes) is { } found) return found;
        return null;
    }
}
