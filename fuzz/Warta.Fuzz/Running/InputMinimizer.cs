using System.Diagnostics;

namespace Warta.Fuzz.Running;

/// <summary>
/// Shrinks a failing input for a regression test: removes ever smaller chunks (delta debugging) as long as the
/// input still fails the same way (the same exception type thrown from the same frame). Works in units of two
/// bytes for text targets, so a surrogate is never cut in half by the shrinking itself.
/// </summary>
public static class InputMinimizer
{
    public static byte[] Minimize(FuzzTarget target, byte[] input, TimeSpan budget)
    {
        var expected = Failure(target, input) ?? throw new ArgumentException("the input does not fail, so there is nothing to keep");
        int unit = target.FileExtension == ".u16" ? 2 : 1;
        var current = input;
        var clock = Stopwatch.StartNew();
        for (int chunk = Math.Max(unit, current.Length / 2 / unit * unit); chunk >= unit && clock.Elapsed < budget; chunk = chunk / 2 / unit * unit)
        {
            for (int start = 0; start < current.Length && clock.Elapsed < budget;)
            {
                int length = Math.Min(chunk, current.Length - start);
                var candidate = current[..start].Concat(current[(start + length)..]).ToArray();
                if (Failure(target, candidate) == expected) current = candidate;
                else start += chunk;
            }
            if (chunk == unit) break;
        }
        return current;
    }

    /// <summary>How the input fails ("type at frame" or the violation's kind), or null when it passes.</summary>
    public static string? Failure(FuzzTarget target, byte[] input)
    {
        try
        {
            target.Check(input);
            return null;
        }
        catch (Exception e)
        {
            return FuzzRunner.Classify(e).Signature;
        }
    }
}
