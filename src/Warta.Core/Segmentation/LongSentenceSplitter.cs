using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Cuts a sentence longer than a limit into pieces no longer than it, so no later stage meets a giant sentence
/// (a table, a list or a text with no punctuation). Each cut is at the last clause mark (; : ,) in the second half
/// of the window, else the last white space there, else at the limit itself (never inside a surrogate pair).
/// </summary>
public static class LongSentenceSplitter
{
    /// <summary>Appends the trimmed pieces of <paramref name="sentence"/> to <paramref name="output"/>; false when it was short enough.</summary>
    public static bool Split(string text, TextSpan sentence, int maxChars, List<TextSpan> output)
    {
        if (maxChars < 2 || sentence.Length <= maxChars)
        {
            output.Add(sentence);
            return false;
        }
        int start = sentence.Start;
        while (sentence.End - start > maxChars)
        {
            int cut = CutPoint(text, start, start + maxChars);
            AddTrimmed(text, start, cut, output);
            start = cut;
        }
        AddTrimmed(text, start, sentence.End, output);
        return true;
    }

    private static int CutPoint(string text, int start, int limit)
    {
        int earliest = start + (limit - start) / 2;
        for (int i = limit - 1; i > earliest; i--)
            if (text[i] is ';' or ':' or ',' && char.IsWhiteSpace(text[i + 1])) return i + 1;
        for (int i = limit; i > earliest; i--)
            if (char.IsWhiteSpace(text[i])) return i;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> output)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) output.Add(new TextSpan(start, end));
    }
}
