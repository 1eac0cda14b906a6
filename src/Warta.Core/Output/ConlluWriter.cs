using System.Text;
using Warta.Text;

namespace Warta.Output;

/// <summary>
/// Writes an analysed document as CoNLL-U: FORM, LEMMA (root or lemma), UPOS, FEATS (affixes, Voice) and
/// MISC with the character offsets into the original text. Split clitics appear as multiword tokens, as in UD.
/// HEAD and DEPREL come from the dependency parser, "_" when the sentence was not parsed.
/// </summary>
public static class ConlluWriter
{
    public static void Write(Document doc, TextWriter output)
    {
        output.Write("# newdoc id = "); output.WriteLine(OneLine(doc.Id));
        output.Write("# lang = "); output.WriteLine(Languages.LanguageCodes.ToCode(doc.Language));
        int paragraph = -1;
        var line = new StringBuilder(128);
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                output.WriteLine("# newpar");
            }
            output.Write("# sent_id = "); output.Write(OneLine(doc.Id)); output.Write('-'); output.WriteLine(sentence.Index + 1);
            output.Write("# text = "); output.WriteLine(OneLine(sentence.Text.ToString()));
            if (sentence.IsDateline) output.WriteLine("# dateline = yes");
            WriteTokens(sentence, output, line);
            output.WriteLine();
        }
    }

    private static void WriteTokens(Sentence sentence, TextWriter output, StringBuilder line)
    {
        int count = sentence.TokenCount;
        for (int i = 0; i < count; i++)
        {
            int groupEnd = MultiwordEnd(sentence, i);
            if (groupEnd > i + 1)
            {
                var first = sentence[i]; var last = sentence[groupEnd - 1];
                output.Write($"{i + 1}-{groupEnd}\t");
                output.Write(Escape(sentence.Document.Text.AsSpan(first.Span.Start, last.Span.End - first.Span.Start)));
                output.WriteLine(last.SpaceAfter ? "\t_\t_\t_\t_\t_\t_\t_\t_" : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No");
            }
            for (int j = i; j < groupEnd; j++) WriteWord(sentence[j], j + 1, inGroup: groupEnd > i + 1, output, line);
            i = groupEnd - 1;
        }
    }

    private static void WriteWord(Token token, int id, bool inGroup, TextWriter output, StringBuilder line)
    {
        line.Clear();
        var form = Escape(token.Text);
        line.Append(id).Append('\t').Append(form).Append('\t')
            .Append(token.Morph is { } m ? Escape(m.Lemma) : form).Append('\t')
            .Append(token.Pos == Upos.None ? "_" : token.Pos.ToString()).Append("\t_\t")
            .Append(token.Morph?.ToFeats(token.Voice) ?? "_").Append('\t');
        if (token.Relation is { } relation)
        {
            var row = token.Document.TokenRows[token.Index];
            line.Append(row.Head).Append('\t').Append(relation).Append("\t_\t");
        }
        else line.Append("_\t_\t_\t");
        line
            .Append("Start=").Append(token.Span.Start).Append("|End=").Append(token.Span.End);
        if (!inGroup && !token.SpaceAfter) line.Append("|SpaceAfter=No");
        output.WriteLine(line);
    }

    /// <summary>The end of the multiword token starting at <paramref name="i"/>: a word and the clitics split off it.</summary>
    private static int MultiwordEnd(Sentence sentence, int i)
    {
        int end = i + 1;
        while (end < sentence.TokenCount
               && sentence[end].Span.Start == sentence[end - 1].Span.End
               && (sentence[end].IsClitic || sentence[end - 1].IsClitic)
               && sentence[end].Kind == TokenKind.Word && sentence[end - 1].Kind == TokenKind.Word)
            end++;
        return end;
    }

    private static string Escape(ReadOnlySpan<char> text)
    {
        var s = text.ToString();
        return s.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 ? s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : s;
    }

    /// <summary>A comment value on one line with no tab, so no reader mistakes it for a word line.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
