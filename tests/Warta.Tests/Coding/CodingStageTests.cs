using Warta.Coding;
using Warta.Coding.Stages;
using Warta.Conllu;
using Warta.Evaluation;
using Warta.Languages;
using Warta.Morphology;
using Warta.Morphology.English;
using Warta.Pipelines;
using Warta.Text;

namespace Warta.Tests.Coding;

/// <summary>The coder's stage registry (Coding/Stages/CodingStages.cs) and what the stages record for <c>explain</c>.</summary>
public sealed class CodingStageTests
{
    [Fact]
    public void Every_stage_requirement_is_assigned_by_an_earlier_stage_or_the_analysis()
    {
        CodingStages.Check(CodingStages.Infos, CodingStages.Analysed);
        Assert.Equal(CodingStages.Infos.Count, CodingStages.Infos.Select(i => i.Name).Distinct().Count());
        Assert.All(CodingStages.Infos, i => Assert.NotEmpty(i.Assigns));
    }

    [Fact]
    public void A_stage_moved_before_what_it_needs_is_refused_with_its_name()
    {
        var infos = CodingStages.Infos.ToList();
        int targets = infos.FindIndex(i => i.Name == "targets");
        int modality = infos.FindIndex(i => i.Name == "modality");
        (infos[targets], infos[modality]) = (infos[modality], infos[targets]);
        var error = Assert.Throws<InvalidOperationException>(() => CodingStages.Check(infos, CodingStages.Analysed));
        Assert.Contains("'targets'", error.Message);
        Assert.Contains(CodingAttributes.Modality, error.Message);
    }

    [Fact]
    public void The_coding_doc_lists_every_stage_in_registry_order()
    {
        var doc = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "docs", "coding.md"));
        int start = Array.FindIndex(doc, l => l.StartsWith("## Stages", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/coding.md has no '## Stages' section");
        var listed = doc.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s*\d+\.\s+`([a-z-]+)`"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(CodingStages.Infos.Select(i => i.Name), listed);
    }

    [Fact]
    public void The_record_of_every_dev_document_holds_exactly_the_events_code_writes()
    {
        var gold = GoldFile.Load(Path.Combine(TestPaths.RepoRoot, "eval", "dev", "dev-gold.json"));
        foreach (var g in gold)
        {
            var coded = SharedCoder.Instance.Code(g.Document);
            var (again, record) = SharedCoder.Instance.CodeWithRecord(g.Document);
            Assert.Equal(coded.Events, again.Events);
            Assert.Equal(coded.Events, record.Sentences.Where(s => s is not null).SelectMany(s => s!.Events));
            var explained = new StringWriter();
            new Explainer(SharedCoder.Instance).Explain(g.Document, explained);
            var eventLines = explained.ToString().Split('\n').Count(l => l.Contains("  rule ", StringComparison.Ordinal) && l.Contains(" evidence \"", StringComparison.Ordinal));
            Assert.Equal(coded.Events.Count, eventLines);
        }
    }

    [Fact]
    public void Explain_prints_the_dates_the_run_read_against_the_previous_sentence()
    {
        // "sehari kemudian" is a day after the previous sentence's date: found again with no anchor it would be a day
        // after the published date.
        var document = new NewsDocument("d", "Rusia menyerang Ukraina pada 4 Oktober 2022. Sehari kemudian, Ukraina mengecam Rusia.",
            new DateOnly(2022, 10, 20));
        var (coded, record) = SharedCoder.Instance.CodeWithRecord(document);
        var dates = record.Sentences[1]!.Dates;
        Assert.Contains(dates, d => d.Date == new DateOnly(2022, 10, 5));
        var output = new StringWriter();
        new Explainer(SharedCoder.Instance).Explain(document, output);
        Assert.Contains("→ 2022-10-05", output.ToString());
        Assert.DoesNotContain("→ 2022-10-21", output.ToString());
        Assert.Contains(coded.Events, e => e.SentenceIndex == 1 && e.Date == new DateOnly(2022, 10, 5));
    }

    [Fact]
    public void A_dateline_is_recorded_as_where_the_story_is_from_and_not_coded()
    {
        var (_, record) = SharedCoder.Instance.CodeWithRecord(new NewsDocument("d", "JAKARTA - Polisi menangkap dua mahasiswa.", new DateOnly(2024, 3, 12)));
        Assert.True(record.Sentences[0]!.IsDateline);
        Assert.Contains(record.Sentences[0]!.Mentions, m => m.Actor.Code == "IDN");
        Assert.Equal("IDN", record.HomeCountry);
        Assert.Contains(record.Sentences[1]!.Matches, m => m.Rule.Contains("menangkap"));
    }

    [Fact]
    public void The_stages_code_a_hand_built_document_with_fixed_tags()
    {
        var (events, record) = CodeHandBuilt(("Russia", Upos.PROPN), ("expelled", Upos.VERB), ("two", Upos.NUM), ("Japanese", Upos.ADJ),
            ("diplomats", Upos.NOUN), (".", Upos.PUNCT));
        var sentence = record.Sentences[0]!;
        Assert.Contains(sentence.Mentions, m => m.Actor.Code == "RUS");
        var clause = Assert.Single(sentence.Clauses);
        Assert.Equal(1, clause.Predicate);
        Assert.Equal(["RUS"], sentence.Subjects[0]);
        Assert.Contains("expel", Assert.Single(sentence.Matches).Rule);
        var e = Assert.Single(events);
        Assert.Equal("RUS 174 JPNGOV asserted", CodingTestKit.Describe(e));
        Assert.Equal(new EventActorRule("subject", "named-target"), e.ActorRule);
        Assert.Equal(events, sentence.Events);

        // The same words with the verb tagged as a noun: the clause stage reads the tags it is given, so no verb clause.
        var (asNoun, nounRecord) = CodeHandBuilt(("Russia", Upos.PROPN), ("expelled", Upos.NOUN), ("two", Upos.NUM), ("Japanese", Upos.ADJ),
            ("diplomats", Upos.NOUN), (".", Upos.PUNCT));
        Assert.Empty(nounRecord.Sentences[0]!.Clauses);
        Assert.Empty(asNoun);
    }

    [Fact]
    public void The_stages_code_a_reported_clause_of_a_hand_built_tree_with_its_own_subject()
    {
        // "said" governs "arrested" only in the tree (ccomp, no "that"): the arrest is Chile's police's, and Peru's
        // speech verb, whose reported event was coded, is no bare statement.
        var (events, record) = CodeHandBuilt([("Peru", Upos.PROPN), ("said", Upos.VERB), ("Chilean", Upos.ADJ), ("police", Upos.NOUN),
            ("arrested", Upos.VERB), ("two", Upos.NUM), ("Peruvian", Upos.ADJ), ("activists", Upos.NOUN), (".", Upos.PUNCT)],
            [(2, "nsubj"), (0, "root"), (4, "amod"), (5, "nsubj"), (2, "ccomp"), (8, "nummod"), (8, "amod"), (5, "obj"), (2, "punct")]);
        var sentence = record.Sentences[0]!;
        Assert.Equal(2, sentence.Clauses.Count);
        var e = Assert.Single(events);
        Assert.Equal("CHLCOP 173 PEROPP asserted", CodingTestKit.Describe(e));
        Assert.Equal("subject", e.ActorRule?.Source);
    }

    [Theory]
    [InlineData("parataxis")]
    [InlineData("conj")]
    public void An_attribution_after_the_act_reports_it_however_the_tree_hangs_it(string relation)
    {
        // "Chile expelled two Peruvian diplomats, the Peruvian ministry said on Thursday.": "said" hangs on the act, not
        // above it; the expulsion is what the ministry said, so no bare statement is coded beside it, and the act is dated
        // by the report (the day before it).
        var (events, _) = CodeHandBuilt([("Chile", Upos.PROPN), ("expelled", Upos.VERB), ("two", Upos.NUM), ("Peruvian", Upos.ADJ),
            ("diplomats", Upos.NOUN), (",", Upos.PUNCT), ("the", Upos.DET), ("Peruvian", Upos.ADJ), ("ministry", Upos.NOUN),
            ("said", Upos.VERB), ("on", Upos.ADP), ("Thursday", Upos.PROPN), (".", Upos.PUNCT)],
            [(2, "nsubj"), (0, "root"), (5, "nummod"), (5, "amod"), (2, "obj"), (10, "punct"), (9, "det"), (9, "amod"),
             (10, "nsubj"), (2, relation), (12, "case"), (10, "obl"), (2, "punct")]);
        var e = Assert.Single(events);
        Assert.Equal(("CHL 174 PERGOV asserted", DateRule.BeforeReport), (CodingTestKit.Describe(e), e.DateRule!.Value));
    }

    [Fact]
    public void A_coordinated_speech_verb_with_its_own_complement_reports_that_instead()
    {
        // "Chile expelled two Peruvian diplomats and Peru said it would respond.": the second verb says something of its
        // own (a ccomp, and "and"), so it does not report the expulsion.
        var (events, _) = CodeHandBuilt([("Chile", Upos.PROPN), ("expelled", Upos.VERB), ("two", Upos.NUM), ("Peruvian", Upos.ADJ),
            ("diplomats", Upos.NOUN), ("and", Upos.CCONJ), ("Peru", Upos.PROPN), ("said", Upos.VERB), ("it", Upos.PRON),
            ("would", Upos.AUX), ("respond", Upos.VERB), (".", Upos.PUNCT)],
            [(2, "nsubj"), (0, "root"), (5, "nummod"), (5, "amod"), (2, "obj"), (8, "cc"), (8, "nsubj"), (2, "conj"),
             (11, "nsubj"), (11, "aux"), (8, "ccomp"), (2, "punct")]);
        Assert.Contains(events, e => CodingTestKit.Describe(e) == "CHL 174 PERGOV asserted");
        Assert.Contains(events, e => e.Source.Code == "PER" && e.Root == "01");
    }

    [Fact]
    public void The_stages_read_a_between_phrase_of_a_hand_built_tree()
    {
        var (events, _) = CodeHandBuilt([("Talks", Upos.NOUN), ("between", Upos.ADP), ("Chile", Upos.PROPN), ("and", Upos.CCONJ),
            ("Peru", Upos.PROPN), ("resumed", Upos.VERB), (".", Upos.PUNCT)],
            [(6, "nsubj"), (3, "case"), (1, "nmod"), (5, "cc"), (3, "conj"), (0, "root"), (6, "punct")]);
        Assert.Equal(["CHL 040 PER asserted", "PER 040 CHL asserted"], events.Select(CodingTestKit.Describe).Order(StringComparer.Ordinal));
    }

    private static (List<EventRecord> Events, CodingRecord Record) CodeHandBuilt(params (string Form, Upos Pos)[] words) => CodeHandBuilt(words, null);

    /// <summary>
    /// A one-sentence English document whose tokens and tags are given, with morphology and voice from the pack, and,
    /// when <paramref name="tree"/> is given, its dependency tree (each word's 1-based head, 0 for the root, and relation).
    /// </summary>
    private static (List<EventRecord> Events, CodingRecord Record) CodeHandBuilt((string Form, Upos Pos)[] words, (int Head, string Relation)[]? tree)
    {
        var conllu = string.Concat(words.Select((w, i) => $"{i + 1}\t{w.Form}\t_\t{w.Pos}\t_\t_\t0\t_\t_\t{(i + 1 < words.Length && words[i + 1].Pos != Upos.PUNCT ? "_" : "SpaceAfter=No")}\n")) + "\n";
        var sentence = ConlluReader.Read(new StringReader(conllu), "hand-built").Single();
        var doc = ConlluReader.ToDocument(sentence, Language.English);
        new MorphologyStage(SharedCoder.Instance.Analyzer.Packs).Run(doc);
        var tokens = doc.MutableTokens;
        for (int t = 0; t < tokens.Length; t++) tokens[t].Pos = words[t].Pos;
        new TaggedLemmaStage().Run(doc);
        if (tree is not null)
            for (int w = 0; w < tree.Length; w++) doc.SetDependency(0, w + 1, tree[w].Head, tree[w].Relation);
        new EnglishVoiceStage().Run(doc);
        var coder = new DocumentCoder(SharedCoder.Instance.Resources, new NewsDocument("hand-built", doc.Text, new DateOnly(2024, 1, 10)), doc, trace: []);
        var events = coder.Run();
        return (events, coder.Record);
    }
}
