namespace Warta.Ingest;

/// <summary>
/// How deeply a page nests its elements, and how many end tags close nothing. Real news pages stay within a few
/// dozen levels and have a handful of stray end tags; a page thousands deep, or with thousands of stray end tags,
/// is broken or hostile, and costs the HTML parser time quadratic in either, and the DOM's recursive walks (clone,
/// text) their stack. <see cref="Estimate"/> reads the markup before parsing; <see cref="HtmlDepth"/> measures the tree after.
/// </summary>
internal static class MarkupDepth
{
    public const int StrayEndTagLimit = 10_000;

    // Elements without content, or whose end tag HTML lets a page leave out: they do not deepen an estimate.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
    };

    // Elements whose content is text up to their end tag: tags written inside them are no tags. (Not noscript: a parser
    // without scripting, as ours, reads its content as markup.)
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>
    /// The deepest run of start tags not yet closed, counting only elements that nest (an upper bound of the
    /// tree's depth, up to the parser's repairs), the end tags of such elements that find none open, and the tags.
    /// Comments and the text of scripts and styles are skipped.
    /// </summary>
    public static (int Depth, int StrayEndTags, int Tags) Estimate(string html)
    {
        int depth = 0, deepest = 0, stray = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            bool end = html[i + 1] == '/';
            int nameStart = end ? i + 2 : i + 1, nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            i = nameEnd;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html[nameStart..nameEnd];
            if (!end && RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                int close = html.IndexOf("</" + name, nameEnd, StringComparison.OrdinalIgnoreCase);
                if (close < 0) break;
                i = close;
                continue;
            }
            if (NotNesting.Contains(name)) continue;
            int tagEnd = html.IndexOf('>', nameEnd);
            bool selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
            if (end && depth == 0) stray++;
            else if (end) depth--;
            else if (!selfClosing) deepest = Math.Max(deepest, ++depth);
        }
        return (deepest, stray, TagLike(html));
    }

    /// <summary>
    /// Every <c>&lt;</c> in the text, wherever it stands: inside a title or iframe that never closes, or in a run of
    /// <c>&lt;&lt;&lt;</c>, it is text to an HTML parser but costs it time all the same (AngleSharp spends minutes on a
    /// hundred thousand end tags in an unclosed title, or on a million bare <c>&lt;</c>), so each counts as a tag.
    /// </summary>
    private static int TagLike(string html) => html.AsSpan().Count('<');
}
