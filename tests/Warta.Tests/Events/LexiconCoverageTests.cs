using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

/// <summary>
/// Everyday news sentences (Fixtures/lexicon-coverage.tsv) give their trigger the expected CAMEO code, or none where
/// the word is used in its ordinary, non-political sense (cue-only entries).
/// </summary>
public sealed class LexiconCoverageTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Warta.Tests", "Events", "Fixtures", "lexicon-coverage.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_trigger_gets_the_expected_code(string lang, string kind, string trigger, string code, string sentence)
    {
        var language = lang == "id" ? Language.Indonesian : Language.English;
        var match = kind == "N" ? Noun(sentence, trigger, language) : Verb(sentence, trigger, language);
        Assert.Equal(code == "-" ? null : code, match?.Code);
    }

    [Fact]
    public void The_fixture_covers_both_languages_and_both_outcomes()
    {
        var rows = Cases().Select(r => ((string)r[0], (string)r[3])).ToList();
        Assert.True(rows.Count(r => r.Item1 == "id") >= 20 && rows.Count(r => r.Item1 == "en") >= 20);
        Assert.Contains(rows, r => r.Item2 == "-");
    }
}
