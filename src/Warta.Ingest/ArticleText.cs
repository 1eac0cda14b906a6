using System.Text;
using AngleSharp.Dom;

namespace Warta.Ingest;

/// <summary>
/// Turns the article element the extractor chose into plain text: one paragraph per block element (p, headings,
/// list items, quotes), separated by blank lines, whitespace collapsed. Figures, captions, forms and the
/// "read also" lines news sites put between paragraphs are left out.
/// </summary>
internal static class ArticleText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dd", "dt", "hr",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "figure", "figcaption", "form", "button", "nav", "aside",
        "footer", "header", "iframe", "svg", "select", "textarea", "input", "img", "video", "audio",
    };

    /// <summary>
    /// Labels of the lines that link to other stories or ask for attention, in the languages we read. A paragraph
    /// that starts with one and is mostly a link is no part of the article.
    /// </summary>
    private static readonly string[] PromotionLabels =
    [
        "baca juga", "baca pula", "simak juga", "lihat juga", "tonton juga", "artikel terkait", "berita terkait",
        "read also", "read more", "see also", "related", "also read", "advertisement", "scroll to continue",
        "gulir untuk melanjutkan",
    ];

    public static string FromElement(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        int linkedChars = 0;
        Walk(root, paragraphs, current, ref linkedChars, insideLink: false);
        Flush(paragraphs, current, ref linkedChars);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current, ref int linkedChars, bool insideLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                int before = current.Length;
                AppendCollapsed(current, text.Data);
                if (insideLink) linkedChars += current.Length - before;
                continue;
            }
            if (child is not IElement element || SkippedTags.Contains(element.LocalName) || IsHidden(element)) continue;
            if (element.LocalName == "br")
            {
                Flush(paragraphs, current, ref linkedChars);
                continue;
            }
            bool block = BlockTags.Contains(element.LocalName);
            if (block) Flush(paragraphs, current, ref linkedChars);
            Walk(element, paragraphs, current, ref linkedChars, insideLink || element.LocalName == "a");
            if (block) Flush(paragraphs, current, ref linkedChars);
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true";

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ') current.Append(' ');
            }
            else current.Append(c);
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current, ref int linkedChars)
    {
        var paragraph = current.ToString().Trim();
        bool mostlyLink = paragraph.Length > 0 && linkedChars >= paragraph.Length * 0.5;
        current.Clear();
        int linked = linkedChars;
        linkedChars = 0;
        if (paragraph.Length == 0) return;
        if (IsPromotion(paragraph, mostlyLink) || (mostlyLink && linked >= paragraph.Length * 0.9)) return;
        paragraphs.Add(paragraph);
    }

    private static bool IsPromotion(string paragraph, bool mostlyLink)
    {
        foreach (var label in PromotionLabels)
        {
            if (!paragraph.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            // "Advertisement" alone, or "Baca juga: <a link>"; a sentence that merely starts with "Related" stays.
            if (mostlyLink || paragraph.Length <= label.Length + 2) return true;
        }
        return false;
    }
}
