using System.Text.Json;
using Warta.Cli;

namespace Warta.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static readonly string Example = Path.Combine(TestPaths.RepoRoot, "examples", "jakarta-canberra.id.txt");

    [Fact]
    public void Analyze_writes_conllu_with_roots_voice_and_offsets()
    {
        var result = CliRunner.Run("analyze", Example, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("# lang = id", result.Output);
        var dipanggil = WordLine(result.Output, "dipanggil");
        Assert.Equal("panggil", dipanggil[2]);
        Assert.Equal("VERB", dipanggil[3]);
        Assert.Contains("Voice=Pass", dipanggil[5]);
        var memanggil = WordLine(result.Output, "memanggil");
        Assert.Contains("Voice=Act", memanggil[5]);
        // MISC carries offsets into the original text: the characters there are the form itself.
        var text = File.ReadAllText(Example);
        var misc = memanggil[9].Split('|').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("memanggil", text[int.Parse(misc["Start"])..int.Parse(misc["End"])]);
    }

    [Fact]
    public void Analyze_fills_head_and_deprel_with_one_root_per_sentence()
    {
        var result = CliRunner.Run("analyze", Example, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var block in result.Output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var words = block.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0]) && !l.Split('\t')[0].Contains('-'))
                .Select(l => l.Split('\t')).ToList();
            if (words.Count == 0) continue;
            Assert.All(words, w => Assert.InRange(int.Parse(w[6]), 0, words.Count));
            Assert.All(words, w => Assert.NotEqual("_", w[7]));
            Assert.Single(words, w => w[6] == "0" && w[7] == "root");
        }
        // The verb of the main clause governs its subject.
        var memanggil = WordLine(result.Output, "memanggil");
        var pemerintah = WordLine(result.Output, "Pemerintah");
        Assert.Equal(memanggil[0], pemerintah[6]);
        Assert.StartsWith("nsubj", pemerintah[7]);
    }

    [Fact]
    public void Analyze_marks_the_dateline_sentence()
    {
        var result = CliRunner.Run("analyze", Example, "--data", TestPaths.Data);
        var blocks = result.Output.Split("\n\n");
        Assert.Contains("# text = JAKARTA, WARTA -\n# dateline = yes", blocks[0]);
        Assert.DoesNotContain("# dateline", blocks[1]);
    }

    [Fact]
    public void Analyze_uses_the_data_folder_shipped_next_to_the_executable_by_default()
    {
        var result = CliRunner.RunWithStdin("Russia expelled two diplomats on Friday.", "analyze", "-");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("# lang = en", result.Output);
        Assert.Equal("expel", WordLine(result.Output, "expelled")[2]);
    }

    [Fact]
    public void Analyze_json_writes_one_object_per_document()
    {
        var result = CliRunner.RunWithStdin("Rusia mengusir diplomat itu.", "analyze", "--format", "json", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("id", json.RootElement.GetProperty("lang").GetString());
        var tokens = json.RootElement.GetProperty("sentences")[0].GetProperty("tokens");
        var verb = tokens.EnumerateArray().Single(t => t.GetProperty("form").GetString() == "mengusir");
        Assert.Equal("usir", verb.GetProperty("lemma").GetString());
        Assert.Equal("active", verb.GetProperty("voice").GetString());
        Assert.Equal(0, verb.GetProperty("head").GetInt32());
        Assert.Equal("root", verb.GetProperty("deprel").GetString());
        var subject = tokens.EnumerateArray().Single(t => t.GetProperty("form").GetString() == "Rusia");
        Assert.Equal(2, subject.GetProperty("head").GetInt32());
    }

    [Fact]
    public void Lang_option_overrides_identification()
    {
        var result = CliRunner.RunWithStdin("Presiden", "analyze", "--lang", "en", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("# lang = en", result.Output);
    }

    [Fact]
    public void Unknown_language_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", Example, "--lang", "fr");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("fr", result.Error);
    }

    [Fact]
    public void A_bad_file_is_reported_and_the_rest_of_the_batch_still_analysed()
    {
        var dir = Directory.CreateTempSubdirectory("warta-analyze-");
        var bad = Path.Combine(dir.FullName, "latin1.txt");
        File.WriteAllBytes(bad, [0x50, 0x61, 0x72, 0x69, 0x73, 0xE9, 0x0A]);
        var result = CliRunner.Run("analyze", bad, "/nonexistent/x.txt", Example, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("latin1.txt", result.Error);
        Assert.Contains("UTF-8", result.Error);
        Assert.Contains("/nonexistent/x.txt", result.Error);
        Assert.Contains("# newdoc id = jakarta-canberra.id", result.Output);
        Assert.DoesNotContain("   at ", result.Error); // no stack traces
    }

    [Fact]
    public void A_missing_data_folder_exits_3_with_the_reason()
    {
        var result = CliRunner.Run("analyze", Example, "--data", "/nonexistent/data");
        Assert.Equal(ExitCodes.DataMissing, result.ExitCode);
        Assert.Contains("WRT0101", result.Error);
    }

    private static string[] WordLine(string conllu, string form) =>
        conllu.Split('\n').Select(l => l.Split('\t')).First(c => c.Length == 10 && c[1] == form && !c[0].Contains('-'));
}
