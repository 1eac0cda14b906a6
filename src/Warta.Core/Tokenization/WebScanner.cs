using System.Collections.Frozen;

namespace Warta.Tokenization;

/// <summary>Recognises URLs (http://…, www.…), bare domains with a known top-level domain (KOMPAS.com) and e-mail addresses.</summary>
internal static class WebScanner
{
    private const int MaxEmail = 254;
    private const int MaxDomain = 100;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        new[] { "com", "org", "net", "id", "gov", "edu", "info", "io", "int", "mil", "news", "ru", "ua", "kz", "uk", "us", "eu", "au", "my", "sg", "tv" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The end of a URL starting at <paramref name="i"/>, or -1. Trailing punctuation is left out.</summary>
    public static int MatchUrl(ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return -1;
        int j = i;
        bool parenthesis = false;
        while (j < s.Length && !Text.TextChars.IsSpace(s[j]) && s[j] is not ('"' or '<' or '>' or '“' or '”' or '«' or '»' or '‘' or '’'))
        {
            if (s[j] == '(') parenthesis = true;
            j++;
        }
        while (j > i && (s[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' || (s[j - 1] == ')' && !parenthesis))) j--;
        return j - i > 7 ? j : -1;
    }

    /// <summary>
    /// The end of an e-mail address starting at <paramref name="i"/>, or -1. <paramref name="noMatchBefore"/> remembers
    /// where a failed scan stopped, so a long run without '@' is scanned once, not once per word in it.
    /// </summary>
    public static int MatchEmail(ReadOnlySpan<char> s, int i, ref int noMatchBefore)
    {
        if (i < noMatchBefore) return -1;
        int j = i, limit = Math.Min(s.Length, i + MaxEmail);
        while (j < limit && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j == i || j >= limit || s[j] != '@' || s[j - 1] == '.')
        {
            noMatchBefore = j;
            return -1;
        }
        int at = j++;
        while (j < limit && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '.' or '-')) j++;
        while (j > at && s[j - 1] is '.' or '-') j--;
        int lastDot = j > at ? s[(at + 1)..j].LastIndexOf('.') + at + 1 : -1;
        if (lastDot <= at + 1 || lastDot >= j - 1)
        {
            noMatchBefore = j;
            return -1;
        }
        return j;
    }

    /// <summary>The end of a bare domain (Eurasianet.org, KOMPAS.com, detik.co.id) starting at <paramref name="i"/>, or -1.</summary>
    public static int MatchDomain(ReadOnlySpan<char> s, int i, ref int noMatchBefore)
    {
        if (i < noMatchBefore) return -1;
        int j = i, labels = 0, lastLabel = i, limit = Math.Min(s.Length, i + MaxDomain);
        while (true)
        {
            int start = j;
            while (j < limit && (char.IsAsciiLetterOrDigit(s[j]) || (s[j] == '-' && j > start))) j++;
            if (j == start) break;
            labels++;
            lastLabel = start;
            if (j + 1 < limit && s[j] == '.' && char.IsAsciiLetterOrDigit(s[j + 1])) { j++; continue; }
            break;
        }
        if (labels == 0) return -1;
        bool endsClean = j >= s.Length || !(char.IsLetterOrDigit(s[j]) || s[j] == '@');
        if (labels >= 2 && endsClean && TopLevelDomains.Contains(s[lastLabel..j])) return j;
        noMatchBefore = j;
        return -1;
    }
}
