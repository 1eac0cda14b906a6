using System.Text.RegularExpressions;
using Warta.Morphology;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>
/// Voice in the seed article, listed by hand from the text: every di- verb is passive with prefix di, every meN- verb
/// active with prefix meN (memper- for memper- verbs), and words that merely start with di/me are left alone.
/// </summary>
[Collection(MorphologyCollection.Name)]
public sealed partial class SeedVoiceTests(MorphologyFixture fixture)
{
    private static readonly string[] DiVerbsList =
    [
        "dipanggil", "dibuat", "digambarkan", "dirancang", "diterima", "diusir", "diduga", "dijanjikan", "dikatakan",
        "digunakan", "diberitahu", "diterbitkan",
    ];

    private static readonly string[] MeNVerbsList =
    [
        "membalas", "meledakkan", "menjelaskan", "menahan", "menegaskan", "mencoba", "menarik", "memunculkan", "memberi",
        "memicu", "memberikan", "menyatakan", "membunuh", "menyerahkan", "mempromosikan", "mengutuk", "membidik",
        "mengkritiknya", "melanda", "menunjukkan", "mengarungi", "melangkah", "menyiratkan", "menghasut", "memahami",
        "merujuk", "menyerang", "merusak", "menyerukan", "memutuskan", "membangkitkan", "meninggalkan", "membuat",
        "menyesal", "menemukan", "mengerahkan", "mengambil", "memenuhi", "menerima", "mencatat", "memiliki",
        "mengatakan", "menguntungkan",
    ];

    private static readonly string[] MemPerVerbsList = [ "memperkenalkan", "memperkuat" ];

    private static readonly string[] NotPrefixedList =
    [
        "dia", "diri", "dirinya", "diplomatik", "media", "mereka", "Menteri", "menteri", "Menurut", "menurut",
        "menurutnya", "mengenai", "mengapa", "meskipun",
    ];

    public static TheoryData<string> DiVerbs => new(DiVerbsList);
    public static TheoryData<string> MeNVerbs => new(MeNVerbsList);
    public static TheoryData<string> MemPerVerbs => new(MemPerVerbsList);
    public static TheoryData<string> NotPrefixed => new(NotPrefixedList);

    [Theory]
    [MemberData(nameof(DiVerbs))]
    public void Di_verb_is_passive(string form)
    {
        var a = fixture.Morphology.Analyze(form);
        Assert.Equal("di", a.Prefixes.FirstOrDefault());
        Assert.Equal(Voice.Passive, a.Voice);
    }

    [Theory]
    [MemberData(nameof(MeNVerbs))]
    public void MeN_verb_is_active(string form)
    {
        var a = fixture.Morphology.Analyze(form);
        Assert.Equal("meN", a.Prefixes.FirstOrDefault());
        Assert.Equal(Voice.Active, a.Voice);
    }

    [Theory]
    [MemberData(nameof(MemPerVerbs))]
    public void MemPer_verb_is_active(string form)
    {
        var a = fixture.Morphology.Analyze(form);
        Assert.Equal("memper", a.Prefixes.FirstOrDefault());
        Assert.Equal(Voice.Active, a.Voice);
    }

    [Theory]
    [MemberData(nameof(NotPrefixed))]
    public void Word_that_only_looks_prefixed_gets_no_prefix_and_no_voice(string form)
    {
        var a = fixture.Morphology.Analyze(form);
        Assert.DoesNotContain(a.Prefixes, p => p is "di" or "meN");
        Assert.Equal(Voice.None, a.Voice);
    }

    [Fact]
    public void Every_listed_verb_occurs_in_the_seed_and_every_di_or_meN_verb_of_the_seed_is_listed()
    {
        var words = WordPattern().Matches(File.ReadAllText(TestPaths.SeedArticle)).Select(m => m.Value).ToHashSet();
        var listed = DiVerbsList.Concat(MeNVerbsList).Concat(MemPerVerbsList).Concat(NotPrefixedList).ToHashSet();
        foreach (var form in DiVerbsList.Concat(MeNVerbsList).Concat(MemPerVerbsList)) Assert.Contains(form, words);
        // "menerus" only occurs inside terus-menerus, which the tokenizer keeps as one word.
        var unlisted = words.Where(w => (w.StartsWith("di") || w.StartsWith("me") || w.StartsWith("Di") || w.StartsWith("Me"))
            && w.Length > 2 && !listed.Contains(w) && w != "menerus"); // the preposition di is not a prefix
        Assert.Empty(unlisted);
    }

    [Fact]
    public void Reduplicated_terus_menerus_is_terus() => Assert.Equal("terus", fixture.Morphology.Analyze("terus-menerus").Lemma);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
