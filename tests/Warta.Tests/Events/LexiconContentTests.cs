using Warta.Events;
using Warta.Languages;

namespace Warta.Tests.Events;

public sealed class LexiconContentTests
{
    public static TheoryData<string> Languages => new() { "id", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lexicon_has_at_least_300_predicate_lines(string lang)
    {
        var lines = File.ReadLines(Path.Combine(TestPaths.Data, lang, "events", "predicates.tsv"))
            .Count(l => l.StartsWith("V\t", StringComparison.Ordinal) || l.StartsWith("N\t", StringComparison.Ordinal));
        Assert.True(lines >= 300, $"{lang}: {lines} lines");
        Assert.True(ShippedLexicons.For(LanguageCodes.Parse(lang)).Entries.Count >= lines);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_lexicon_code_is_in_the_codebook(string lang)
    {
        var lexicon = ShippedLexicons.For(LanguageCodes.Parse(lang));
        foreach (var entry in lexicon.Entries) Assert.True(entry.Code == "---" || lexicon.Codebook.Contains(entry.Code), entry.RuleName);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lexicon_covers_all_twenty_roots_with_verbs_and_nouns(string lang)
    {
        var entries = ShippedLexicons.For(LanguageCodes.Parse(lang)).Entries;
        for (int root = 1; root <= 20; root++)
        {
            var r = root.ToString("00");
            Assert.True(entries.Count(e => e.Code.StartsWith(r, StringComparison.Ordinal)) >= 5, $"{lang} root {r}");
        }
        Assert.True(entries.Count(e => e.Kind == PredicateKind.Noun) >= 60, $"{lang} nouns");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Shipped_dictionaries_pass_the_validator(string lang)
    {
        var problems = EventLexicon.Validate(TestPaths.Data, ShippedLexicons.For(LanguageCodes.Parse(lang)).Codebook).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Modality_lists_are_loaded(string lang)
    {
        var modality = ShippedLexicons.For(LanguageCodes.Parse(lang)).Modality;
        foreach (var cue in Enum.GetValues<ModalityCue>()) Assert.True(modality.Count(cue) >= 3, $"{lang} {cue}");
    }

    [Theory]
    [InlineData("0841", "0353")]
    [InlineData("042", "036")]
    [InlineData("073", "0333")]
    [InlineData("057", "037")]
    public void Intending_an_act_maps_to_the_03x_code_of_its_root(string code, string intent) =>
        Assert.Equal(intent, ShippedLexicons.English.Modality.IntentCode(code));

    [Theory]
    [InlineData("163", "1312")]
    [InlineData("190", "138")]
    [InlineData("1724", "1324")]
    public void Threatening_an_act_maps_to_a_13x_code(string code, string threat) =>
        Assert.Equal(threat, ShippedLexicons.Indonesian.Modality.ThreatCode(code));

    [Fact]
    public void Codes_without_an_intent_form_have_none() => Assert.Null(ShippedLexicons.English.Modality.IntentCode("111"));
}
