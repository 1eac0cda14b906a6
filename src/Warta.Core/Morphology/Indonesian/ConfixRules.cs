namespace Warta.Morphology.Indonesian;

/// <summary>
/// Prefix–suffix pairs Indonesian does not form (Asian 2007, as in NOTES.md §1.2): ber-…-i, di-…-an, ke-…-i, meN-…-an,
/// ter-…-an; and nominal prefixes never take -kan (this is what keeps penarikan from becoming *pe-rika-kan).
/// ke-…-an and per-…-an are valid (kementerian, perundingan).
/// </summary>
internal static class ConfixRules
{
    public static bool IsValid(Prefix outer, Suffix suffix) => (outer, suffix) switch
    {
        (_, Suffix.None) => true,
        (Prefix.Ber, Suffix.I) => false,
        (Prefix.Di or Prefix.DiPer, Suffix.An) => false,
        (Prefix.Ke, Suffix.I or Suffix.Kan) => false,
        (Prefix.MeN or Prefix.MemPer, Suffix.An) => false,
        (Prefix.Ter, Suffix.An) => false,
        (Prefix.PeN or Prefix.Per, Suffix.Kan) => false,
        (Prefix.Se, _) => false,
        _ => true,
    };
}
