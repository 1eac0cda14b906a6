using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using static Warta.Tests.Clauses.ClauseTestKit;
using static Warta.Tests.Clauses.TreeKit;

namespace Warta.Tests.Clauses;

/// <summary>An event noun's clause read from its dependents in a tree written by hand, in both languages.</summary>
public sealed class TreeNominalReaderTests
{
    [Fact]
    public void English_possessor_is_the_subject_and_the_of_phrase_an_oblique()
    {
        var (doc, c) = ReadNominal("Chile/PROPN/2/nmod:poss expulsion/NOUN/7/nsubj:pass of/ADP/5/case three/NUM/5/nummod diplomats/NOUN/2/nmod was/AUX/7/aux:pass announced/VERB/0/root ./PUNCT/7/punct",
            Language.English, "expulsion");
        Assert.True(c.IsNominal);
        Assert.Equal("Chile", Texts(doc, c.Subject));
        Assert.Equal("three diplomats", Texts(doc, c.Obliques));
        Assert.Equal("of", Word(doc, c.Obliques[0].Preposition));
        Assert.Empty(c.Agent);
    }

    [Fact]
    public void English_by_phrase_is_the_agent_and_a_between_phrase_gives_each_conjunct()
    {
        var (doc, c) = ReadNominal("The/DET/2/det expulsion/NOUN/0/root of/ADP/5/case two/NUM/5/nummod envoys/NOUN/2/nmod by/ADP/7/case Peru/PROPN/2/nmod ./PUNCT/2/punct",
            Language.English, "expulsion");
        Assert.Equal("Peru", Texts(doc, c.Agent));
        Assert.Equal("two envoys", Texts(doc, c.Obliques));

        var (doc2, talks) = ReadNominal("Talks/NOUN/0/root between/ADP/3/case Chile/PROPN/1/nmod and/CCONJ/5/cc Peru/PROPN/3/conj ./PUNCT/1/punct",
            Language.English, "Talks");
        Assert.Equal("Chile | Peru", Texts(doc2, talks.Obliques));
        Assert.All(talks.Obliques, o => Assert.Equal("between", Word(doc2, o.Preposition)));
    }

    [Fact]
    public void Indonesian_bare_actor_after_the_noun_and_its_modifiers_is_the_possessor()
    {
        var (doc, c) = ReadNominal("kunjungan/NOUN/0/root kenegaraan/NOUN/1/compound Presiden/PROPN/1/nmod Chile/PROPN/3/flat ke/ADP/6/case Peru/PROPN/1/nmod ./PUNCT/1/punct",
            Language.Indonesian, "kunjungan");
        Assert.Equal("Presiden Chile", Texts(doc, c.Subject));
        Assert.Equal("Peru", Texts(doc, c.Obliques));
        Assert.Equal("ke", Word(doc, c.Obliques[0].Preposition));
    }

    [Fact]
    public void Indonesian_oleh_phrase_is_the_agent_and_the_bare_phrase_after_the_noun_its_possessor()
    {
        // (The coder reads a peN-…-an noun's possessor as its patient: the diplomats are expelled.)
        var (doc, c) = ReadNominal("pengusiran/NOUN/0/root tiga/NUM/3/nummod diplomat/NOUN/1/nmod oleh/ADP/5/case Peru/PROPN/1/nmod ./PUNCT/1/punct",
            Language.Indonesian, "pengusiran");
        Assert.Equal("Peru", Texts(doc, c.Agent));
        Assert.Equal("tiga diplomat", Texts(doc, c.Subject));
        Assert.Empty(c.Objects);

        // A bare phrase that names no one stays an object.
        var (doc2, visit) = ReadNominal("kunjungan/NOUN/0/root kerja/NOUN/1/nmod ke/ADP/4/case Peru/PROPN/1/nmod ./PUNCT/1/punct",
            Language.Indonesian, "kunjungan");
        Assert.Empty(visit.Subject);
        Assert.Equal("kerja", Texts(doc2, visit.Objects));
    }

    [Fact]
    public void The_tree_fills_what_the_tags_left_empty_and_takes_a_possessor_read_as_an_object()
    {
        var tagged = new Clause { Index = 0, Predicate = 0, IsNominal = true, Voice = Voice.None, Start = 0, End = 4 };
        tagged.Objects.Add(new Phrase(2, 4, -1));
        tagged.Obliques.Add(new Phrase(5, 6, 4));
        var fromTree = new Clause { Index = 0, Predicate = 0, IsNominal = true, Voice = Voice.None, Start = 0, End = 8 };
        fromTree.Subject.Add(new Phrase(2, 4, -1));
        fromTree.Obliques.Add(new Phrase(5, 6, 4));
        fromTree.Agent.Add(new Phrase(7, 8, 6));
        var merged = TreeNominalReader.Fill(tagged, fromTree);
        Assert.Equal([new Phrase(2, 4, -1)], merged.Subject);
        Assert.Empty(merged.Objects);
        Assert.Equal([new Phrase(5, 6, 4)], merged.Obliques);
        Assert.Equal([new Phrase(7, 8, 6)], merged.Agent);
        Assert.Equal(8, merged.End);
    }
}
