using Warta.Coding;
using Warta.Evaluation;

namespace Warta.Tests.Coding;

/// <summary>The seed article and its gold file: the checks the scorer makes that must never regress.</summary>
public sealed class SeedArticleCodingTests
{
    private static readonly Lazy<(GoldDocument Gold, CodedDocument Coded)> Seed = new(() =>
    {
        var gold = Assert.Single(GoldFile.Load(Path.Combine(TestPaths.Shared, "gold", "seed.json")));
        return (gold, SharedCoder.Instance.Code(gold.Document));
    });

    [Fact]
    public void No_must_not_rule_is_violated_by_an_asserted_event()
    {
        var (gold, coded) = Seed.Value;
        Assert.NotEmpty(gold.MustNot);
        var violations = gold.MustNot
            .SelectMany(rule => coded.Events.Where(EventMatching.IsAsserted).Where(e => EventMatching.Violates(e, rule))
                .Select(e => $"{rule}: {e.Source.Code} {e.Cameo} in '{e.Sentence}'"))
            .ToList();
        Assert.Empty(violations);
    }

    [Fact]
    public void The_credit_line_gives_no_event()
    {
        var (_, coded) = Seed.Value;
        Assert.DoesNotContain(coded.Events, e => e.Sentence.Contains("Artikel ini asli", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_article_gives_asserted_events_between_kazakhstan_and_russia()
    {
        var (_, coded) = Seed.Value;
        Assert.Contains(coded.Asserted, e => e.Source.Country == "KAZ" && e.Target?.Country == "RUS");
        Assert.Contains(coded.Asserted, e => e.Source.Country == "RUS" && e.Target?.Country == "KAZ");
    }
}
