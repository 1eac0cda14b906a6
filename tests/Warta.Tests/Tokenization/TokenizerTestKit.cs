using Warta.Languages;
using Warta.Morphology;
using Warta.Text;
using Warta.Tests.TestSupport;
using Warta.Tokenization;

namespace Warta.Tests.Tokenization;

/// <summary>A small in-memory lexicon standing in for the Indonesian morphology, and helpers that render tokens.</summary>
internal static class TokenizerTestKit
{
    /// <summary>
    /// Roots and words the tokenizer's clitic tests need, with the simplest split rule: split when the whole word is
    /// not listed and its host is (after a particle, the host may itself end in a pronoun: bukunyalah). The real
    /// lexicon's decisions are tested through the morphology in CliticTests and WordLexiconTests.
    /// </summary>
    public sealed class WordSet(params string[] words) : IWordLexicon
    {
        private static readonly string[] Pronouns = ["nya", "ku", "mu"];
        private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

        public bool IsKnownWord(ReadOnlySpan<char> lowerCaseWord) =>
            _words.Contains(lowerCaseWord[(lowerCaseWord.LastIndexOf('-') + 1)..].ToString());

        public bool ShouldSplitEnclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength)
        {
            if (IsKnownWord(lowerCaseWord)) return false;
            var host = lowerCaseWord[..^cliticLength];
            if (IsKnownWord(host)) return true;
            foreach (var pronoun in Pronouns)
                if (host.EndsWith(pronoun) && IsKnownWord(host[..^pronoun.Length])) return true;
            return false;
        }

        public bool ShouldSplitProclitic(ReadOnlySpan<char> lowerCaseWord, int cliticLength) =>
            !IsKnownWord(lowerCaseWord) && IsKnownWord(lowerCaseWord[cliticLength..]);
    }

    public static readonly WordSet Lexicon = new(
        "kata", "dukungan", "dukung", "bukan", "apa", "baca", "ambil", "buku", "ibu", "dia", "mereka",
        "negara", "rumah", "hanya", "punya", "tanya", "bertanya", "ada", "adalah", "sekolah", "masa", "masalah", "telah",
        "salah", "langkah", "meski", "meskipun", "walau", "walaupun", "kaum", "kuat", "kuasa", "asa", "kursi", "kuliah",
        "temu", "bertemu", "ilmu", "rindu", "siapa", "sudah", "rakyat", "ramal", "abdul", "ini", "itu", "rusia");

    public static Tokenizer Indonesian { get; } = Tokenizer.Load(TestPaths.DataDirectory, Language.Indonesian, Lexicon);
    public static Tokenizer English { get; } = Tokenizer.Load(TestPaths.DataDirectory, Language.English, lexicon: null);

    public static Tokenizer For(string language) => language == "en" ? English : Indonesian;

    public static List<TokenRow> Rows(Tokenizer tokenizer, string text)
    {
        var output = new List<TokenRow>();
        tokenizer.Tokenize(text, new TextSpan(0, text.Length), output);
        return output;
    }

    /// <summary>The tokens joined by spaces; a clitic is written with a '+' before it.</summary>
    public static string Tokens(Tokenizer tokenizer, string text) =>
        string.Join(" ", Rows(tokenizer, text).Select(t => (t.IsClitic ? "+" : "") + text[t.Start..t.End]));

    public static string Kinds(Tokenizer tokenizer, string text) =>
        string.Join(" ", Rows(tokenizer, text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}"));
}
