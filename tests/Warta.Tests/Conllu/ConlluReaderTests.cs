using Warta.Conllu;
using Warta.Errors;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests.Conllu;

public sealed class ConlluReaderTests
{
    private const string Sample =
        "# sent_id = s1\n# text = Katanya, Rusia menolak.\n" +
        "1-2\tKatanya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "1\tKata\tkata\tVERB\t_\tVoice=Act\t4\tparataxis\t_\t_\n" +
        "2\tnya\tia\tPRON\t_\t_\t1\tnsubj\t_\t_\n" +
        "3\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_\n" +
        "4\tRusia\tRusia\tPROPN\t_\t_\t0\troot\t_\t_\n" +
        "5\tmenolak\ttolak\tVERB\t_\tVoice=Act\t4\tflat\t_\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n";

    [Fact]
    public void Reader_returns_syntactic_words_and_flags_multiword_tails()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Sample), "sample"));
        Assert.Equal("Katanya, Rusia menolak.", sentence.Text);
        Assert.Equal(["Kata", "nya", ",", "Rusia", "menolak", "."], sentence.Words.Select(w => w.Form));
        Assert.True(sentence.Words[1].IsMultiwordTail);
        Assert.False(sentence.Words[0].IsMultiwordTail);
        Assert.False(sentence.Words[0].SpaceAfter);
        Assert.False(sentence.Words[1].SpaceAfter); // the multiword token "Katanya" is followed by ","
        Assert.Equal("tolak", sentence.Words[4].Lemma);
        Assert.Equal(Upos.VERB, sentence.Words[4].Upos);
    }

    [Fact]
    public void ToDocument_rebuilds_the_surface_text_from_the_words()
    {
        var sentence = ConlluReader.Read(new StringReader(Sample), "sample").Single();
        var doc = ConlluReader.ToDocument(sentence, Language.Indonesian);
        Assert.Equal("Katanya, Rusia menolak.", doc.Text);
        Assert.Equal(6, doc.TokenCount);
        Assert.Equal("nya", doc[1].Form);
        Assert.True(doc[1].IsClitic);
        Assert.Equal(TokenKind.Punctuation, doc[2].Kind);
    }

    [Fact]
    public void Reader_names_file_and_line_of_a_malformed_row()
    {
        var error = Assert.Throws<WartaException>(() =>
            ConlluReader.Read(new StringReader("1\tRusia\tRusia\n"), "bad.conllu").ToList());
        Assert.Contains("bad.conllu:1", error.Message);
    }
}
