using Warta.Data;
using Warta.Languages;
using Warta.Morphology;
using Warta.Segmentation;
using Warta.Text;

namespace Warta.Tokenization;

/// <summary>
/// Splits a sentence into tokens: spans of the original text, never copies. Words keep their hyphens
/// (negara-negara), numbers their separators (2.000, 1,5), dates their slashes (14/3); URLs, e-mails and listed
/// abbreviations stay whole; every punctuation mark and quote is a token. Indonesian clitics split off when the
/// lexicon agrees (<see cref="CliticSplitter"/>), English ones as in UD EWT (<see cref="EnglishContractions"/>).
/// Linear in the sentence; thread-safe after loading.
/// </summary>
public sealed class Tokenizer
{
    private readonly Language _language;
    private readonly AbbreviationList _abbreviations;
    private readonly CliticSplitter? _clitics;

    internal Tokenizer(Language language, AbbreviationList abbreviations, CliticSplitter? clitics)
    {
        _language = language;
        _abbreviations = abbreviations;
        _clitics = clitics;
    }

    /// <summary>
    /// Loads the language's abbreviations (unless the segmenter's list is passed in, so it is read once) and, for
    /// Indonesian with a lexicon, the clitic rules.
    /// </summary>
    public static Tokenizer Load(DataDirectory data, Language language, IWordLexicon? lexicon, AbbreviationList? abbreviations = null)
    {
        abbreviations ??= AbbreviationList.Load(data, data.File(language, "abbreviations.txt"));
        var clitics = language == Language.Indonesian && lexicon is not null ? CliticSplitter.Load(data, lexicon) : null;
        return new Tokenizer(language, abbreviations, clitics);
    }

    /// <summary>Appends the tokens of <paramref name="sentence"/> (a span of <paramref name="text"/>) to <paramref name="output"/>.</summary>
    public void Tokenize(string text, TextSpan sentence, List<TokenRow> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (sentence.Start < 0 || sentence.End > text.Length || sentence.Start > sentence.End)
            throw new ArgumentOutOfRangeException(nameof(sentence), $"sentence {sentence} lies outside the text of length {text.Length}");

        var s = text.AsSpan(0, sentence.End);
        int emailMiss = 0, domainMiss = 0;
        bool clauseStart = true;
        int i = sentence.Start;
        while (i < s.Length)
        {
            char c = s[i];
            if (TextChars.IsSpace(c)) { i++; continue; }
            int end;
            if ((end = WebScanner.MatchUrl(s, i)) > i)
            {
                Add(text, output, i, end, TokenKind.Url);
            }
            else if (char.IsAsciiLetterOrDigit(c) && (end = WebScanner.MatchEmail(s, i, ref emailMiss)) > i)
            {
                Add(text, output, i, end, TokenKind.Email);
            }
            else if (char.IsAsciiDigit(c))
            {
                end = Number(text, s, i, output);
            }
            else if (TextChars.IsWordRune(TextChars.RuneAt(s, i, out _)))
            {
                end = Word(text, s, i, clauseStart, ref domainMiss, output);
            }
            else
            {
                end = Punctuation(text, s, i, output);
                clauseStart = TextChars.IsOpeningQuoteOrBracket(c) || TextChars.IsTerminator(c) || c == ':';
                i = end;
                continue;
            }
            clauseStart = false;
            i = end;
        }
    }

    private static int Number(string text, ReadOnlySpan<char> s, int i, List<TokenRow> output)
    {
        int end = NumberScanner.MatchDate(s, i);
        if (end > i)
        {
            Add(text, output, i, end, TokenKind.Date);
            return end;
        }
        end = NumberScanner.MatchNumber(s, i, out bool separated);
        // 5G, 2nd, 10km are words; 2.000kg is a number and a unit.
        if (!separated && end < s.Length && TextChars.IsWordRune(TextChars.RuneAt(s, end, out _)))
        {
            end = WordScanner.ScanWord(s, i);
            Add(text, output, i, end, TokenKind.Word);
            return end;
        }
        Add(text, output, i, end, TokenKind.Number);
        return end;
    }

    private int Word(string text, ReadOnlySpan<char> s, int i, bool clauseStart, ref int domainMiss, List<TokenRow> output)
    {
        // Rp5.000 and Rp 5.000: the currency is a symbol of its own.
        if (s.Length - i >= 2 && s[i] == 'R' && s[i + 1] == 'p' && (s.Length == i + 2 || !char.IsLetter(s[i + 2])))
        {
            int rpEnd = s.Length > i + 2 && s[i + 2] == '.' && !(s.Length > i + 3 && char.IsAsciiDigit(s[i + 3])) ? i + 3 : i + 2;
            Add(text, output, i, rpEnd, TokenKind.Symbol);
            return rpEnd;
        }
        int end = WordScanner.MatchAbbreviation(s, i, _abbreviations);
        if (end > i)
        {
            Add(text, output, i, end, TokenKind.Word);
            return end;
        }
        if ((end = WebScanner.MatchDomain(s, i, ref domainMiss)) > i)
        {
            Add(text, output, i, end, TokenKind.Url);
            return end;
        }
        end = WordScanner.ScanWord(s, i);
        var word = s[i..end];
        if (_language == Language.English)
        {
            int split = EnglishContractions.SplitPoint(word);
            if (split > 0)
            {
                Add(text, output, i, i + split, TokenKind.Word);
                Add(text, output, i + split, end, TokenKind.Word);
                return end;
            }
        }
        else if (_clitics is not null && (clauseStart || !char.IsUpper(s[i])))
        {
            // Capitalised words inside a sentence are names (Ramallah, Abdullah): their endings are not clitics.
            var split = _clitics.Split(word);
            if (!split.IsNone(word.Length))
            {
                AddPiece(text, output, i, 0, split.Proclitic, clitic: true);
                AddPiece(text, output, i, split.Proclitic, split.StemEnd, clitic: false);
                AddPiece(text, output, i, split.StemEnd, split.PronounEnd, clitic: true);
                AddPiece(text, output, i, split.PronounEnd, word.Length, clitic: true);
                return end;
            }
        }
        Add(text, output, i, end, TokenKind.Word);
        return end;
    }

    private static int Punctuation(string text, ReadOnlySpan<char> s, int i, List<TokenRow> output)
    {
        char c = s[i];
        int end = i + 1;
        if (c is '.' or '-')
        {
            while (end < s.Length && s[end] == c) end++;   // "..." and "--" are one token each
        }
        else
        {
            var rune = TextChars.RuneAt(s, i, out int length);
            if (!WordScanner.IsPunctuation(rune) || c is '%' or '‰' or '@' or '#' or '&' or '§' or '*')
            {
                end = WordScanner.ScanSymbol(s, i);
                Add(text, output, i, end, TokenKind.Symbol);
                return end;
            }
            end = i + length;
        }
        Add(text, output, i, end, TokenKind.Punctuation);
        return end;
    }

    private static void AddPiece(string text, List<TokenRow> output, int wordStart, int from, int to, bool clitic)
    {
        if (to > from) Add(text, output, wordStart + from, wordStart + to, TokenKind.Word, clitic);
    }

    private static void Add(string text, List<TokenRow> output, int start, int end, TokenKind kind, bool clitic = false) =>
        output.Add(new TokenRow
        {
            Start = start,
            End = end,
            Kind = kind,
            IsClitic = clitic,
            SpaceAfter = end < text.Length && TextChars.IsSpace(text[end]),
        });
}
