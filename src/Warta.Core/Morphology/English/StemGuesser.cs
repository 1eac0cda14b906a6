namespace Warta.Morphology.English;

/// <summary>
/// Spelling rules that undo English suffixation when the lexicon does not know the stem: consonant doubling
/// (stopped → stop, expelled → expel), y → i (spied → spy) and silent-e deletion (seized → seize, hoped → hope).
/// </summary>
internal static class StemGuesser
{
    /// <summary>The most plausible base form of a word without its -ed/-ing/-er/-est when the lexicon knows no candidate.</summary>
    public static string Guess(ReadOnlySpan<char> stem)
    {
        int n = stem.Length;
        if (n >= 2 && stem[n - 1] == stem[n - 2] && IsConsonant(stem[n - 1]))
            return KeepsDouble(stem) ? stem.ToString() : stem[..^1].ToString();
        return NeedsSilentE(stem) ? string.Concat(stem, "e") : stem.ToString();
    }

    /// <summary>The candidates the lexicon is asked about, in order.</summary>
    public static IEnumerable<string> Candidates(string stem)
    {
        yield return stem;
        yield return stem + "e";
        int n = stem.Length;
        if (n >= 2 && stem[n - 1] == stem[n - 2]) yield return stem[..^1];
    }

    private static bool KeepsDouble(ReadOnlySpan<char> stem)
    {
        char c = stem[^1];
        if (c is 's' or 'z' or 'f') return true;          // passed, buzzed, staffed
        if (stem is "add" or "ebb" or "egg" or "err" or "odd" or "butt" or "putt") return true;
        if (c != 'l') return false;                        // stopped, planned, admitted
        // -ll: one-syllable words keep it (called, killed, spelled); longer ones double a final l (expelled, cancelled)
        // except the -all words (installed, recalled).
        return VowelGroups(stem) < 2 || stem.EndsWith("all") || stem is "enroll" or "fulfill" or "instill" or "distill";
    }

    private static bool NeedsSilentE(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n < 2 || !IsConsonant(s[n - 1]) && s[n - 1] != 'u') return false;
        char last = s[n - 1], before = s[n - 2];
        if (last == 'u') return IsConsonant(before);                         // continued, argued
        if (last is 'v' or 'z' or 'c') return true;                          // involved, seized, announced
        if (last == 'l' && IsConsonant(before)) return true;                 // handled, settled
        if (last == 'g' && before is 'd' or 'r') return true;                // judged, urged
        if (last == 'g' && before == 'n') return n >= 3 && s[n - 3] is 'a' or 'e'; // changed, challenged
        if (last == 's' && before is 'r' or 'n' or 'p' or 'l') return true;  // nursed, licensed, collapsed
        if (last is 'w' or 'x' or 'y' || !IsVowel(before)) return false;
        if (n >= 3 && IsVowel(s[n - 3])) return last == 's' || s.EndsWith("creat") || s.EndsWith("iat"); // caused, created vs defeated
        if (VowelGroups(s) == 1) return true;                                // hoped, voted, used, ruled
        // Longer stems: endings that are nearly always a silent-e verb (decided, executed, required, estimated).
        return s.EndsWith("at") || s.EndsWith("id") || s.EndsWith("ut") || s.EndsWith("ud") || s.EndsWith("ib")
            || s.EndsWith("in") || s.EndsWith("ir") || s.EndsWith("ur") || s.EndsWith("ar") || s.EndsWith("os")
            || s.EndsWith("us") || s.EndsWith("ot") || s.EndsWith("ok") || s.EndsWith("od") || s.EndsWith("ag")
            || s.EndsWith("ak") || s.EndsWith("ik") || s.EndsWith("ap") || s.EndsWith("op") && !s.EndsWith("lop")
            || s.EndsWith("or") && !(s.EndsWith("tor") || s.EndsWith("hor") || s.EndsWith("lor") || s.EndsWith("bor"));
    }

    internal static int VowelGroups(ReadOnlySpan<char> s)
    {
        int groups = 0; bool inVowel = false;
        foreach (var c in s)
        {
            bool v = IsVowel(c);
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups;
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    internal static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
