using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using static Warta.Tests.Clauses.ClauseTestKit;

namespace Warta.Tests.Clauses;

/// <summary>
/// English wire-style orders the per-code set (eval/codebook) showed the clause reading missing: a date phrase between a
/// verb and its object, and a "by" phrase that names the means of an act rather than a passive's agent.
/// </summary>
public sealed class WireOrderTests
{
    [Theory]
    [InlineData("Peru rejected on Wednesday the proposal of Chile.", "rejected", "the proposal")]
    [InlineData("Japan refused on Monday a Chinese request for talks.", "refused", "a Chinese request")]
    public void The_noun_phrase_after_a_date_is_the_object(string sentence, string verb, string objectText)
    {
        var (doc, clauses) = Build(sentence, Language.English);
        var c = Verb(doc, clauses, verb);
        Assert.Equal(Voice.Active, c.Voice);
        Assert.Contains(objectText, Texts(doc, c.Objects));
    }

    [Theory]
    [InlineData("Putin talked by phone with Erdogan.", "talked")]
    [InlineData("The troops crossed by road into Chad.", "crossed")]
    public void A_by_phrase_of_means_is_no_agent(string sentence, string verb)
    {
        var (doc, clauses) = Build(sentence, Language.English);
        var c = Verb(doc, clauses, verb);
        Assert.Empty(c.Agent);
        Assert.Equal(Voice.Active, c.Voice);
    }
}
