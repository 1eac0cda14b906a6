using Warta.Data;

namespace Warta.Tests.Morphology.English;

/// <summary>
/// Every verb of the English event lexicon is reached from its inflected forms (docs/lexicon.md, "Verb forms").
/// With WARTA_VERB_FORM_REPORT set to a path, the failures are written there (tools/lexicon/verb_form_check.sh).
/// </summary>
public sealed class VerbFormCoverageTests
{
    [Fact]
    public void Every_form_of_every_lexicon_verb_gives_the_entry_lemma()
    {
        var data = DataDirectory.Open(TestPaths.Data);
        var forms = VerbFormCheck.Forms(data, EnglishMorphologyTests.Analyzer);
        var failures = VerbFormCheck.Run(data, EnglishMorphologyTests.Analyzer);
        if (Environment.GetEnvironmentVariable("WARTA_VERB_FORM_REPORT") is { Length: > 0 } report)
            File.WriteAllLines(report, [$"# {forms.Count} forms checked, {failures.Count} failed", "# cause\tlemma\tform\tkind\tgot\torigin",
                .. failures.Select(f => $"{f.Cause}\t{f.Form.Lemma}\t{f.Form.Word}\t{f.Form.Kind}\t{f.Got}\t{f.Form.Origin}")]);
        Assert.True(forms.Count > 5000, $"only {forms.Count} forms generated");
        Assert.Empty(failures.Select(f => $"{f.Form.Word} → {f.Got}, expected {f.Form.Lemma} ({f.Cause})"));
    }

    [Theory]
    [InlineData("upgrade", "upgrades", "upgraded", "upgrading")]
    [InlineData("stop", "stops", "stopped", "stopping")]
    [InlineData("rally", "rallies", "rallied", "rallying")]
    [InlineData("tie", "ties", "tied", "tying")]
    [InlineData("veto", "vetoes", "vetoed", "vetoing")]
    public void The_generator_spells_regular_forms(string verb, string s, string ed, string ing)
    {
        Assert.Equal(s, VerbFormCheck.ThirdPerson(verb));
        Assert.Equal(ed, VerbFormCheck.Ed(verb));
        Assert.Equal(ing, VerbFormCheck.Ing(verb));
    }
}
