using System.Globalization;
using System.Text.RegularExpressions;
using Warta.Cli;

namespace Warta.Tests.Cli;

public sealed class TestCommandTests
{
    private static string Ud(string language, string file) => Path.Combine(TestPaths.Ud, language, file);

    [Fact]
    public void Test_tagger_reports_upos_and_verb_root_accuracy_for_indonesian()
    {
        var result = CliRunner.Run("test", "tagger", "--lang", "id",
            Ud("id", "id_gsd-ud-test.conllu"), Ud("id", "id_csui-ud-test.conllu"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.True(Percent(result.Output, @"total: UPOS accuracy ([\d.]+) %") >= 91.0, result.Output);
        Assert.True(Percent(result.Output, @"VERB root accuracy: ([\d.]+) %") >= 93.0, result.Output);
    }

    [Fact]
    public void Test_tagger_names_a_malformed_file_and_exits_2()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("warta-conllu-").FullName, "broken.conllu");
        File.WriteAllText(bad, "1\tRusia\tRusia\tPROPN\n");
        var result = CliRunner.Run("test", "tagger", "--lang", "id", bad);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("broken.conllu:1", result.Error);
    }

    [Fact]
    public void Test_parser_reports_uas_las_and_each_relation()
    {
        var result = CliRunner.Run("test", "parser", "--lang", "id", Ud("id", "id_csui-ud-test.conllu"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.True(Percent(result.Output, @"id_csui-ud-test.conllu: UAS ([\d.]+) %") >= 75.0, result.Output);
        Assert.True(Percent(result.Output, @"total: UAS [\d.]+ % LAS ([\d.]+) %") >= 65.0, result.Output);
        foreach (var relation in new[] { "nsubj", "obj", "obl", "ccomp", "xcomp", "advcl", "acl", "conj", "appos", "flat" })
            Assert.Matches($@"\n  {relation} +UAS +[\d.]+ % LAS +[\d.]+ % \([\d,]+\)", result.Output);
    }

    [Fact]
    public void Test_parser_names_a_malformed_file_and_exits_2()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("warta-conllu-").FullName, "badhead.conllu");
        File.WriteAllText(bad, "1\tRusia\tRusia\tPROPN\t_\t_\tx\troot\t_\t_\n\n");
        var result = CliRunner.Run("test", "parser", "--lang", "id", bad);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("badhead.conllu:1", result.Error);
    }

    [Fact]
    public void Train_lexicon_for_english_reproduces_the_shipped_table()
    {
        var outDir = Directory.CreateTempSubdirectory("warta-lexicon-").FullName;
        var result = CliRunner.Run("train", "lexicon", "--lang", "en", "--out", outDir);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Data, "en", "lemmas.tsv")),
            File.ReadAllBytes(Path.Combine(outDir, "lemmas.tsv")));
    }

    private static double Percent(string output, string pattern)
    {
        var match = Regex.Match(output, pattern);
        Assert.True(match.Success, $"'{pattern}' not in output:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
