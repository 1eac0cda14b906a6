namespace Warta.Tagging;

/// <summary>
/// 64-bit feature keys built from a template number and spans, so feature extraction never allocates a string.
/// FNV-1a over characters, with a multiply–xorshift step to mix whole values. Zero is reserved for "no feature".
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Begin(int template) => Mix(Offset, (ulong)template);

    public static ulong Mix(ulong hash, ulong value)
    {
        hash = (hash ^ value) * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 31);
    }

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        return hash;
    }

    public static ulong Finish(ulong hash)
    {
        hash = Mix(hash, 0x5bd1e995UL);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>A one-value feature: template plus the lower-cased text.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> text) => Finish(AddLower(Begin(template), text));

    public static ulong Of(int template, ulong value) => Finish(Mix(Begin(template), value));

    public static ulong Of(int template, ulong a, ulong b) => Finish(Mix(Mix(Begin(template), a), b));

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Finish(Mix(Mix(Mix(Begin(template), a), b), c));

    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) =>
        Finish(Mix(Mix(Mix(Mix(Begin(template), a), b), c), d));
}
