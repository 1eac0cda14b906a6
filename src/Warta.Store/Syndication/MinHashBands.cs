namespace Warta.Store.Syndication;

/// <summary>
/// Locality-sensitive hashing of a shingle set: a MinHash signature of <see cref="Bands"/> × <see cref="Rows"/>
/// values cut into bands, each band hashed to one value. Two texts with Jaccard similarity s share at least one band
/// with probability 1 − (1 − s⁴)¹⁶: ≈ 1 at 0.9, so candidates are found by an index lookup instead of comparing
/// every pair; the candidates are then checked exactly.
/// </summary>
public static class MinHashBands
{
    public const int Bands = 16;
    public const int Rows = 4;

    public static ulong[] Of(HashSet<ulong> shingles)
    {
        var signature = new ulong[Bands * Rows];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
            for (int i = 0; i < signature.Length; i++)
            {
                var value = Mix(shingle ^ Seed(i));
                if (value < signature[i]) signature[i] = value;
            }
        var bands = new ulong[Bands];
        for (int band = 0; band < Bands; band++)
        {
            ulong hash = (ulong)band + 1;
            for (int row = 0; row < Rows; row++) hash = Mix(hash ^ signature[band * Rows + row]);
            bands[band] = hash;
        }
        return bands;
    }

    private static ulong Seed(int i) => 0x9E3779B97F4A7C15UL * (ulong)(i + 1);

    /// <summary>SplitMix64's finaliser: a cheap bijective mix, so each seed gives an independent-looking permutation.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
