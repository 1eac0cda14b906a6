namespace Warta.Morphology.Indonesian;

/// <summary>
/// One way of cutting a lower-case word into prefixes, a root, a suffix and clitics. The root is
/// <see cref="Restored"/> (a consonant the nasal prefix swallowed, e.g. "p" in memanggil) followed by
/// word[<see cref="RootStart"/>..<see cref="RootEnd"/>], so no string is built until a candidate wins.
/// </summary>
internal readonly record struct Segmentation(
    int RootStart, int RootEnd, string Restored,
    Prefix Outer, Prefix Middle, Prefix Inner,
    Suffix Suffix, Clitic Possessive, Clitic Particle,
    int Penalty)
{
    public int RootLength => Restored.Length + RootEnd - RootStart;

    public int PrefixCount => (Outer != Prefix.None ? 1 : 0) + (Middle != Prefix.None ? 1 : 0) + (Inner != Prefix.None ? 1 : 0);

    public int AffixCount => PrefixCount + (Suffix != Suffix.None ? 1 : 0)
        + (Possessive != Clitic.None ? 1 : 0) + (Particle != Clitic.None ? 1 : 0);

    public bool HasClitic => Possessive != Clitic.None || Particle != Clitic.None;

    /// <summary>Writes the root into <paramref name="buffer"/> and returns the written part.</summary>
    public ReadOnlySpan<char> Root(ReadOnlySpan<char> word, Span<char> buffer)
    {
        Restored.AsSpan().CopyTo(buffer);
        word[RootStart..RootEnd].CopyTo(buffer[Restored.Length..]);
        return buffer[..RootLength];
    }

    /// <summary>The innermost prefix (the one next to the root).</summary>
    public Prefix Innermost => Inner != Prefix.None ? Inner : Middle != Prefix.None ? Middle : Outer;
}
