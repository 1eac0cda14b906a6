using Warta.Coding;
using Warta.Languages;

namespace Warta.Tests.Coding;

/// <summary>
/// The coder with parsing on: a verb pattern that matched a word refines a predicate entry without a cue, and the event's
/// rule names the pattern. Depends on the shipped English parser giving "appealed for … dollars" its oblique.
/// </summary>
public sealed class VerbPatternCodingTests
{
    private static readonly Lazy<EventCoder> Parsing = new(() => EventCoder.Load(TestPaths.Data, parse: true));
    private static readonly Lazy<EventCoder> TagsOnly = new(() => EventCoder.Load(TestPaths.Data, parse: false));

    private static readonly NewsDocument Appeal = new("p", "The United Nations appealed for 50 million dollars to help Afghan refugees.",
        new DateOnly(2024, 1, 10), Language.English);

    [Fact]
    public void With_parsing_on_a_pattern_refines_the_predicate_match_and_the_rule_names_it()
    {
        var parsed = Parsing.Value.Code(Appeal).Events.Where(e => e.Rule.Contains(":pattern:", StringComparison.Ordinal)).ToList();
        var appeal = Assert.Single(parsed);
        Assert.StartsWith("en:pattern:APPEAL#", appeal.Rule);
        Assert.Equal("IGOUNO", appeal.Source.Code);
        Assert.StartsWith("023", appeal.Cameo);   // appeal for (economic) aid, not the bare appeal (020)
        // Without parsing the same sentence is coded from the predicate lexicon alone.
        Assert.DoesNotContain(TagsOnly.Value.Code(Appeal).Events, e => e.Rule.Contains(":pattern:", StringComparison.Ordinal));
    }
}
