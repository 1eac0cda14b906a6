using Warta.Languages;
using Warta.Output;

namespace Warta.Tests.Output;

public sealed class ConlluWriterTests
{
    private static string[] Lines(string text, Language language)
    {
        var writer = new StringWriter();
        ConlluWriter.Write(SharedAnalyzer.Instance.Analyze(text, id: "t", language: language), writer);
        return writer.ToString().Split('\n');
    }

    [Fact]
    public void A_split_clitic_becomes_a_multiword_token_over_its_word()
    {
        var lines = Lines("Katanya, Rusia menolak.", Language.Indonesian);
        var range = lines.Single(l => l.StartsWith("1-2\t"));
        Assert.Equal("1-2\tKatanya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", range);
        Assert.StartsWith("1\tKata\t", lines.Single(l => l.StartsWith("1\t")));
        Assert.StartsWith("2\tnya\t", lines.Single(l => l.StartsWith("2\t")));
        // Words inside a multiword token carry no SpaceAfter of their own: the range line does.
        Assert.DoesNotContain("SpaceAfter", lines.Single(l => l.StartsWith("1\t")));
    }

    [Fact]
    public void Every_sentence_has_an_id_and_its_text_and_every_word_ten_columns()
    {
        var lines = Lines("Rusia mengusir diplomat itu. Kazakhstan membalas pada Selasa.", Language.Indonesian);
        Assert.Equal(2, lines.Count(l => l.StartsWith("# sent_id = t-")));
        Assert.Contains("# text = Kazakhstan membalas pada Selasa.", lines);
        Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Equal(10, l.Split('\t').Length));
    }

    [Fact]
    public void Tabs_and_newlines_in_the_text_never_break_the_format()
    {
        var lines = Lines("Moscow\tsaid\nno.", Language.English);
        Assert.All(lines.Where(l => l.StartsWith("# text = ")), l => Assert.DoesNotContain('\t', l));
        Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Equal(10, l.Split('\t').Length));
    }
}
