namespace Warta.Actors;

/// <summary>The CAMEO role (type) codes a dictionary may use: CAMEO.type.txt plus PTY (political party).</summary>
public static class RoleCodes
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS",
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET", "PTY",
    };

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>True for an IGO code: "IGO" then upper-case letters (IGOUNO, IGOWSTNAT).</summary>
    public static bool IsIgoCode(string code) => code.Length > 3 && code.StartsWith("IGO", StringComparison.Ordinal) && IsUpperLetters(code);

    public static bool IsUpperLetters(string code)
    {
        foreach (var c in code) if (c is < 'A' or > 'Z') return false;
        return code.Length > 0;
    }
}
