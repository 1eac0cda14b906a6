namespace Warta.Morphology.Indonesian;

/// <summary>Derivational prefixes in their underlying form; meN and peN stand for every nasal allomorph.</summary>
internal enum Prefix : byte { None, MeN, Di, Ter, Ber, PeN, Per, Ke, Se, MemPer, DiPer }

/// <summary>Derivational suffixes.</summary>
internal enum Suffix : byte { None, Kan, I, An }

/// <summary>Enclitic pronouns (nya, ku, mu) and particles (lah, kah, pun, tah).</summary>
internal enum Clitic : byte { None, Nya, Ku, Mu, Lah, Kah, Pun, Tah }

internal static class AffixNames
{
    public static string Of(Prefix prefix) => prefix switch
    {
        Prefix.MeN => "meN", Prefix.Di => "di", Prefix.Ter => "ter", Prefix.Ber => "ber", Prefix.PeN => "peN",
        Prefix.Per => "per", Prefix.Ke => "ke", Prefix.Se => "se", Prefix.MemPer => "memper", Prefix.DiPer => "diper",
        _ => "",
    };

    public static string Of(Suffix suffix) => suffix switch
    {
        Suffix.Kan => "kan", Suffix.I => "i", Suffix.An => "an", _ => "",
    };

    public static string Of(Clitic clitic) => clitic switch
    {
        Clitic.Nya => "nya", Clitic.Ku => "ku", Clitic.Mu => "mu", Clitic.Lah => "lah", Clitic.Kah => "kah",
        Clitic.Pun => "pun", Clitic.Tah => "tah", _ => "",
    };

    public static readonly Clitic[] Particles = [Clitic.Lah, Clitic.Kah, Clitic.Pun, Clitic.Tah];
    public static readonly Clitic[] Possessives = [Clitic.Nya, Clitic.Ku, Clitic.Mu];
    public static readonly Suffix[] Suffixes = [Suffix.Kan, Suffix.I, Suffix.An];
}
