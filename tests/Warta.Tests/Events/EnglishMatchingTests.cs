using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

public sealed class EnglishMatchingTests
{
    private const Language En = Language.English;

    [Theory]
    [InlineData("Russia condemned the attack.", "condemned", "111")]
    [InlineData("The attack was condemned by Russia.", "condemned", "111")]
    [InlineData("Police arrested three activists.", "arrested", "173")]
    [InlineData("The two ministers met in Jakarta.", "met", "040")]
    [InlineData("The president visited Moscow.", "visited", "042")]
    [InlineData("Troops attacked the village.", "attacked", "190")]
    [InlineData("The ministry rejected the proposal.", "rejected", "120")]
    [InlineData("Kazakhstan denies the report.", "denies", "016")]
    public void A_verb_matches_by_lemma(string sentence, string word, string code) =>
        Assert.Equal(code, Verb(sentence, word, En)?.Code);

    [Fact]
    public void A_phrasal_verb_wins_over_its_head()
    {
        var match = Verb("The UN called for a ceasefire in Gaza.", "called", En);
        Assert.NotNull(match);
        Assert.Equal("0256", match.Code);
        Assert.Equal(2, match.TriggerEnd - match.TriggerStart);
        Assert.Equal("041", Verb("The president called his counterpart.", "called", En)?.Code);
    }

    [Fact]
    public void Firing_at_people_is_fighting_but_firing_a_minister_is_no_event()
    {
        Assert.Equal("193", Verb("Troops fired at protesters.", "fired", En)?.Code);
        Assert.Null(Verb("He fired the minister.", "fired", En));
    }

    [Fact]
    public void Cue_words_match_plural_forms_by_lemma()
    {
        Assert.Equal("0841", Verb("The rebels released the prisoners.", "released", En)?.Code);
        // Releasing a report publishes it (010); bare "release" is cue-only, so it yields (084) only with property cues.
        Assert.Equal("010", Verb("The government released a report.", "released", En)?.Code);
        Assert.Equal("084", Verb("The port authority released the seized ships.", "released", En)?.Code);
    }

    [Fact]
    public void Signing_an_agreement_is_057()
    {
        var match = Verb("The two countries signed a trade agreement.", "signed", En);
        Assert.NotNull(match);
        Assert.Equal("057", match.Code);
        Assert.True(match.HasCue);
    }

    [Fact]
    public void Imposing_sanctions_is_163_and_imposing_a_curfew_is_1723()
    {
        Assert.Equal("163", Verb("The EU imposed sanctions on Russia.", "imposed", En)?.Code);
        Assert.Equal("1723", Verb("The army imposed a curfew on the city.", "imposed", En)?.Code);
    }

    [Theory]
    [InlineData("Russia's attack on Ukraine killed civilians.", "attack", "190")]
    [InlineData("New sanctions against Iran were announced.", "sanctions", "163")]
    [InlineData("The visit to Beijing lasted two days.", "visit", "042")]
    [InlineData("The talks with Iran resumed.", "talks", "040")]
    public void An_event_noun_matches(string sentence, string word, string code) =>
        Assert.Equal(code, Noun(sentence, word, En)?.Code);

    [Fact]
    public void Modality_words_are_recognised()
    {
        var lexicon = ShippedLexicons.English;
        var doc = Analyse("If Russia does not refuse to negotiate, it will meet Iran according to officials.", En);
        Assert.True(lexicon.Modality.IsCondition(doc, IndexOf(doc, "If")));
        Assert.True(lexicon.Modality.IsNegator(doc, IndexOf(doc, "not")));
        var refusal = lexicon.Modality.MatchRefusal(doc, IndexOf(doc, "refuse"), doc.TokenCount);
        Assert.NotNull(refusal);
        Assert.Equal("refuse", refusal.Kind);
        Assert.Equal(2, refusal.End - refusal.Start);
        Assert.Equal("future", lexicon.Modality.MatchIntent(doc, IndexOf(doc, "will"), doc.TokenCount)?.Kind);
        var speech = lexicon.Modality.MatchSpeech(doc, IndexOf(doc, "according"), doc.TokenCount);
        Assert.NotNull(speech);
        Assert.Null(speech.Code);
    }
}
