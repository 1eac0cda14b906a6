using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// An event noun carried out by someone in a passive relative clause ("peluncuran rudal yang dilakukan Pyongyang"): the
/// agent of the light verb is the noun's doer (rule <c>relative-light-agent</c>). Sentences written for the test.
/// </summary>
public sealed class RelativeLightAgentTests
{
    [Theory]
    [InlineData("Jepang memanggil duta besar Korea Utara, menyusul peluncuran rudal yang dilakukan Pyongyang.", "PRK 150")]
    [InlineData("Polisi Kenya membubarkan demonstrasi yang digelar mahasiswa Universitas Nairobi.", "KENEDU 141")]
    [InlineData("Jepang memprotes latihan militer dengan amunisi tajam yang digelar Angkatan Laut Rusia di dekat Hokkaido.", "RUSMIL 150")]
    public void The_agent_of_a_light_verb_in_a_relative_clause_does_the_noun(string text, string sourceAndCode)
    {
        var coded = Code(text, lang: "id");
        var noun = Assert.Single(coded.Events, e => $"{e.Source.Code} {e.Cameo}" == sourceAndCode);
        Assert.Equal("relative-light-agent", noun.ActorRule?.Source);
    }

    [Fact]
    public void A_word_of_the_trigger_is_no_possessor_of_the_noun()
    {
        // "bantuan militer" is military aid: the aid is not the military's (DEUMIL), it is Germany's, if anyone's.
        var coded = Code("Pemerintah Jerman membahas bantuan militer untuk Niger.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code == "DEUMIL");
    }

    [Fact]
    public void Another_verb_in_the_relative_clause_names_no_doer()
    {
        // The UN condemned the attack; it did not carry it out.
        var coded = Code("Indonesia mengecam serangan udara yang dikecam PBB di Suriah.", lang: "id");
        Assert.DoesNotContain(coded.Events, e => e.Source.Code.StartsWith("IGOUNO", StringComparison.Ordinal) && e.Root == "19");
    }
}
