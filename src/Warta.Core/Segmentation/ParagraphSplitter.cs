using Warta.Text;

namespace Warta.Segmentation;

/// <summary>
/// Finds paragraphs: a blank line always separates two; a single line break separates too (news feeds put one
/// paragraph on a line) unless the next line is a wrapped continuation: the line before does not end a
/// sentence and the next one starts in lower case. Spans are trimmed of surrounding whitespace.
/// </summary>
internal static class ParagraphSplitter
{
    public static void Split(string text, List<TextSpan> output)
    {
        int n = text.Length, i = 0;
        int paragraphStart = -1, paragraphEnd = -1;
        while (i < n)
        {
            // One line: [i, lineEnd), trimmed to [first, last).
            int first = -1, last = -1, lineEnd = i;
            while (lineEnd < n && !TextChars.IsLineBreak(text[lineEnd]))
            {
                if (!TextChars.IsSpace(text[lineEnd]))
                {
                    if (first < 0) first = lineEnd;
                    last = lineEnd + 1;
                }
                lineEnd++;
            }
            bool hardBreak = lineEnd < n && text[lineEnd] is '\u2029' or '\u000C';
            int next = lineEnd < n && text[lineEnd] == '\r' && lineEnd + 1 < n && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

            if (first < 0)
            {
                Close(output, ref paragraphStart, paragraphEnd);
            }
            else
            {
                if (paragraphStart >= 0 && !IsContinuation(text, paragraphEnd, first)) Close(output, ref paragraphStart, paragraphEnd);
                if (paragraphStart < 0) paragraphStart = first;
                paragraphEnd = last;
            }
            if (hardBreak) Close(output, ref paragraphStart, paragraphEnd);
            i = next;
        }
        Close(output, ref paragraphStart, paragraphEnd);
    }

    private static void Close(List<TextSpan> output, ref int start, int end)
    {
        if (start >= 0 && end > start) output.Add(new TextSpan(start, end));
        start = -1;
    }

    /// <summary>Whether the line starting at <paramref name="nextStart"/> continues the line that ended at <paramref name="previousEnd"/>.</summary>
    private static bool IsContinuation(string text, int previousEnd, int nextStart)
    {
        int p = previousEnd - 1;
        while (p > 0 && TextChars.IsClosingQuoteOrBracket(text[p])) p--;
        if (TextChars.IsTerminator(text[p]) || text[p] == ':') return false;
        int q = nextStart;
        while (q < text.Length && q < nextStart + 3 && TextChars.IsOpeningQuoteOrBracket(text[q])) q++;
        return TextChars.IsLowerStart(text, q);
    }
}
