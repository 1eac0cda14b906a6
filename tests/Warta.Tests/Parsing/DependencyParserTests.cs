using Warta.Conllu;
using Warta.Languages;
using Warta.Parsing;
using Warta.Text;

namespace Warta.Tests.Parsing;

public sealed class DependencyParserTests
{
    /// <summary>Hand-written sentences: form/UPOS/head/relation.</summary>
    private static readonly string[] Synthetic =
    [
        "the/DET/2/det envoy/NOUN/3/nsubj left/VERB/0/root ./PUNCT/3/punct",
        "the/DET/2/det army/NOUN/3/nsubj attacked/VERB/0/root the/DET/5/det town/NOUN/3/obj ./PUNCT/3/punct",
        "a/DET/2/det minister/NOUN/3/nsubj visited/VERB/0/root the/DET/5/det embassy/NOUN/3/obj ./PUNCT/3/punct",
        "police/NOUN/2/nsubj arrested/VERB/0/root a/DET/4/det man/NOUN/2/obj in/ADP/7/case the/DET/7/det city/NOUN/2/obl ./PUNCT/2/punct",
        "the/DET/2/det president/NOUN/3/nsubj met/VERB/0/root leaders/NOUN/3/obj and/CCONJ/6/cc diplomats/NOUN/4/conj ./PUNCT/3/punct",
        "troops/NOUN/2/nsubj fired/VERB/0/root on/ADP/4/case protesters/NOUN/2/obl ./PUNCT/2/punct",
    ];

    private static ConlluSentence Sentence(string line)
    {
        var words = line.Split(' ').Select(w => w.Split('/'))
            .Select(p => new ConlluWord(p[0], p[0], Enum.Parse<Upos>(p[1]), "_", true, false, false, int.Parse(p[2]), p[3])).ToList();
        return new ConlluSentence("synthetic", 1, null, string.Join(' ', words.Select(w => w.Form)), words);
    }

    private static Document Tagged(ConlluSentence sentence)
    {
        var doc = ConlluReader.ToDocument(sentence, Language.English);
        var rows = doc.MutableTokens;
        for (int i = 0; i < rows.Length; i++) rows[i].Pos = sentence.Words[i].Upos;
        return doc;
    }

    private static readonly Lazy<DependencyParser> Tiny = new(() =>
        ParserTraining.TrainWithGoldTags(Synthetic.Select(Sentence).ToList(), Language.English, iterations: 10));

    [Fact]
    public void A_tree_built_by_hand_is_walked_through_heads_relations_and_children()
    {
        var doc = Tagged(Sentence(Synthetic[3]));
        foreach (var (position, word) in Sentence(Synthetic[3]).Words.Select((w, i) => (i + 1, w)))
            doc.SetDependency(0, position, word.Head, word.Deprel);
        var sentence = doc.GetSentence(0);
        Assert.True(sentence.IsParsed);
        var root = sentence.Root!.Value;
        Assert.Equal("arrested", root.Form);
        Assert.Null(root.Head);
        Assert.Equal(["police", "man", "city", "."], root.Children.Select(c => c.Form));
        Assert.Equal("man", root.ChildrenWith("obj").Single().Form);
        var city = root.ChildrenWith("obl").Single();
        Assert.Equal("in", city.ChildrenWith("case").Single().Form);
        Assert.Equal("arrested", city.Head!.Value.Form);
        Assert.True(Token.RelationIs("nsubj:pass", "nsubj"));
        Assert.False(Token.RelationIs("nsubjx", "nsubj"));
        Assert.False(Token.RelationIs("nsubj", "nsubj:pass"));
    }

    [Fact]
    public void An_unparsed_sentence_has_no_root_and_no_heads()
    {
        var doc = Tagged(Sentence(Synthetic[0]));
        Assert.False(doc.GetSentence(0).IsParsed);
        Assert.Null(doc.GetSentence(0).Root);
        Assert.Null(doc[1].Head);
        Assert.Empty(doc[2].Children);
    }

    [Fact]
    public void The_parser_learns_a_tiny_corpus()
    {
        foreach (var line in Synthetic)
        {
            var gold = Sentence(line);
            var doc = Tagged(gold);
            Tiny.Value.Parse(doc, 0);
            var rows = doc.TokenRows.ToArray();
            Assert.Equal(gold.Words.Select(w => w.Head), rows.Select(r => r.Head));
            Assert.Equal(gold.Words.Select(w => w.Deprel), rows.Select(r => r.Relation));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(500)]
    public void Every_token_gets_one_head_and_the_sentence_one_root(int length)
    {
        var words = Enumerable.Range(0, length).Select(i => new ConlluWord(i % 3 == 0 ? "!" : "#", "_", i % 2 == 0 ? Upos.PUNCT : Upos.SYM,
            "_", true, false, false)).ToList();
        var doc = Tagged(new ConlluSentence("symbols", 1, null, null, words));
        Tiny.Value.Parse(doc, 0);
        AssertTree(doc.TokenRows.ToArray());
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(40, false)]
    [InlineData(500, true)]
    public void Selectional_branching_yields_a_tree_from_every_branch(int length, bool merge)
    {
        // A margin no move reaches: every uncertain step branches, up to the most branches there may be.
        var parser = Tiny.Value.With(new ParserDecoding(ParserDecoding.MaxBranches, float.MaxValue, RelationWeight: 1, merge));
        var words = Enumerable.Range(0, length).Select(i => new ConlluWord(i % 4 == 0 ? "army" : "the", "_", i % 4 == 0 ? Upos.NOUN : Upos.DET,
            "_", true, false, false)).ToList();
        var doc = Tagged(new ConlluSentence("branching", 1, null, null, words));
        parser.Parse(doc, 0);
        AssertTree(doc.TokenRows.ToArray());
    }

    [Fact]
    public void Branching_never_loses_a_parse_the_tiny_corpus_taught()
    {
        // On its training sentences the greedy parse is right and scores highest; a branch would have to outscore it.
        var parser = Tiny.Value.With(new ParserDecoding(4, float.MaxValue, RelationWeight: 0));
        foreach (var line in Synthetic)
        {
            var gold = Sentence(line);
            var doc = Tagged(gold);
            parser.Parse(doc, 0);
            Assert.Equal(gold.Words.Select(w => w.Head), doc.TokenRows.ToArray().Select(r => r.Head));
        }
    }

    [Fact]
    public void A_long_real_sentence_parses_into_a_tree()
    {
        var words = string.Join(' ', Enumerable.Repeat("the army attacked the town and police arrested a man in the city ,", 40))
            .Split(' ').Select(w => new ConlluWord(w, w, w switch
            {
                "the" or "a" => Upos.DET, "attacked" or "arrested" => Upos.VERB, "and" => Upos.CCONJ, "in" => Upos.ADP,
                "," => Upos.PUNCT, _ => Upos.NOUN,
            }, "_", true, false, false)).ToList();
        var doc = Tagged(new ConlluSentence("long", 1, null, null, words));
        Tiny.Value.Parse(doc, 0);
        AssertTree(doc.TokenRows.ToArray());
    }

    internal static void AssertTree(TokenRow[] rows)
    {
        int n = rows.Length;
        Assert.All(rows, r => Assert.NotNull(r.Relation));
        Assert.All(rows, r => Assert.InRange(r.Head, 0, n));
        Assert.Single(rows, r => r.Head == 0);
        Assert.Equal("root", rows.Single(r => r.Head == 0).Relation);
        // No cycles: from every word the heads lead to the root within n steps.
        for (int i = 1; i <= n; i++)
        {
            int node = i, steps = 0;
            while (node != 0 && steps++ <= n) node = rows[node - 1].Head;
            Assert.Equal(0, node);
        }
    }

    [Fact]
    public void Training_twice_gives_identical_model_bytes_and_the_file_round_trips()
    {
        var slice = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(120).ToList();
        var a = Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 2));
        var b = Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 2));
        Assert.Equal(a, b);
        var loaded = ParserModelFile.Read(new MemoryStream(a), "memory");
        Assert.Equal(a, Bytes(loaded));
    }

    [Fact]
    public void Training_with_branches_learns_from_more_configurations_and_stays_deterministic()
    {
        var slice = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(80).ToList();
        var plain = Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 3));
        var branched = ParserTraining.TrainWithGoldTags(slice, Language.English, 3, trainingBranches: 2);
        Assert.NotEqual(plain, Bytes(branched));
        Assert.Equal(Bytes(branched), Bytes(ParserTraining.TrainWithGoldTags(slice, Language.English, 3, trainingBranches: 2)));
        var doc = Tagged(slice[1]);
        branched.Parse(doc, 0);
        AssertTree(doc.TokenRows.ToArray());
    }

    [Fact]
    public void A_damaged_model_file_is_a_clear_error()
    {
        var bytes = Bytes(Tiny.Value);
        var e = Assert.Throws<Errors.WartaException>(() => ParserModelFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), "half.bin"));
        Assert.Equal(Errors.ErrorCodes.ModelInvalid, e.Code);
        Assert.Contains("half.bin", e.Message);
        var missing = Assert.Throws<Errors.WartaException>(() => DependencyParser.Load("/nonexistent/parser.bin"));
        Assert.Equal(Errors.ErrorCodes.ModelMissing, missing.Code);
    }

    [Fact]
    public void A_model_of_a_format_this_build_cannot_read_is_refused_with_a_reason()
    {
        var bytes = Bytes(Tiny.Value);
        BitConverter.GetBytes((ushort)5).CopyTo(bytes, 4);
        var e = Assert.Throws<Errors.WartaException>(() => ParserModelFile.Read(new MemoryStream(bytes), "future.bin"));
        Assert.Equal(Errors.ErrorCodes.ModelInvalid, e.Code);
        Assert.Contains("future.bin", e.Message);
        Assert.Contains("version 5", e.Message);
        Assert.Contains("train parser", e.Message);
    }

    [Theory]
    [InlineData(ParserFeatureSet.Base)]
    [InlineData(ParserFeatureSet.All)]
    public void The_feature_set_is_stored_in_the_model_and_used_after_loading(ParserFeatureSet features)
    {
        var slice = ConlluReader.Read(Path.Combine(TestPaths.Ud, "en", "en_pud-ud-test.conllu")).Take(60).ToList();
        var parser = ParserTraining.TrainWithGoldTags(slice, Language.English, 2, features: features);
        var loaded = ParserModelFile.Read(new MemoryStream(Bytes(parser)), "memory");
        Assert.Equal(features, loaded.Metadata.Features);
        var doc = Tagged(slice[0]);
        parser.Parse(doc, 0);
        var heads = doc.TokenRows.ToArray().Select(r => (r.Head, r.Relation)).ToList();
        loaded.Parse(doc, 0);
        Assert.Equal(heads, doc.TokenRows.ToArray().Select(r => (r.Head, r.Relation)).ToList());
    }

    [Theory]
    [InlineData("Polisi menangkap dua tersangka di Jakarta.", "menangkap", "Polisi", "tersangka")]
    [InlineData("The army attacked the rebels near the border on Monday.", "attacked", "army", "rebels")]
    public void The_shipped_parsers_load_and_find_the_subject_and_object(string text, string verb, string subject, string obj)
    {
        var sentence = SharedAnalyzer.Instance.Analyze(text).Sentences.Single();
        Assert.True(sentence.IsParsed);
        var root = sentence.Root!.Value;
        Assert.Equal(verb, root.Form);
        Assert.Equal(subject, root.ChildrenWith("nsubj").Single().Form);
        Assert.Equal(obj, root.ChildrenWith("obj").Single().Form);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Parsing_allocates_nothing_per_token_after_warm_up(int branches)
    {
        var doc = Tagged(Sentence(Synthetic[3]));
        var parser = Tiny.Value.With(new ParserDecoding(branches, float.MaxValue, RelationWeight: 16, Merge: true));
        for (int i = 0; i < 3; i++) parser.Parse(doc, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) parser.Parse(doc, 0);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] Bytes(DependencyParser parser)
    {
        var stream = new MemoryStream();
        parser.Save(stream);
        return stream.ToArray();
    }
}
