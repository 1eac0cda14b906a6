namespace Warta.Fuzz.Inputs;

/// <summary>Characters and fragments that break text code written for tidy prose.</summary>
internal static class HostileText
{
    public static readonly string[] Fragments =
    [
        "\0", "\u0001", "\u0007", "\b", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\r", "\r\n", "\n\n", "\t",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800",
        "\u0301", "\u0301\u0301\u0301\u0301\u0301\u0301", "\u0345", "\u20DD",
        "\u202E", "\u202B", "\u200F", "\u200E", "\u2066", "\u200D", "\u200C", "\u200B", "\u2060", "\uFEFF", "\u00AD",
        "\uFFFD", "\uFFFE", "\uFFFF", "\u00A0", "\u2028", "\u2029", "\u3000",
        "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F1EE\U0001F1E9", "\U0001F600", "\U0001D7D8\U0001D7D9",
        "\uFF11\uFF12\uFF13", "\u0663\u0664", "\u09E7", "\u2167", "\u00BD", "\u00B2",
        "\u0130", "\u0131", "\u00DF", "\uFB01", "\u01C5", "\u1E9E", "\u03A3", "\u0627\u0644", "\u4E2D\u6587", "\uAC00",
        "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2039", "\u300C", "'", "\"", "`",
        "\u2014", "\u2013", "\u2026", "-", "--", "/", "\\", "@", "#", "%", "&", "*", "_", "~", "|", "<", ">",
        ".", "..", "...", "?", "!", "?!", ";", ":", ",", "(", ")", "[", "]", "{", "}",
        "http://", "https://x.y/", "www.", "a@b.c", "@@", ".com", "://",
        "Dr.", "No.", "e.g.", "U.S.", "Jl.", "dll.", "a.n.", "3.14", "1.000.000", "1,5", "12/3", "2024-03-05", "0", "9999999999999999999999",
        "-nya", "nya", "lah", "kah", "ku", "kau", "meng", "memper", "di", "ter", "ber", "ke", "se", "pe", "kan", "an", "i",
        "'s", "n't", "'ll", "s'", "-", "--", "anti-", "co-",
    ];

    public static readonly string[] Whitespace = [" ", "  ", "\t", "\n", "\r\n", "\n\n", "\n\n\n\n", "\u00A0", "\u2028", "\u3000", "\u200B"];

    public static readonly string[] RunUnits =
        ["a", "A", ".", "-", " ", "\n", "\u00A0", "\u0301", "\uD800", "\0", "\U0001F600", "\"", "(", "1", "1.", "ab ", "di", "nya", "Dr. ", "x-", "&"];
}
