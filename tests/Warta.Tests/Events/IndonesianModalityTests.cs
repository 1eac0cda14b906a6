using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

public sealed class IndonesianModalityTests
{
    [Fact]
    public void Negators_intents_conditions_and_refusals_are_recognised()
    {
        var modality = ShippedLexicons.Indonesian.Modality;
        var doc = Analyse("Jika Rusia tidak menolak untuk berunding, menteri akan bertemu, menurut juru bicara.", Language.Indonesian);
        Assert.True(modality.IsCondition(doc, IndexOf(doc, "Jika")));
        Assert.True(modality.IsNegator(doc, IndexOf(doc, "tidak")));
        Assert.False(modality.IsNegator(doc, IndexOf(doc, "Rusia")));
        var refusal = modality.MatchRefusal(doc, IndexOf(doc, "menolak"), doc.TokenCount);
        Assert.NotNull(refusal);
        Assert.Equal("menolak untuk", refusal.Phrase);
        Assert.Equal("120", refusal.Code);
        Assert.Equal("future", modality.MatchIntent(doc, IndexOf(doc, "akan"), doc.TokenCount)?.Kind);
        Assert.NotNull(modality.MatchSpeech(doc, IndexOf(doc, "menurut"), doc.TokenCount));
    }

    [Fact]
    public void A_threat_marker_is_an_intent_of_kind_threat()
    {
        var doc = Analyse("Rusia mengancam akan menjatuhkan sanksi.", Language.Indonesian);
        var intent = ShippedLexicons.Indonesian.Modality.MatchIntent(doc, IndexOf(doc, "mengancam"), doc.TokenCount);
        Assert.NotNull(intent);
        Assert.Equal("threat", intent.Kind);
        Assert.Equal("mengancam akan", intent.Phrase);
    }

    [Fact]
    public void Question_cues_include_the_particle_kah_and_the_question_mark()
    {
        var modality = ShippedLexicons.Indonesian.Modality;
        var doc = Analyse("Apakah Rusia akan menyerang Kazakhstan?", Language.Indonesian);
        Assert.True(modality.IsQuestionCue(doc, IndexOf(doc, "kah")));
        Assert.True(modality.IsQuestionCue(doc, IndexOf(doc, "?")));
        Assert.False(modality.IsQuestionCue(doc, IndexOf(doc, "Rusia")));
    }
}
