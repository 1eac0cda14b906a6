namespace Warta.Tokenization;

/// <summary>
/// Splits English clitics the way UD English-EWT does: don't → do + n't, can't → ca + n't, Russia's → Russia + 's,
/// they're → they + 're. The clitic is a token of its own with IsClitic false: EWT writes these as plain tokens
/// with SpaceAfter=No, not as multiword tokens, so the CoNLL-U output matches the treebank the tagger learns from.
/// </summary>
internal static class EnglishContractions
{
    /// <summary>The offset in <paramref name="word"/> where the clitic starts, or -1.</summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n > 3 && (word[n - 3] is 'n' or 'N') && Text.TextChars.IsApostrophe(word[n - 2]) && (word[n - 1] is 't' or 'T'))
            return n - 3;
        int apostrophe = word.LastIndexOfAny('\'', '’');
        if (apostrophe <= 0) return -1;
        var suffix = word[(apostrophe + 1)..];
        return suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? apostrophe
            : -1;
    }
}
