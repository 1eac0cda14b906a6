using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Events the coder finds because a parsed sentence's tree gives the right subject or the noun's doer.</summary>
public sealed class TreeEventTests
{
    [Theory]
    // The tags read "2,000" as the subject; the tree's nsubj that names someone is taken (tree-reading subject-actor).
    [InlineData("Up to 2,000 Filipinos started a hunger strike in Manila on Friday.", "PHL 142 PHLGOV asserted")]
    // An event noun taken by a verb that only realises it (begin, start, continue) is done by that verb's subject.
    [InlineData("Ethiopian officials started a dialogue with Eritrea on Monday.", "ETHGOV 040 ERI asserted")]
    public void The_tree_finds_who_acted(string text, string expected) => Single(Code(text, lang: "en"), expected);

    [Fact]
    public void A_realising_verb_with_no_entry_of_its_own_carries_its_nouns_event_with_its_subject()
    {
        var e = Single(Code("Ethiopian officials started a dialogue with Eritrea on Monday.", lang: "en"), "ETHGOV 040 ERI asserted");
        Assert.Equal("subject", e.ActorRule?.Source);
        Assert.Contains("dialogue", e.Rule, StringComparison.Ordinal);
    }
}
