using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;

namespace Warta.Tests.Clauses;

/// <summary>How the tree corrects the tag reading: only the parts named, and never into a cycle.</summary>
public sealed class ClauseMergerTests
{
    private static Clause NewClause(int index, int predicate) =>
        new() { Index = index, Predicate = predicate, IsNominal = false, Voice = Voice.Active };

    [Fact]
    public void A_missing_subject_is_filled_from_the_tree_only_when_that_reading_is_on()
    {
        var tree = NewClause(0, 3);
        tree.Subject.Add(new Phrase(0, 2, -1));
        var off = ClauseMerger.Merge([NewClause(0, 3)], [tree], TreeReadings.Agent);
        Assert.Empty(off[0].Subject);
        var on = ClauseMerger.Merge([NewClause(0, 3)], [tree], TreeReadings.Subject);
        Assert.Equal(new Phrase(0, 2, -1), Assert.Single(on[0].Subject));
    }

    [Fact]
    public void A_subject_the_tags_found_is_kept()
    {
        var tagged = NewClause(0, 3);
        tagged.Subject.Add(new Phrase(1, 2, -1));
        var tree = NewClause(0, 3);
        tree.Subject.Add(new Phrase(0, 2, -1));
        var merged = ClauseMerger.Merge([tagged], [tree], TreeReadings.Subject);
        Assert.Equal(new Phrase(1, 2, -1), Assert.Single(merged[0].Subject));
    }

    [Fact]
    public void A_tag_subject_that_names_no_one_gives_way_to_a_tree_subject_that_does()
    {
        // "Up to 2,000 Filipinos started": the tags took "2,000" (tokens 2-3), the tree "Filipinos" (3-4), an actor.
        static bool NamesActor(Phrase p) => p.Contains(3);
        List<Clause> Merged(Phrase tagSubject, TreeReadings readings)
        {
            var tagged = NewClause(0, 4);
            tagged.Subject.Add(tagSubject);
            var tree = NewClause(0, 4);
            tree.Subject.Add(new Phrase(3, 4, -1));
            return ClauseMerger.Merge([tagged], [tree], readings, NamesActor);
        }
        Assert.Equal(new Phrase(3, 4, -1), Assert.Single(Merged(new Phrase(2, 3, -1), TreeReadings.SubjectActor)[0].Subject));
        Assert.Equal(new Phrase(2, 3, -1), Assert.Single(Merged(new Phrase(2, 3, -1), TreeReadings.Subject)[0].Subject));
        // A tag subject that names an actor stays, whatever the tree says.
        Assert.Equal(new Phrase(2, 4, -1), Assert.Single(Merged(new Phrase(2, 4, -1), TreeReadings.SubjectActor)[0].Subject));
    }

    [Fact]
    public void A_chain_is_taken_only_with_its_to_or_untuk()
    {
        Clause[] TreeChain(int opener)
        {
            var governor = NewClause(0, 1);
            var chained = NewClause(1, 3);
            chained.Opener = ClauseOpener.Chain;
            chained.OpenerToken = opener;
            chained.Governor = 0;
            chained.SubjectFrom = 0;
            return [governor, chained];
        }
        var marked = ClauseMerger.Merge([NewClause(0, 1), NewClause(1, 3)], [.. TreeChain(2)], TreeReadings.Chain);
        Assert.Equal(ClauseOpener.Chain, marked[1].Opener);
        Assert.Equal(0, marked[1].Governor);
        var bare = ClauseMerger.Merge([NewClause(0, 1), NewClause(1, 3)], [.. TreeChain(-1)], TreeReadings.Chain);
        Assert.Equal(ClauseOpener.None, bare[1].Opener);
        Assert.Equal(-1, bare[1].Governor);
    }

    [Fact]
    public void Links_that_would_come_round_to_their_own_clause_are_cut()
    {
        // The tags share clause 0's subject with clause 1; the tree chains 0 under 1, sharing 1's.
        var tagged0 = NewClause(0, 1);
        var tagged1 = NewClause(1, 3);
        tagged1.SubjectFrom = 0;
        tagged1.Subject.Add(new Phrase(4, 5, -1));
        var tree0 = NewClause(0, 1);
        tree0.Opener = ClauseOpener.Chain;
        tree0.OpenerToken = 0;
        tree0.Governor = 1;
        tree0.SubjectFrom = 1;
        var merged = ClauseMerger.Merge([tagged0, tagged1], [tree0, NewClause(1, 3)], TreeReadings.Chain);
        bool cycle = merged[0].SubjectFrom == 1 && merged[1].SubjectFrom == 0;
        Assert.False(cycle);
    }

    [Fact]
    public void Readings_that_disagree_on_the_predicates_leave_the_tag_reading_alone()
    {
        var tree = NewClause(0, 4);
        tree.Subject.Add(new Phrase(0, 2, -1));
        var merged = ClauseMerger.Merge([NewClause(0, 3)], [tree], TreeReadings.Subject);
        Assert.Empty(merged[0].Subject);
    }

    [Fact]
    public void An_unparsed_sentence_is_read_from_its_tags_alone_and_a_parsed_one_from_both()
    {
        const string text = "Russia and Ukraine resumed talks mediated by the EU.";
        var published = new DateOnly(2024, 1, 10);
        var resources = SharedCoder.Instance.Resources;
        var reader = resources.For(Language.English).Clauses;
        var unparsed = TextAnalyzer.Load(TestPaths.Data, parse: false).Analyze(text, "t", Language.English, published);
        var mentions = resources.Mentions.Find(unparsed, 0, published);
        Assert.False(reader.ReadsTree(unparsed, 0));
        Assert.Equal(new ClauseBuilder(reader.Words).Build(unparsed, 0, mentions).Select(c => c.ToString()),
            reader.Build(unparsed, 0, mentions).Select(c => c.ToString()));
        var parsed = SharedCoder.Instance.Analyzer.Analyze(text, "t", Language.English, published);
        Assert.True(reader.ReadsTree(parsed, 0));
    }
}
