using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>Small random choices over CsCheck's PCG, so every input is reproducible from the run's seed.</summary>
internal static class Dice
{
    public static int Below(this PCG pcg, int count) => count <= 1 ? 0 : (int)pcg.Next((uint)count);

    public static int Between(this PCG pcg, int low, int high) => low + pcg.Below(high - low + 1);

    public static bool OneIn(this PCG pcg, int n) => pcg.Below(n) == 0;

    public static T Pick<T>(this PCG pcg, IReadOnlyList<T> items) => items[pcg.Below(items.Count)];

    /// <summary>
    /// A length that is mostly short, sometimes long and rarely the limit: 1..max on a log scale, the power of ten the
    /// smaller of two draws, so a run near a megabyte comes in about one call in fifty and the rest stay quick.
    /// </summary>
    public static int RunLength(this PCG pcg, int max)
    {
        int digits = (int)Math.Log10(Math.Max(10, max));
        int power = Math.Min(pcg.Below(digits + 1), pcg.Below(digits + 1));
        int length = (int)Math.Pow(10, power) * pcg.Between(1, 9);
        return Math.Clamp(length, 1, max);
    }
}
