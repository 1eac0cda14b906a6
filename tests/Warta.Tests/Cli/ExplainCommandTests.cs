using Warta.Cli;

namespace Warta.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_shows_tokens_mentions_dates_clauses_rule_and_event()
    {
        var result = CliRunner.Run("explain", "Polisi Rusia menangkap dua aktivis Ukraina di Moskow pada 4 Oktober.",
            "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var output = result.Output;
        Assert.StartsWith("language: id", output);
        Assert.Contains("published: 2024-01-10", output);
        Assert.Matches(@"\n\s+2 menangkap\s+VERB\s+tangkap voice=active", output);
        Assert.Contains("Polisi Rusia → RUSCOP", output);
        Assert.Contains("pada 4 Oktober → 2023-10-04", output);
        Assert.Contains("verb 'menangkap' (active)", output);
        Assert.Contains("subject: Polisi Rusia", output);
        Assert.Contains("objects: dua aktivis Ukraina", output);
        Assert.Contains("rule: id:predicate:menangkap→173", output);
        Assert.Contains("outcome: coded asserted: RUSCOP → UKROPP", output);
        Assert.Matches(@"2023-10-04 \(text, clause, day\) RUSCOP 173 UKROPP .*\[asserted\]", output);
    }

    [Theory]
    [InlineData("Polisi di Nairobi menangkap dua aktivis pada Senin.", "id", "role; country from place 'Nairobi'")]
    [InlineData("Police in Nairobi arrested two activists on Monday.", "en", "role+owner actors/seats.tsv:")]
    public void Explain_says_why_each_actor_is_what_it_is(string text, string lang, string why)
    {
        var result = CliRunner.Run("explain", text, "--published", "2024-01-10", "--lang", lang, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"Nairobi → KEN(COP)? \[(seat|role), (seat|role\+owner) actors/seats\.tsv:\d+\]", result.Output);
        Assert.Contains("actor KENCOP: " + why, result.Output);
    }

    [Fact]
    public void Explain_shows_a_negated_event_with_its_modality()
    {
        var result = CliRunner.Run("explain", "Kazakhstan tidak mengecam Rusia.", "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("outcome: coded negated: KAZ → RUS", result.Output);
        Assert.Contains("KAZ 111 RUS", result.Output);
        Assert.Contains("[negated]", result.Output);
    }

    [Fact]
    public void Explain_shows_the_code_after_a_threat_or_refusal_conversion()
    {
        var threat = CliRunner.Run("explain", "Rusia mengancam akan menutup kedutaan Ukraina.", "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, threat.ExitCode);
        var threatEvent = System.Text.RegularExpressions.Regex.Match(threat.Output, @"RUS (13\d+) UKR");
        Assert.True(threatEvent.Success, threat.Output);
        Assert.Contains($"outcome: coded asserted as a threat: ", threat.Output);
        Assert.Contains($"becomes {threatEvent.Groups[1].Value}: RUS → UKR", threat.Output);

        var refusal = CliRunner.Run("explain", "Ukraina tidak akan berunding dengan Rusia.", "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, refusal.ExitCode);
        var refusalEvent = System.Text.RegularExpressions.Regex.Match(refusal.Output, @"UKR (12\d+) RUS");
        Assert.True(refusalEvent.Success, refusal.Output);
        Assert.Contains($"as a refusal: ", refusal.Output);
        Assert.Contains($"becomes {refusalEvent.Groups[1].Value}: UKR → RUS", refusal.Output);
    }

    [Fact]
    public void Explain_says_why_a_clause_gave_no_event()
    {
        var result = CliRunner.Run("explain", "Cuaca di Jakarta cerah, dan warga berjalan ke pasar.", "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("outcome: ", result.Output);
        Assert.Contains("events:\n    (none)", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Explain_reads_standard_input_and_takes_a_fixed_language()
    {
        var result = CliRunner.RunWithStdin("Russia expelled two Japanese diplomats.", "explain", "-", "--lang", "en",
            "--published", "2024-01-10", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("language: en", result.Output);
        Assert.Contains("RUS 174 JPNGOV", result.Output);
    }

    [Fact]
    public void Explain_refuses_a_published_date_that_is_not_a_date()
    {
        var result = CliRunner.Run("explain", "Rusia mengusir diplomat itu.", "--published", "10/1/2024", "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Error);
    }
}
