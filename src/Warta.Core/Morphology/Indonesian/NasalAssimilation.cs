namespace Warta.Morphology.Indonesian;

/// <summary>One reading of a nasal prefix: how many letters it takes and which root consonant it swallowed.</summary>
internal readonly record struct NasalReading(int Length, string Restored, int Penalty);

/// <summary>
/// Undoes meN-/peN- nasal assimilation (NOTES.md §1.1). Every reading the spelling allows is returned; the root
/// lexicon decides between them (memukul: p-root pukul; memasuki: m-root masuk). Readings that keep a consonant
/// the standard language deletes (mempengaruhi, mentaati, mengkonsumsi) are common in news and get a penalty.
/// </summary>
internal static class NasalAssimilation
{
    /// <param name="stem">Text starting with "me" or "pe".</param>
    public static void Reverse(ReadOnlySpan<char> stem, bool isPeN, List<NasalReading> output)
    {
        if (stem.Length < 4) return;
        var rest = stem[2..];
        if (rest.StartsWith("ng"))
        {
            var after = rest[2..];
            if (after.Length >= 3 && after[0] == 'e' && !IsVowel(after[1])) output.Add(new(5, "", 0)); // mengebom, pengeboman
            if (after.Length < 2) return;
            if (IsVowel(after[0])) { output.Add(new(4, "", 0)); output.Add(new(4, "k", 0)); output.Add(new(2, "", 2)); }
            else if (after[0] is 'g' or 'h' or 'q' or 'x') output.Add(new(4, "", 0));
            else if (after[0] == 'k') output.Add(new(4, "", IsClusterAfterK(after) ? 0 : 1));
            // meng-/peng- before r is non-standard but common in news (pengrusakan for perusakan).
            else if (after[0] == 'r' && IsVowel(after[1])) output.Add(new(4, "", 2));
            return;
        }
        if (rest.StartsWith("ny"))
        {
            if (rest.Length >= 4 && IsVowel(rest[2])) { output.Add(new(4, "s", 0)); output.Add(new(2, "", 0)); }
            return;
        }
        if (rest[0] == 'n')
        {
            var after = rest[1..];
            if (after.Length < 2) return;
            if (IsVowel(after[0])) { output.Add(new(3, "t", 0)); output.Add(new(2, "", 0)); }
            else if (after[0] is 'c' or 'd' or 'j' or 'z') output.Add(new(3, "", 0));
            else if (after[0] == 't') output.Add(new(3, "", after[1] == 'r' ? 0 : 1));
            else if (after[0] == 's') output.Add(new(3, "", after[1] is 'y' or 'k' or 'l' or 'p' or 't' or 'w' ? 0 : 1));
            return;
        }
        if (rest[0] == 'm')
        {
            var after = rest[1..];
            if (after.Length < 2) return;
            if (IsVowel(after[0])) { output.Add(new(3, "p", 0)); output.Add(new(2, "", 0)); }
            else if (after[0] is 'b' or 'f' or 'v') output.Add(new(3, "", 0));
            else if (after[0] == 'p') output.Add(new(3, "", after[1] is 'l' or 'r' ? 0 : 1));
            return;
        }
        // pe+r-root is rarer than per- (perundingan is per-…-an), so it yields to it.
        if (rest[0] is 'l' or 'r' or 'w' or 'y') { if (IsVowel(rest[1])) output.Add(new(2, "", isPeN && rest[0] == 'r' ? 2 : 0)); return; }
        // pe- without a nasal forms agent nouns from a few roots: petani, pedagang, petinju.
        if (isPeN && !IsVowel(rest[0])) output.Add(new(2, "", 1));
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsClusterAfterK(ReadOnlySpan<char> afterNg) =>
        afterNg.Length >= 2 && afterNg[1] is 'h' or 'l' or 'r';
}
