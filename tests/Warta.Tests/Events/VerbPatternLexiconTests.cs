using Warta.Data;
using Warta.Errors;
using Warta.Events;
using Warta.Events.Patterns;
using Warta.Languages;

namespace Warta.Tests.Events;

/// <summary>The verb-pattern files (data/&lt;lang&gt;/events/verb-patterns/) and their loader: format, index, checks.</summary>
public sealed class VerbPatternLexiconTests : IDisposable
{
    private static readonly Lazy<VerbPatternLexicon> ShippedEnglish = new(() => Load(Language.English));
    private static readonly Lazy<VerbPatternLexicon> ShippedIndonesian = new(() => Load(Language.Indonesian));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-patterns-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static VerbPatternLexicon Load(Language language, IEnumerable<string>? folders = null) =>
        VerbPatternLexicon.Load(TestPaths.DataDirectory, language, SharedAnalyzer.Instance.Packs[language].Morphology, folders);

    private void Write(string lang, string file, params string[] lines)
    {
        var dir = Path.Combine(_folder, lang, "events", VerbPatternFiles.Folder);
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, file), lines);
    }

    [Fact]
    public void The_whole_PETRARCH_dictionary_is_shipped_and_indexed_by_lemma()
    {
        var en = ShippedEnglish.Value;
        Assert.True(en.Verbs.Count >= 1700, $"{en.Verbs.Count} verbs");
        Assert.True(en.Patterns.Count >= 4000, $"{en.Patterns.Count} patterns");
        Assert.True(en.SynsetNames.Count >= 35, $"{en.SynsetNames.Count} sets");
        var rush = Assert.Single(en.VerbsOf("rush"));
        Assert.Equal("ACCELERATE", rush.Class);
        Assert.Null(rush.Code);   // the block codes nothing by itself: only its patterns do
        var aid = Assert.Single(en.PatternsOf("ACCELERATE"), p => p.Elements.Count == 1 && p.Elements[0].Options[0].Filler.Head.SequenceEqual(["aid"]));
        Assert.Equal("070", aid.Code);
        Assert.Contains("CAMEO.2.0.txt:", aid.Origin);
        // A multi-word verb keeps its particle as a dependency element.
        var callOff = Assert.Single(en.VerbsOf("call"), v => v.Class == "CANCEL");
        Assert.Equal("compound:prt=off", Assert.Single(callOff.Elements).ToString());
        Assert.Equal("160", callOff.Code);
    }

    [Fact]
    public void Paired_codes_become_a_forward_and_a_reverse_event()
    {
        var to = Assert.Single(ShippedEnglish.Value.PatternsOf("ACCELERATE"), p => p.ReverseCode is not null && p.Elements[0].Options[0].Path[0].Relations.Contains("obl"));
        Assert.Equal("042", to.Code);
        Assert.Equal("043", to.ReverseCode);
        var step = to.Elements[0].Options[0].Path[0];
        Assert.Equal(["obl"], step.Relations);
        Assert.Equal(["to"], step.Cases);
        Assert.Equal(FillerKind.Any, to.Elements[0].Options[0].Filler.Kind);
    }

    [Fact]
    public void Elements_parse_into_paths_fillers_and_alternatives()
    {
        Write("en", VerbPatternFiles.SynsetsFile, "&TEST_ARMY\tarmed force", "&TEST_ARMY\ttroop");
        Write("en", VerbPatternFiles.VerbsFile, "TEST_SEND\tsend\t-\t---", "TEST_SEND\tship\t-\t---", "TEST_SEND\tcall\tcompound:prt=off || obl[off]=<any>\t160");
        Write("en", VerbPatternFiles.PatternsFile,
            "TEST_SEND\t154\t-\tobj=&TEST_ARMY ; ~obl[to]=<target>",
            "TEST_SEND\t070\t-\tobj=humanitarian|medical aid",
            "TEST_SEND\t---\t-\tobj=&TEST_ARMY ; obj/nmod:poss|amod=<source> ; obl[to|into]=parade");
        var lexicon = Load(Language.English, [_folder]);
        var send = lexicon.PatternsOf("TEST_SEND");
        Assert.Equal(3, send.Length);
        Assert.Equal(3, send[0].Elements.Count);            // most specific first
        Assert.True(send[0].CodesNothing);
        var possessor = send[0].Elements[1].Options[0];
        Assert.Equal(["obj"], possessor.Path[0].Relations);
        Assert.Equal(["nmod:poss", "amod"], possessor.Path[1].Relations);
        Assert.Equal(FillerKind.Source, possessor.Filler.Kind);
        Assert.Equal(["to", "into"], send[0].Elements[2].Options[0].Path[0].Cases);
        var troops = send.Single(p => p.Code == "154");
        Assert.True(troops.Elements[1].Options[0].OrOnPreviousNominal);
        Assert.Equal(["armed force", "troop"], lexicon.Synset("&TEST_ARMY").ToArray());
        Assert.Equal(["force", "troop"], lexicon.HeadWords("&TEST_ARMY").ToArray());
        var aid = send.Single(p => p.Code == "070").Elements[0].Options[0].Filler;
        Assert.Equal(["aid"], aid.Head);
        Assert.Equal(["humanitarian", "medical"], Assert.Single(aid.Modifiers));
        var callOff = Assert.Single(lexicon.VerbsOf("call"), v => v.Class == "TEST_SEND");
        Assert.Equal(2, Assert.Single(callOff.Elements).Options.Count);
        Assert.Equal("compound:prt=off || obl[off]=<any>", callOff.Elements[0].ToString());
    }

    [Fact]
    public void English_tokens_find_their_verbs_by_lemma()
    {
        var doc = LexiconProbe.Analyse("Russia rushed aid to Syria.", Language.English);
        var token = Enumerable.Range(0, doc.TokenCount).Select(i => doc[i]).Single(t => t.Form == "rushed");
        Assert.Contains(ShippedEnglish.Value.VerbsFor(token), v => v.Class == "ACCELERATE");
    }

    [Theory]
    [InlineData("Presiden menyerukan perdamaian kepada kedua pihak.", "menyerukan", "027")]
    [InlineData("Jepang menawarkan kerja sama kepada Vietnam.", "menawarkan", "031")]
    [InlineData("Pemerintah menjanjikan reformasi tahun depan.", "menjanjikan", "034")]
    [InlineData("Kedua kubu bersedia berdamai.", "bersedia", "037")]
    [InlineData("Junta bersedia menerima mediasi ASEAN.", "bersedia", "038")]
    [InlineData("Serikat buruh menghentikan aksi mogok pada Senin.", "menghentikan", "082")]
    [InlineData("Amerika Serikat mengancam menarik diri dari perjanjian itu.", "mengancam", "136")]
    [InlineData("Ribuan mahasiswa berpawai di Jakarta.", "berpawai", "140")]
    public void The_Indonesian_predicates_cover_the_codes_that_had_none(string sentence, string verb, string code) =>
        Assert.Equal(code, LexiconProbe.Verb(sentence, verb, Language.Indonesian)?.Code);

    [Fact]
    public void Indonesian_tokens_find_their_verbs_in_any_voice()
    {
        var doc = LexiconProbe.Analyse("Perdamaian diserukan oleh Sekjen PBB.", Language.Indonesian);
        var token = doc[LexiconProbe.IndexOf(doc, "diserukan")];
        var verb = Assert.Single(ShippedIndonesian.Value.VerbsFor(token));
        Assert.Equal("menyerukan", verb.Lemma);
        var appeal = ShippedIndonesian.Value.PatternsOf(verb.Class);
        var settle = Assert.Single(appeal, p => p.Elements.Count == 1 && p.Elements[0].Options[0].Filler.Head.SequenceEqual(["&DAMAI"]));
        Assert.Equal("027", settle.Code);
        // Indonesian phrases put the head first: "penyelesaian damai" is headed by penyelesaian.
        Assert.Contains("penyelesaian", ShippedIndonesian.Value.HeadWords("&DAMAI"));
        Assert.DoesNotContain("damai", ShippedIndonesian.Value.HeadWords("&DAMAI"));
    }

    [Fact]
    public void Every_three_digit_code_of_PETRARCH_has_Indonesian_predicates()
    {
        var codebook = CameoCodebook.Load(TestPaths.DataDirectory);
        var en = ShippedEnglish.Value;
        var petrarch = en.Patterns.SelectMany(p => new[] { p.Code, p.ReverseCode }).Concat(en.Verbs.Select(v => v.Code))
            .OfType<string>().Select(c => c[..3]).ToHashSet();
        var id = ShippedIndonesian.Value;
        var indonesian = ShippedLexicons.Indonesian.Entries.Select(e => e.Code)
            .Concat(id.Patterns.SelectMany(p => new[] { p.Code, p.ReverseCode })).Concat(id.Verbs.Select(v => v.Code))
            .OfType<string>().Select(c => c[..3]).ToHashSet();
        Assert.True(petrarch.Count >= 130, $"{petrarch.Count} codes");
        Assert.All(petrarch, code => Assert.True(codebook.Contains(code)));
        var missing = petrarch.Where(c => !indonesian.Contains(c)).Order().ToList();
        Assert.True(missing.Count == 0, "no Indonesian predicate for " + string.Join(", ", missing));
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_line_and_reason()
    {
        Write("en", VerbPatternFiles.VerbsFile, "SEND\tsend\t-\t---", "SEND\tsend\tobj=x\t999");
        Write("en", VerbPatternFiles.PatternsFile,
            "SEND\t154\t-\tobject=troop",
            "SEND\t154\t-\tobj=&NOWHERE",
            "MISSING\t154\t-\tobj=troop",
            "SEND\t154\t-\t~obl=troop",
            "SEND\t154\t-\tobj=Troop");
        var problems = new EventDictionaryValidator(CameoCodebook.Load(TestPaths.DataDirectory)).Validate(_folder).ToList();
        var messages = problems.Select(p => $"{Path.GetFileName(p.File)}:{p.Line}: {p.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("verbs.tsv:2:") && m.Contains("'999' is not in the CAMEO codebook"));
        Assert.Contains(messages, m => m.StartsWith("patterns.tsv:1:") && m.Contains("'object' is not a Universal Dependencies relation"));
        Assert.Contains(messages, m => m.StartsWith("patterns.tsv:2:") && m.Contains("&NOWHERE is not defined"));
        Assert.Contains(messages, m => m.StartsWith("patterns.tsv:3:") && m.Contains("class MISSING has no verb"));
        Assert.Contains(messages, m => m.StartsWith("patterns.tsv:4:") && m.Contains("needs a case word"));
        Assert.Contains(messages, m => m.StartsWith("patterns.tsv:5:") && m.Contains("'Troop'"));
        var e = Assert.Throws<WartaException>(() => Load(Language.English, [_folder]));
        Assert.Equal(ErrorCodes.DictionaryInvalid, e.Code);
        Assert.Contains("patterns.tsv", e.Message);
    }

    [Fact]
    public void The_shipped_files_pass_the_checks()
    {
        var problems = VerbPatternFiles.Validate(TestPaths.Data, CameoCodebook.Load(TestPaths.DataDirectory)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
