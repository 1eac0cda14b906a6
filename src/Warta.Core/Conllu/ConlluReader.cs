using Warta.Errors;
using Warta.Text;

namespace Warta.Conllu;

/// <summary>
/// Reads Universal Dependencies CoNLL-U files. Words of a multiword token (e.g. "katanya" = kata + nya) are returned
/// as separate words, the later ones flagged <see cref="ConlluWord.IsMultiwordTail"/>; empty nodes (8.1) are skipped.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new WartaException(ErrorCodes.InputNotFound, $"{path}: no such CoNLL-U file");
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path)) yield return sentence;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var words = new List<ConlluWord>();
        string? text = null, sentId = null;
        int lineNumber = 0, sentenceLine = 1, multiwordEnd = 0, multiwordStart = 0;
        bool multiwordSpaceAfter = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new ConlluSentence(name, sentenceLine, sentId, text, words.ToArray());
                words.Clear(); text = null; sentId = null; sentenceLine = lineNumber + 1;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) sentId = line[12..];
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
                throw new WartaException(ErrorCodes.ConlluInvalid, $"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}");
            var id = cols[0];
            if (id.Contains('.')) continue; // empty node of enhanced dependencies
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                multiwordStart = int.Parse(id.AsSpan(0, dash));
                multiwordEnd = int.Parse(id.AsSpan(dash + 1));
                multiwordSpaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
                continue;
            }
            if (!int.TryParse(id, out int index))
                throw new WartaException(ErrorCodes.ConlluInvalid, $"{name}:{lineNumber}: word id '{id}' is not a number");
            if (!UposNames.TryParse(cols[3], out var upos))
                throw new WartaException(ErrorCodes.ConlluInvalid, $"{name}:{lineNumber}: '{cols[3]}' is not a UPOS tag");
            bool inMultiword = index >= multiwordStart && index <= multiwordEnd && multiwordEnd > 0;
            bool spaceAfter = inMultiword
                ? index == multiwordEnd && multiwordSpaceAfter
                : !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int head = -1;
            if (cols[6] != "_" && (!int.TryParse(cols[6], out head) || head < 0))
                throw new WartaException(ErrorCodes.ConlluInvalid, $"{name}:{lineNumber}: head '{cols[6]}' is not a word number");
            words.Add(new ConlluWord(cols[1], cols[2], upos, cols[5], spaceAfter, inMultiword,
                IsMultiwordTail: inMultiword && index > multiwordStart, Head: head, Deprel: cols[7]));
        }
        if (words.Count > 0) yield return new ConlluSentence(name, sentenceLine, sentId, text, words.ToArray());
    }

    /// <summary>
    /// Builds a one-sentence document whose tokens are exactly the sentence's words (gold tokenization), so taggers
    /// and morphology can be trained and tested on the same code path as raw text.
    /// </summary>
    public static Document ToDocument(ConlluSentence sentence, Languages.Language language)
    {
        var text = new System.Text.StringBuilder();
        var spans = new (int Start, int End)[sentence.Words.Count];
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            spans[i] = (text.Length, text.Length + word.Form.Length);
            text.Append(word.Form);
            if (word.SpaceAfter && i < sentence.Words.Count - 1) text.Append(' ');
        }
        var doc = new Document(sentence.SentId ?? $"{sentence.File}:{sentence.Line}", text.ToString(), language: language);
        doc.AddParagraph(new TextSpan(0, text.Length));
        doc.AddSentence(new TextSpan(0, text.Length), 0);
        doc.BeginSentenceTokens(0);
        for (int i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            doc.AddToken(new TokenRow
            {
                Start = spans[i].Start, End = spans[i].End, SpaceAfter = word.SpaceAfter,
                IsClitic = word.IsMultiwordTail, Kind = KindOf(word),
            });
        }
        return doc;
    }

    private static TokenKind KindOf(ConlluWord word) => word.Upos switch
    {
        Upos.PUNCT => TokenKind.Punctuation,
        Upos.SYM => TokenKind.Symbol,
        Upos.NUM when word.Form.Length > 0 && char.IsDigit(word.Form[0]) => TokenKind.Number,
        _ => TokenKind.Word,
    };
}
