namespace Warta.Languages;

/// <summary>
/// Character 1–4-grams of text folded for language identification: lower case, every run of non-letters one space,
/// words padded by that space (" kata "). An n-gram is packed into a <see cref="ulong"/> (16 bits a character), so
/// counting and scoring never allocate. Keys of different orders cannot collide because no folded character is 0.
/// </summary>
public static class CharNgrams
{
    public const int MaxOrder = 4;

    /// <summary>Folds a character: letters to lower case, everything else to the word boundary ' '.</summary>
    public static char Fold(char c) => char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ';

    /// <summary>Shifts a folded character into the rolling window of the last four.</summary>
    public static ulong Push(ulong window, char folded) => (window << 16) | folded;

    /// <summary>The n-gram of the last <paramref name="order"/> characters of the window.</summary>
    public static ulong Key(ulong window, int order) => order == MaxOrder ? window : window & ((1UL << (16 * order)) - 1);

    /// <summary>
    /// Walks the folded text, reporting each n-gram (with whether its word looks like a name: capitalised and not
    /// the first word) and each word's folded letters at its end. One walk serves training and scoring alike.
    /// </summary>
    public static void Walk<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, INgramSink
    {
        Span<char> word = stackalloc char[32];
        int wordLength = 0, filled = 1;
        ulong window = ' ';
        bool isName = false, firstWord = true;
        char previous = ' ';
        for (int i = 0; i <= text.Length; i++)
        {
            char raw = i < text.Length ? text[i] : ' ';
            char folded = Fold(raw);
            if (folded == ' ' && previous == ' ') continue;
            if (folded != ' ' && previous == ' ')
            {
                isName = !firstWord && char.IsUpper(raw);
                wordLength = 0;
            }
            window = Push(window, folded);
            if (filled < MaxOrder) filled++;
            for (int order = 1; order <= filled; order++)
            {
                if (order > 1 || folded != ' ') sink.Ngram(Key(window, order), order, isName);
            }
            if (folded == ' ')
            {
                if (wordLength <= word.Length) sink.Word(word[..wordLength], isName);
                firstWord = false;
            }
            else if (wordLength++ < word.Length) word[wordLength - 1] = folded;
            previous = folded;
        }
    }

    public static string ToText(ulong key, int order)
    {
        Span<char> chars = stackalloc char[order];
        for (int i = order - 1; i >= 0; i--, key >>= 16) chars[i] = (char)(key & 0xFFFF);
        return new string(chars);
    }

    public static ulong FromText(ReadOnlySpan<char> text)
    {
        ulong key = 0;
        foreach (char c in text) key = Push(key, c);
        return key;
    }
}

/// <summary>Receives what <see cref="CharNgrams.Walk{TSink}"/> finds; a struct so the walk is inlined and allocation-free.</summary>
public interface INgramSink
{
    void Ngram(ulong key, int order, bool inName);
    void Word(ReadOnlySpan<char> foldedWord, bool isName);
}
