using Warta.Conllu;
using Warta.Languages;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Tests.Parsing;

/// <summary>Joint labelled transitions (one model scoring shift, left-rel and right-rel; docs/parser.md, twelfth round).</summary>
public sealed class JointTransitionTests
{
    /// <summary>Hand-written sentences: form/UPOS/head/relation. The same shapes take different relations, so the labels
    /// must come from the words.</summary>
    private static readonly string[] Lines =
    [
        "rebels/NOUN/2/nsubj seized/VERB/0/root the/DET/4/det port/NOUN/2/obj ./PUNCT/2/punct",
        "the/DET/2/det port/NOUN/4/nsubj:pass was/AUX/4/aux:pass seized/VERB/0/root by/ADP/6/case rebels/NOUN/4/obl:agent ./PUNCT/4/punct",
        "the/DET/2/det mayor/NOUN/3/nsubj thanked/VERB/0/root the/DET/5/det police/NOUN/3/obj on/ADP/7/case monday/PROPN/3/obl ./PUNCT/3/punct",
        "officials/NOUN/2/nsubj said/VERB/0/root troops/NOUN/4/nsubj withdrew/VERB/2/ccomp ./PUNCT/2/punct",
        "the/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root and/CCONJ/6/cc leaders/NOUN/6/nsubj left/VERB/3/conj ./PUNCT/3/punct",
    ];

    private static ConlluSentence Sentence(string line)
    {
        var words = line.Split(' ').Select(w => w.Split('/'))
            .Select(p => new ConlluWord(p[0], p[0], Enum.Parse<Upos>(p[1]), "_", true, false, false, int.Parse(p[2]), p[3])).ToList();
        return new ConlluSentence("joint", 1, null, string.Join(' ', words.Select(w => w.Form)), words);
    }

    private static Document Tagged(ConlluSentence sentence)
    {
        var doc = ConlluReader.ToDocument(sentence, Language.English);
        var rows = doc.MutableTokens;
        for (int i = 0; i < rows.Length; i++) rows[i].Pos = sentence.Words[i].Upos;
        return doc;
    }

    private static readonly Lazy<DependencyParser> Joint = new(() =>
        ParserTraining.TrainWithGoldTags(Lines.Select(Sentence).ToList(), Language.English, iterations: 10, joint: true));

    private static byte[] Bytes(DependencyParser parser)
    {
        var stream = new MemoryStream();
        parser.Save(stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_joint_parser_learns_heads_and_relations_of_a_tiny_corpus(int relations)
    {
        var parser = Joint.Value.With((JointRelations)relations);
        Assert.NotNull(parser.Joint);
        foreach (var line in Lines)
        {
            var gold = Sentence(line);
            var doc = Tagged(gold);
            parser.Parse(doc, 0);
            var rows = doc.TokenRows.ToArray();
            Assert.Equal(gold.Words.Select(w => w.Head), rows.Select(r => r.Head));
            Assert.Equal(gold.Words.Select(w => w.Deprel), rows.Select(r => r.Relation));
        }
    }

    [Fact]
    public void A_joint_model_is_written_as_version_4_deterministically_and_reads_back_with_the_same_parses()
    {
        var slice = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(80).ToList();
        var parser = ParserTraining.TrainWithGoldTags(slice, Language.English, 2, joint: true).With(JointRelations.Sum);
        var bytes = Bytes(parser);
        Assert.Equal(4, BitConverter.ToUInt16(bytes, 4));
        Assert.Equal(bytes, Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 2, joint: true).With(JointRelations.Sum)));
        var loaded = ParserModelFile.Read(new MemoryStream(bytes), "memory");
        Assert.Equal(JointRelations.Sum, loaded.Relations);
        Assert.Equal(bytes, Bytes(loaded));
        foreach (var sentence in slice.Take(10))
        {
            var doc = Tagged(sentence);
            parser.Parse(doc, 0);
            var parsed = doc.TokenRows.ToArray().Select(r => (r.Head, r.Relation)).ToList();
            loaded.Parse(doc, 0);
            Assert.Equal(parsed, doc.TokenRows.ToArray().Select(r => (r.Head, r.Relation)).ToList());
        }
        // A parser without joint transitions is still written as version 3, byte for byte as before.
        Assert.Equal(3, BitConverter.ToUInt16(Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 1)), 4));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    public void Joint_decoding_with_branches_yields_a_tree(int relations, int length)
    {
        var parser = Joint.Value.With((JointRelations)relations).With(new ParserDecoding(ParserDecoding.MaxBranches, float.MaxValue, RelationWeight: 1, Merge: true));
        var words = Enumerable.Range(0, length).Select(i => new ConlluWord(i % 4 == 0 ? "rebels" : "the", "_", i % 4 == 0 ? Upos.NOUN : Upos.DET,
            "_", true, false, false)).ToList();
        var doc = Tagged(new ConlluSentence("branching", 1, null, null, words));
        parser.Parse(doc, 0);
        DependencyParserTests.AssertTree(doc.TokenRows.ToArray());
    }

    [Fact]
    public void Joint_parsing_allocates_nothing_per_token_after_warm_up()
    {
        var doc = Tagged(Sentence(Lines[2]));
        var parser = Joint.Value.With(JointRelations.Sum).With(new ParserDecoding(2, 20, RelationWeight: 16, Merge: true));
        for (int i = 0; i < 3; i++) parser.Parse(doc, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) parser.Parse(doc, 0);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
