using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Negation, intention, conditions and questions: what the coder says about whether an event happened.</summary>
public sealed class ModalityTests
{
    [Theory]
    [InlineData("Kazakhstan tidak mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan belum mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan tak mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Kazakhstan bukan mengecam Rusia.", "KAZ 111 RUS negated")]
    [InlineData("Russia did not attack Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia never attacked Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia refused to expel the Japanese diplomats.", "RUS 174 JPNGOV negated")]
    [InlineData("Russia failed to expel the Japanese diplomats.", "RUS 174 JPNGOV negated")]
    public void Negated_events_are_flagged_and_absent_from_asserted(string text, string expected)
    {
        var coded = Code(text);
        var e = Single(coded, expected);
        Assert.True(e.Negated);
        Assert.False(e.Hypothetical);
        Assert.DoesNotContain(e, coded.Asserted);
    }

    [Theory]
    [InlineData("Rusia akan bertemu dengan Jepang.", "RUS 036 JPN asserted")]
    [InlineData("Rusia berjanji membantu Kazakhstan.", "RUS 033 KAZ asserted")]
    [InlineData("Russia will meet Japan.", "RUS 036 JPN asserted")]
    public void Intended_cooperation_becomes_its_03x_code(string text, string expected) => Single(Code(text), expected);

    [Theory]
    [InlineData("Rusia akan mengusir diplomat Jepang.", "RUS")]
    [InlineData("Rusia berencana mengusir diplomat Jepang.", "RUS")]
    [InlineData("Russia will expel the Japanese diplomats.", "RUS")]
    public void Intended_coercion_becomes_a_13x_threat_not_the_act(string text, string source)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal(source, e.Source.Code);
        Assert.Equal("13", e.Root);
    }

    [Theory]
    [InlineData("Jika Rusia menyerang Kazakhstan, Kazakhstan akan meminta bantuan China.", "KAZ 023 CHN hypothetical")]
    public void The_consequence_of_a_condition_is_hypothetical(string text, string expected)
    {
        var coded = Code(text);
        var e = Single(coded, expected);
        Assert.True(e.Hypothetical);
        Assert.DoesNotContain(e, coded.Asserted);
    }

    [Theory]
    [InlineData("Apakah Rusia akan menyerang Kazakhstan?", "RUS")]
    [InlineData("Will Russia attack Ukraine?", "RUS")]
    public void A_question_asserts_nothing(string text, string source)
    {
        var coded = Code(text);
        var e = Assert.Single(coded.Events);
        Assert.Equal(source, e.Source.Code);
        Assert.Equal("question", e.Modality);
        Assert.Empty(coded.Asserted);
    }

    [Fact]
    public void The_modality_field_agrees_with_the_flags()
    {
        var coded = Code("Kazakhstan tidak mengecam Rusia. Jika Rusia menyerang Kazakhstan, Kazakhstan akan meminta bantuan China. Indonesia mengecam Israel.");
        Assert.All(coded.Events, e =>
        {
            Assert.Equal(e.Negated, e.Modality == "negated");
            if (e.Modality == "hypothetical") Assert.True(e.Hypothetical);
        });
        Assert.Contains(coded.Events, e => e.Modality == "asserted");
    }
}
