using System.Text;

namespace Warta.Tests.TestSupport;

/// <summary>Random and hostile text for invariant tests: every script, quotes, controls, surrogate pairs, lone surrogates.</summary>
internal static class MessyText
{
    private static readonly string[] Pieces =
    [
        "Rusia", "mengusir", "diplomat", "katanya", "apakah", "negara-negara", "anti-Rusia", "U.S.", "Dr.", "a.n.", "K.",
        "2.000", "1,5", "3.5", "14/3", "5/10/2020", "2022-10-06", "10%", "Rp", "https://x.org/a?b=1", "a@b.co", "KOMPAS.com",
        ".", "..", "...", "…", "!", "?", ",", ";", ":", "-", "--", "—", "–", "“", "”", "‘", "’", "\"", "'", "«", "»", "(", ")",
        " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u2029", "\uFEFF", "\u200B", "\u200D", "\u00AD", "\0", "\u0001", "\u001B",
        "Москва", "Қазақстан", "موسكو", "الكرملين", "北京", "東京都", "😀", "👍🏽", "👨‍👩‍👧", "🇰🇿", "\uD800", "\uDFFF", "é", "e\u0301",
        "JAKARTA (ANTARA) -", "MOSCOW (Reuters) —", "don't", "Russia's", "kubaca", "hanya",
    ];

    public static string Random(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            if (random.Next(8) == 0) builder.Append((char)random.Next(0, 0x10000));
            else builder.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return builder.ToString();
    }

    public static IEnumerable<string> Hostile()
    {
        yield return "";
        yield return " ";
        yield return " \t\r\n\u2029\u00A0 ";
        yield return "\uFEFFRusia mengusir diplomat itu.";
        yield return "\uFEFF";
        yield return "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000E\u000F\u0010\u001F\u007F";
        yield return "Москва заявила. موسكو قالت. 北京说。😀👍🏽 Rusia 👨‍👩‍👧 🇰🇿.";
        yield return "\uD800\uD800\uDC00\uDFFF abc \uDBFF";
        yield return new string('.', 1000);
        yield return new string('“', 500) + new string('”', 500);
        yield return string.Concat(Enumerable.Repeat("a.", 500));
        yield return string.Concat(Enumerable.Repeat("Dr. ", 500));
        yield return string.Concat(Enumerable.Repeat("JAKARTA - ", 200));
    }
}
