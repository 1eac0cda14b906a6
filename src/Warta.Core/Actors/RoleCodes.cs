namespace Warta.Actors;

/// <summary>The CAMEO role (type) codes a dictionary may use: CAMEO.type.txt plus PTY (political party).</summary>
public static class RoleCodes
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
        "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS",
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET", "PTY",
        // Religions (CAMEO.religion.txt) and the religious and people codes of PETRARCH-2's Phoenix agents (MUS, REL, PPL).
        "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW",
        "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO", "MUS", "REL", "PPL",
    };

    private static readonly HashSet<string> NonStatePrefixes = new(StringComparer.Ordinal) { "IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS" };

    /// <summary>True for a code that names a kind of actor with no country (IGOUNO, NGOHRIAMN, IMGMUSALQ, MNC).</summary>
    public static bool IsNonStatePrefix(string code) => code.Length >= 3 && NonStatePrefixes.Contains(code[..3]);

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>True for an IGO code: "IGO" then upper-case letters (IGOUNO, IGOWSTNAT).</summary>
    public static bool IsIgoCode(string code) => code.Length > 3 && code.StartsWith("IGO", StringComparison.Ordinal) && IsUpperLetters(code);

    public static bool IsUpperLetters(string code)
    {
        foreach (var c in code) if (c is < 'A' or > 'Z') return false;
        return code.Length > 0;
    }
}
