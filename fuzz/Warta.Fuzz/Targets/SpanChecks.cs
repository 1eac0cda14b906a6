using Warta.Text;

namespace Warta.Fuzz.Targets;

/// <summary>The span properties every stage keeps: inside the text (or its container), ordered, not overlapping, never negative.</summary>
internal static class SpanChecks
{
    public static void Inside(string what, int start, int end, int low, int high)
    {
        if (start < low || end > high || start > end)
            throw new PropertyViolation($"{what} [{start}..{end}) is not inside [{low}..{high})");
    }

    public static void NotEmpty(string what, int start, int end)
    {
        if (start >= end) throw new PropertyViolation($"{what} [{start}..{end}) is empty");
    }

    public static void After(string what, int start, int previousEnd)
    {
        if (start < previousEnd) throw new PropertyViolation($"{what} starts at {start}, before the previous one ends ({previousEnd})");
    }

    /// <summary>Sentences and tokens of an analysed document, and a lemma for every word token (the morphology analyses words only).</summary>
    public static void Document(Document document, bool lemmas)
    {
        int textLength = document.Text.Length, previousSentenceEnd = 0, nextToken = 0;
        foreach (var sentence in document.SentenceRows)
        {
            Inside("sentence", sentence.Start, sentence.End, 0, textLength);
            After("sentence", sentence.Start, previousSentenceEnd);
            previousSentenceEnd = sentence.End;
            if (sentence.FirstToken != nextToken || sentence.EndToken < sentence.FirstToken)
                throw new PropertyViolation($"sentence tokens [{sentence.FirstToken}..{sentence.EndToken}) do not follow token {nextToken}");
            nextToken = sentence.EndToken;
        }
        if (nextToken != document.TokenCount)
            throw new PropertyViolation($"sentences cover {nextToken} tokens of {document.TokenCount}");

        var tokens = document.TokenRows;
        var sentences = document.SentenceRows;
        int previousTokenEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var sentence = sentences[token.Sentence];
            Inside($"token {i}", token.Start, token.End, sentence.Start, sentence.End);
            NotEmpty($"token {i}", token.Start, token.End);
            After($"token {i}", token.Start, previousTokenEnd);
            previousTokenEnd = token.End;
            if (lemmas && token.Kind == TokenKind.Word && string.IsNullOrEmpty(token.Morph?.Lemma))
                throw new PropertyViolation($"token {i} '{document.Text[token.Start..token.End]}' has no lemma");
        }
    }
}
