using System.Globalization;
using System.Text;

namespace Warta.Text;

/// <summary>Character classes the segmenter and the tokenizer share, so both agree on what a space or a quote is.</summary>
internal static class TextChars
{
    /// <summary>
    /// Whitespace, plus characters that carry no text: control characters (binary junk), the byte-order mark and
    /// zero-width spaces. Treating them as space keeps them out of sentences and tokens.
    /// </summary>
    public static bool IsSpace(char c) =>
        c <= ' ' || char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B' || char.IsControl(c);

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u000B' or '\u000C';

    /// <summary>Characters that end a sentence: . ! ? … and their full-width and Arabic forms.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '‼' or '⁇' or '⁈' or '⁉';

    public static bool IsOpeningQuoteOrBracket(char c) =>
        c is '“' or '‘' or '«' or '‹' or '„' or '‚' or '"' or '\'' or '(' or '[' or '{';

    public static bool IsClosingQuoteOrBracket(char c) =>
        c is '”' or '’' or '»' or '›' or '"' or '\'' or ')' or ']' or '}';

    /// <summary>A double quotation mark that opens a quote: “ and «.</summary>
    public static bool IsOpeningDoubleQuote(char c) => c is '“' or '«';

    /// <summary>A double quotation mark that closes a quote: ” and ».</summary>
    public static bool IsClosingDoubleQuote(char c) => c is '”' or '»';

    /// <summary>Any double quotation mark, the straight one (which opens or closes by position) included.</summary>
    public static bool IsDoubleQuote(char c) => c == '"' || IsOpeningDoubleQuote(c) || IsClosingDoubleQuote(c);

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Whether a rune belongs inside a word: letters, digits and combining marks (Arabic, Devanagari vowels).</summary>
    public static bool IsWordRune(Rune r)
    {
        if (Rune.IsLetterOrDigit(r)) return true;
        var category = Rune.GetUnicodeCategory(r);
        // Format characters (soft hyphen, zero-width joiners) sit inside words; BOM and zero-width space separate them.
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || (category == UnicodeCategory.Format && r.Value is not (0xFEFF or 0x200B));
    }

    /// <summary>Decodes the rune at <paramref name="index"/>; a lone surrogate counts as one replacement character.</summary>
    public static Rune RuneAt(ReadOnlySpan<char> text, int index, out int length)
    {
        Rune.DecodeFromUtf16(text[index..], out var rune, out length);
        if (length == 0) length = 1;
        return rune;
    }

    public static bool IsUpperStart(ReadOnlySpan<char> text, int index) =>
        index < text.Length && Rune.IsUpper(RuneAt(text, index, out _));

    public static bool IsLowerStart(ReadOnlySpan<char> text, int index) =>
        index < text.Length && Rune.IsLower(RuneAt(text, index, out _));
}
