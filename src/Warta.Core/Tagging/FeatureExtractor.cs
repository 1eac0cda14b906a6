using Warta.Morphology;
using Warta.Text;
using T = Warta.Tagging.FeatureTemplate;

namespace Warta.Tagging;

/// <summary>
/// Turns the tokens of one sentence into hashed features: the word and its spelling, its neighbours, and whatever
/// the morphological analyser says (a richer analyser simply yields more features). Tag-history features are added
/// per position during decoding by <see cref="AddHistory"/>. Allocates nothing; thread-safe.
/// </summary>
internal sealed class FeatureExtractor(IMorphologicalAnalyzer? analyzer)
{
    /// <summary>Slots per token: three values used by the history features, then the features, zero-padded.</summary>
    public const int Stride = 56;
    public const int FirstFeature = 3;
    public const int HistoryCount = 12;
    /// <summary>The history features that see only the tags on the left (the first ones <see cref="AddHistory"/> writes).</summary>
    public const int LeftHistoryCount = 6;
    /// <summary>Right-context argument of <see cref="AddHistory"/> for a model without a first pass.</summary>
    public const int NoRightContext = -1;

    private static readonly ulong Start = FeatureHash.Of(T.SentenceStart, 0UL);
    private static readonly ulong End = FeatureHash.Of(T.SentenceEnd, 0UL);

    public bool UsesMorphology => analyzer is not null;

    /// <summary>Fills <paramref name="buffer"/> (Stride slots per token) for tokens [first, first + count) of the document.</summary>
    public void Extract(Document document, int first, int count, Span<ulong> buffer)
    {
        buffer[..(count * Stride)].Clear();
        var rows = document.TokenRows;
        var text = document.Text.AsSpan();
        ulong style = (ulong)Casing.OfSentence(text, rows, first, count);
        for (int i = 0; i < count; i++)
        {
            var slots = buffer.Slice(i * Stride, Stride);
            var word = Word(text, rows, first, count, i);
            ulong lower = WordValue(text, rows, first, count, i);
            ulong next = WordValue(text, rows, first, count, i + 1), prev = WordValue(text, rows, first, count, i - 1);
            slots[0] = lower;
            slots[1] = next;
            slots[2] = SuffixValue(word, 3);
            int n = FirstFeature;
            slots[n++] = FeatureHash.Of(T.Bias, 0UL);
            slots[n++] = FeatureHash.Of(T.Word, lower);
            for (int k = 1; k <= 4 && k <= word.Length; k++)
            {
                slots[n++] = FeatureHash.Of(T.Suffix + k, word[^k..]);
                if (k < word.Length) slots[n++] = FeatureHash.Of(T.Prefix + k, word[..k]);
            }
            n = Spelling(word, i == 0, slots, n);
            slots[n++] = FeatureHash.Of(T.PrevWord, prev);
            slots[n++] = FeatureHash.Of(T.Prev2Word, WordValue(text, rows, first, count, i - 2));
            slots[n++] = FeatureHash.Of(T.NextWord, next);
            slots[n++] = FeatureHash.Of(T.Next2Word, WordValue(text, rows, first, count, i + 2));
            slots[n++] = FeatureHash.Of(T.PrevSuffix3, i > 0 ? SuffixValue(Word(text, rows, first, count, i - 1), 3) : Start);
            slots[n++] = FeatureHash.Of(T.NextSuffix3, i + 1 < count ? SuffixValue(Word(text, rows, first, count, i + 1), 3) : End);
            slots[n++] = FeatureHash.Of(T.WordNextWord, lower, next);
            slots[n++] = FeatureHash.Of(T.PrevWordWord, prev, lower);
            ulong casing = (ulong)Casing.Of(word) + (i == 0 ? 4UL : 0UL);
            slots[n++] = FeatureHash.Of(T.SentenceCase, style, casing);
            if (analyzer is not null) Morphology(text, rows, first, count, i, style * 16 + casing, slots, n);
        }
    }

    /// <summary>How many of a token's features are its own (not tag history): those before the first empty slot.</summary>
    public static int OwnCount(ReadOnlySpan<ulong> slots)
    {
        int n = slots[FirstFeature..].IndexOf(0UL);
        return n < 0 ? slots.Length - FirstFeature : n;
    }

    /// <summary>
    /// Writes the tag-history features of one position after its static features; returns the feature slice.
    /// <paramref name="nextTag"/> and <paramref name="next2Tag"/> are the first pass's tags of the next two words
    /// (<see cref="NoRightContext"/> in a one-pass model, which then gets exactly the left-history features).
    /// </summary>
    public static ReadOnlySpan<ulong> AddHistory(ReadOnlySpan<ulong> slots, int prevTag, int prev2Tag, int nextTag, int next2Tag, Span<ulong> features)
    {
        int n = 0;
        foreach (var f in slots[FirstFeature..]) { if (f == 0) break; features[n++] = f; }
        ulong p = (ulong)prevTag + 1, p2 = (ulong)prev2Tag + 1;
        features[n++] = FeatureHash.Of(T.PrevTag, p);
        features[n++] = FeatureHash.Of(T.Prev2Tag, p2);
        features[n++] = FeatureHash.Of(T.PrevTagPrev2Tag, p, p2);
        features[n++] = FeatureHash.Of(T.PrevTagWord, p, slots[0]);
        features[n++] = FeatureHash.Of(T.PrevTagNextWord, p, slots[1]);
        features[n++] = FeatureHash.Of(T.PrevTagSuffix3, p, slots[2]);
        if (nextTag == NoRightContext) return features[..n];
        ulong n1 = (ulong)nextTag + 1, n2 = (ulong)next2Tag + 1;
        features[n++] = FeatureHash.Of(T.NextTag, n1);
        features[n++] = FeatureHash.Of(T.Next2Tag, n2);
        features[n++] = FeatureHash.Of(T.NextTagNext2Tag, n1, n2);
        features[n++] = FeatureHash.Of(T.PrevTagNextTag, p, n1);
        features[n++] = FeatureHash.Of(T.NextTagWord, n1, slots[0]);
        features[n++] = FeatureHash.Of(T.NextTagSuffix3, n1, slots[2]);
        return features[..n];
    }

    private static int Spelling(ReadOnlySpan<char> word, bool firstInSentence, Span<ulong> slots, int n)
    {
        // Shape: X upper, x lower, d digit, other characters as themselves; runs collapsed, at most 6 symbols.
        ulong shape = FeatureHash.Begin(T.Shape);
        char last = '\0'; int symbols = 0;
        bool upperFirst = word.Length > 0 && char.IsUpper(word[0]), allCaps = word.Length > 1, hyphen = false, digit = false;
        foreach (var c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last && symbols < 6) { shape = FeatureHash.Add(shape, s); symbols++; last = s; }
            if (!char.IsUpper(c)) allCaps = false;
            hyphen |= c == '-';
            digit |= char.IsDigit(c);
        }
        slots[n++] = FeatureHash.Finish(shape);
        if (upperFirst) slots[n++] = FeatureHash.Of(T.InitialCapital, firstInSentence ? 1UL : 2UL);
        if (allCaps) slots[n++] = FeatureHash.Of(T.AllCaps, 0UL);
        if (hyphen) slots[n++] = FeatureHash.Of(T.Hyphen, 0UL);
        if (digit) slots[n++] = FeatureHash.Of(T.Digit, 0UL);
        return n;
    }

    private void Morphology(ReadOnlySpan<char> text, ReadOnlySpan<TokenRow> rows, int first, int count, int i, ulong casing,
        Span<ulong> slots, int n)
    {
        var m = Analysis(text, rows, first + i);
        slots[n++] = FeatureHash.Of(T.Lemma, m.Lemma);
        for (int k = 0; k < m.Suffixes.Count && k < 3; k++) slots[n++] = FeatureHash.Of(T.MorphSuffix, m.Suffixes[k]);
        for (int k = 0; k < m.Prefixes.Count && k < 3; k++) slots[n++] = FeatureHash.Of(T.MorphPrefix, m.Prefixes[k]);
        for (int k = 0; k < m.Clitics.Count && k < 2; k++) slots[n++] = FeatureHash.Of(T.MorphClitic, m.Clitics[k]);
        slots[n++] = FeatureHash.Of(T.Voice, (ulong)m.Voice);
        if (m.IsNominal) slots[n++] = FeatureHash.Of(T.Nominal, 0UL);
        slots[n++] = FeatureHash.Of(T.Known, m.Known ? 1UL : 2UL);
        if (m.Tense is not null) slots[n++] = FeatureHash.Of(T.Tense, m.Tense);
        if (m.VerbForm is not null) slots[n++] = FeatureHash.Of(T.VerbForm, m.VerbForm);
        if (m.Number is not null) slots[n++] = FeatureHash.Of(T.Number, m.Number);
        slots[n++] = FeatureHash.Of(T.Rule, m.Rule);
        // Capitalised but known in lower case (Store, Meeting) is the NOUN/PROPN question the treebank asks most.
        var word = Word(text, rows, first, count, i);
        ulong capital = word.Length > 0 && char.IsUpper(word[0]) ? (i == 0 ? 1UL : 2UL) : 3UL;
        ulong rule = FeatureHash.AddLower(FeatureHash.Begin(0), m.Rule);
        slots[n++] = FeatureHash.Of(T.CapitalRule, capital, rule);
        slots[n++] = FeatureHash.Of(T.SentenceCaseRule, casing, rule);
        slots[n++] = i + 1 < count ? FeatureHash.Of(T.NextRule, Analysis(text, rows, first + i + 1).Rule) : FeatureHash.Of(T.NextRule, End);
        slots[n] = i > 0 ? FeatureHash.Of(T.PrevRule, Analysis(text, rows, first + i - 1).Rule) : FeatureHash.Of(T.PrevRule, Start);
    }

    private MorphAnalysis Analysis(ReadOnlySpan<char> text, ReadOnlySpan<TokenRow> rows, int index)
    {
        ref readonly var row = ref rows[index];
        return row.Morph ?? analyzer!.Analyze(text[row.Start..row.End]);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, ReadOnlySpan<TokenRow> rows, int first, int count, int i)
    {
        ref readonly var row = ref rows[first + i];
        return text[row.Start..row.End];
    }

    private static ulong WordValue(ReadOnlySpan<char> text, ReadOnlySpan<TokenRow> rows, int first, int count, int i) =>
        i < 0 ? Start : i >= count ? End : FeatureHash.AddLower(FeatureHash.Begin(0), Word(text, rows, first, count, i));

    private static ulong SuffixValue(ReadOnlySpan<char> word, int length) =>
        FeatureHash.AddLower(FeatureHash.Begin(0), word.Length > length ? word[^length..] : word);
}
