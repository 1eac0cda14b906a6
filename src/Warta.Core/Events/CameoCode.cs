namespace Warta.Events;

/// <summary>One CAMEO event code with its weights and PLOVER mapping, as listed in <c>data/cameo/codes.tsv</c>.</summary>
/// <param name="Code">Two to four digits, e.g. "111" or "0233".</param>
/// <param name="Root">The two-digit root, e.g. "11".</param>
/// <param name="Quad">GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="PloverType">The PLOVER event type, or null where CAMEO2PLOVER-2021 gives none (roots 01 and 02).</param>
/// <param name="PloverMode">The PLOVER mode, or null.</param>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int Quad, string? PloverType, string? PloverMode)
{
    public bool IsRoot => Code.Length == 2;
}
