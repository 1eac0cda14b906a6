using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Splits one paragraph into sentences with a single left-to-right scan. A run of . ! ? … plus any closing
/// quotes and brackets ends a sentence when whitespace follows and the next word does not start in lower case,
/// unless the period belongs to an abbreviation or an initial, or an ellipsis stands alone between words.
/// Periods inside a token (2.000, 3.5, Eurasianet.org) never end a sentence because no whitespace follows them.
/// </summary>
internal sealed class SentenceSplitter(AbbreviationList abbreviations)
{
    /// <summary>Appends the sentences of <paramref name="paragraph"/> to <paramref name="output"/>, trimmed.</summary>
    public void Split(string text, TextSpan paragraph, List<SentenceSegment> output)
    {
        int start = paragraph.Start, end = paragraph.End;
        int dateline = DatelineDetector.Match(text.AsSpan(start, end - start));
        if (dateline > 0)
        {
            Add(text, start, start + dateline, isDateline: true, output);
            start += dateline;
        }

        int i = start;
        while (i < end)
        {
            if (!TextChars.IsTerminator(text[i])) { i++; continue; }
            int runStart = i;
            while (i < end && TextChars.IsTerminator(text[i])) i++;
            int runEnd = i;
            while (i < end && TextChars.IsClosingQuoteOrBracket(text[i])) i++;
            if (i >= end) break;
            if (!TextChars.IsSpace(text[i])) continue;
            if (EndsSentence(text, runStart, runEnd, i, end))
            {
                Add(text, start, i, isDateline: false, output);
                start = i;
            }
        }
        Add(text, start, end, isDateline: false, output);
    }

    private bool EndsSentence(string text, int runStart, int runEnd, int after, int end)
    {
        int next = after;
        while (next < end && TextChars.IsSpace(text[next])) next++;
        for (int q = 0; q < 3 && next < end && TextChars.IsOpeningQuoteOrBracket(text[next]); q++) next++;
        if (next >= end) return true;
        // "… orang Rusia. mungkin." and "… diterima,” kata X. dikatakan …": a lower-case word continues the sentence.
        if (TextChars.IsLowerStart(text, next)) return false;

        int runLength = runEnd - runStart;
        bool ellipsis = text[runStart] == '…' || (runLength >= 2 && text[runStart] == '.' && text[runStart + 1] == '.');
        // An ellipsis with a space before it marks words left out of a quote, not the end of a sentence.
        if (ellipsis) return runStart == 0 || !TextChars.IsSpace(text[runStart - 1]);
        if (runLength > 1 || text[runStart] != '.') return true;

        var word = WordBefore(text, runStart);
        if (word.IsEmpty) return true;
        var kind = abbreviations.Find(text.AsSpan(runStart - word.Length, word.Length + 1));
        if (kind == AbbreviationKind.Title) return false;
        if (kind == AbbreviationKind.Final) return TextChars.IsUpperStart(text, next);
        if (IsInitials(word)) return false;
        return true;
    }

    /// <summary>The word before a period: back to the previous space or opening quote, at most a few characters.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        int lower = Math.Max(0, period - AbbreviationList.MaxLength);
        int s = period;
        while (s > lower && !TextChars.IsSpace(text[s - 1]) && !TextChars.IsOpeningQuoteOrBracket(text[s - 1])) s--;
        if (s == lower && s > 0 && !TextChars.IsSpace(text[s - 1]) && !TextChars.IsOpeningQuoteOrBracket(text[s - 1]))
            return default;
        return text.AsSpan(s, period - s);
    }

    /// <summary>"K" of "Kassym-Jomart K. Tokayev", or dotted initials not in the list ("S.H", "A.S").</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    private static void Add(string text, int start, int end, bool isDateline, List<SentenceSegment> output)
    {
        while (start < end && TextChars.IsSpace(text[start])) start++;
        while (end > start && TextChars.IsSpace(text[end - 1])) end--;
        if (end > start) output.Add(new SentenceSegment(new TextSpan(start, end), isDateline));
    }
}
