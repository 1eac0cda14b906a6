using System.Text;

namespace Warta.Store.Syndication;

/// <summary>
/// A text as a set of word shingles (every run of <see cref="Width"/> consecutive words, case-folded, punctuation
/// dropped), each hashed to 64 bits. Two syndicated copies share nearly all their shingles; two reports of the
/// same event in different words share few.
/// </summary>
public static class Shingles
{
    public const int Width = 5;

    public static HashSet<ulong> Of(string text)
    {
        var words = Words(text);
        var set = new HashSet<ulong>();
        if (words.Count == 0) return set;
        int width = Math.Min(Width, words.Count);
        for (int i = 0; i + width <= words.Count; i++)
        {
            ulong hash = 14695981039346656037UL;
            for (int j = i; j < i + width; j++) hash = Fnv(hash, words[j]);
            set.Add(hash);
        }
        return set;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static ulong Fnv(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= ' ';
        return hash * 1099511628211UL;
    }
}
