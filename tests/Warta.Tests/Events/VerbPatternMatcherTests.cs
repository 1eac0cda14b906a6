using Warta.Clauses;
using Warta.Conllu;
using Warta.Events;
using Warta.Events.Patterns;
using Warta.Languages;
using Warta.Text;

namespace Warta.Tests.Events;

/// <summary>
/// The verb-pattern matcher on trees written by hand (the analyser gives tokens, lemmas and tags; the arcs are set here, so
/// no parser model is involved), with the shipped pattern files of both languages.
/// </summary>
public sealed class VerbPatternMatcherTests
{
    private static readonly Lazy<VerbPatternMatcher> English = new(() => Matcher(Language.English));
    private static readonly Lazy<VerbPatternMatcher> Indonesian = new(() => Matcher(Language.Indonesian));

    private static VerbPatternMatcher Matcher(Language language) =>
        new(VerbPatternLexicon.Load(TestPaths.DataDirectory, language, SharedAnalyzer.Instance.Packs[language].Morphology),
            ClauseWords.Load(TestPaths.DataDirectory, language));

    /// <summary>Analyses one sentence and gives it the arcs "head:relation" (1-based heads, 0 = root), one per token;
    /// "head:relation:POS" also sets the tag, so that a test does not depend on the tagger's choice.</summary>
    private static Document Tree(Language language, string text, string arcs)
    {
        var doc = SharedAnalyzer.Instance.Analyze(text, "t", language);
        var spec = arcs.Split(' ');
        Assert.Equal(1, doc.SentenceCount);
        Assert.True(spec.Length == doc.TokenCount, $"{doc.TokenCount} tokens: {string.Join(' ', Enumerable.Range(0, doc.TokenCount).Select(i => doc[i].Form))}");
        for (int i = 0; i < spec.Length; i++)
        {
            var parts = spec[i].Split(':');
            int head = int.Parse(parts[0]);
            bool hasPos = parts.Length > 2 && Enum.TryParse<Upos>(parts[^1], out var pos);
            var relation = string.Join(':', parts[1..(hasPos ? ^1 : ^0)]);
            doc.SetDependency(0, i + 1, head, relation);
            if (hasPos) doc.MutableTokens[i].Pos = Enum.Parse<Upos>(parts[^1]);
        }
        return doc;
    }

    private static Token Root(Document doc) => doc.GetSentence(0).Root!.Value;

    private static string Words(Document doc, PatternMatch match) =>
        string.Join(' ', Enumerable.Range(match.CueStart, match.CueEnd - match.CueStart).Select(i => doc[i].Form));

    [Fact]
    public void A_verb_with_no_pattern_that_holds_gives_its_own_code()
    {
        var doc = Tree(Language.English, "Officials arrested them .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        var match = English.Value.Match(Root(doc))!;
        Assert.False(match.ByPattern);
        Assert.Equal("173", match.Code);
        Assert.Equal("APPREHEND", match.Verb.Class);
        Assert.False(match.HasCue);
        Assert.Equal("en:pattern:APPREHEND:arrest→173", match.RuleName(Language.English));
        // A pattern naming only the subject ("nsubj=police", written for "seize") holds for its own verb, not for the class.
        var police = Tree(Language.English, "Police arrested them .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        Assert.False(English.Value.Match(Root(police))!.ByPattern);
        var seized = Tree(Language.English, "Police seized them .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        Assert.True(English.Value.Match(Root(seized))!.ByPattern);
    }

    [Fact]
    public void An_object_word_selects_the_class_pattern_and_marks_the_cue()
    {
        var doc = Tree(Language.English, "Japan rushed aid to the region .", "2:nsubj 0:root:VERB 2:obj 6:case 6:det 2:obl 2:punct");
        var match = English.Value.Match(Root(doc))!;
        Assert.True(match.ByPattern);
        Assert.Equal("070", match.Code);
        Assert.Equal("aid", Words(doc, match));
        Assert.StartsWith("en:pattern:ACCELERATE#", match.RuleName(Language.English));
        // Without the object, "rush" (a verb with no code of its own) codes nothing by itself… but "to X" is a visit.
        var bare = Tree(Language.English, "Japan rushed home .", "2:nsubj 0:root:VERB 2:advmod 2:punct");
        Assert.Null(English.Value.Match(Root(bare)));
    }

    [Fact]
    public void A_preposition_pattern_reads_the_case_word_and_gives_the_reverse_code()
    {
        var doc = Tree(Language.English, "The minister rushed to Paris .", "2:det 3:nsubj 0:root:VERB 5:case 3:obl 3:punct");
        var match = English.Value.Match(Root(doc))!;
        Assert.Equal("042", match.Code);
        Assert.Equal("043", match.ReverseCode);
        // "from Paris" is not "to Paris".
        var from = Tree(Language.English, "The minister rushed from Paris .", "2:det 3:nsubj 0:root:VERB 5:case 3:obl 3:punct");
        Assert.NotEqual("042", English.Value.Match(Root(from))?.Code);
    }

    [Fact]
    public void A_synonym_set_matches_any_of_its_phrases()
    {
        // ACCELERATE 073 obj=&FOOD: "nourishment" is one of the set's phrases, not a word written in the pattern.
        var doc = Tree(Language.English, "Japan rushed nourishment .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        var match = English.Value.Match(Root(doc))!;
        Assert.Equal("073", match.Code);
        Assert.Equal("nourishment", Words(doc, match));
        // A coordinated object is the object too.
        var both = Tree(Language.English, "Japan rushed tents and food .", "2:nsubj 0:root:VERB 2:obj 5:cc 3:conj 2:punct");
        Assert.Equal("073", English.Value.Match(Root(both))!.Code);
    }

    [Fact]
    public void A_blocking_pattern_cancels_the_verbs_own_code()
    {
        var coded = Tree(Language.English, "Police aborted the mission .", "2:nsubj 0:root:VERB 4:det 2:obj 2:punct");
        Assert.Equal("160", English.Value.Match(Root(coded))!.Code);
        var blocked = Tree(Language.English, "Police aborted the search .", "2:nsubj 0:root:VERB 4:det 2:obj 2:punct");
        var match = English.Value.Match(Root(blocked))!;
        Assert.True(match.Blocks);
        Assert.Null(match.Code);
        Assert.Null(PatternPrecedence.Choose(null, match, Root(blocked), English.Value.Lexicon, codeUnknownVerbs: true));
    }

    [Fact]
    public void A_multi_word_verb_needs_its_particle_and_then_wins_over_the_single_word()
    {
        var off = Tree(Language.English, "Rebels called it off .", "2:nsubj 0:root:VERB 2:obj 2:compound:prt 2:punct");
        var match = English.Value.Match(Root(off))!;
        Assert.Equal("CANCEL", match.Verb.Class);
        Assert.Equal("160", match.Code);
        var plain = Tree(Language.English, "Rebels called the minister .", "2:nsubj 0:root:VERB 4:det 2:obj 2:punct");
        Assert.NotEqual("CANCEL", English.Value.Match(Root(plain))?.Verb.Class);
        // The class's patterns still apply to it: calling off talks is halting negotiations.
        var talks = Tree(Language.English, "Rebels called off the talks .", "2:nsubj 0:root:VERB 2:compound:prt 5:det 2:obj 2:punct");
        Assert.Equal("164", English.Value.Match(Root(talks))!.Code);
    }

    [Fact]
    public void A_reverse_only_pattern_names_its_target_and_becomes_a_match_with_roles_swapped()
    {
        // OBTAIN ---:054 obj=recognition ; ~obl[from]=<target>: Kosovo gaining recognition from Japan is Japan's 054.
        var doc = Tree(Language.English, "Kosovo gained recognition from Japan .", "2:nsubj 0:root:VERB 2:obj 5:case 2:obl 2:punct");
        var match = English.Value.Match(Root(doc))!;
        Assert.Null(match.Code);
        Assert.Equal("054", match.ReverseCode);
        Assert.Equal([4], match.Targets);
        Assert.Equal(["from"], match.TargetCases);
        var predicate = PatternPrecedence.Choose(null, match, Root(doc), English.Value.Lexicon, codeUnknownVerbs: true)!;
        Assert.True(predicate.SwapsRoles);
        Assert.Equal("054", predicate.Code);
        // "~": the same phrase hanging on the noun (nmod) holds as well.
        var onNoun = Tree(Language.English, "Kosovo gained recognition from Japan .", "2:nsubj 0:root:VERB 2:obj 5:case 3:nmod 2:punct");
        Assert.Equal("054", English.Value.Match(Root(onNoun))!.ReverseCode);
    }

    [Fact]
    public void A_passive_clause_is_matched_as_the_active_one()
    {
        // "Aid was rushed to the region by Japan": the passive subject is the pattern's object.
        var doc = Tree(Language.English, "Aid was rushed by Japan .", "3:nsubj:pass 3:aux:pass 0:root:VERB 5:case 3:obl:agent 3:punct");
        Assert.Equal("070", English.Value.Match(Root(doc))!.Code);
    }

    [Theory]
    [InlineData("obl:agent")]
    [InlineData("obl")]
    public void A_passive_s_agent_is_found_by_its_relation_or_by_the_language_s_agent_word(string relation)
    {
        // ACCELERATE 154 nsubj=&MILITARY: the agent of the passive is the pattern's subject. A parser that leaves the
        // subtype off still marks the agent with "by", an agent word of data/en/clause-words.tsv.
        var doc = Tree(Language.English, "Supplies were rushed by the military .", $"3:nsubj:pass 3:aux:pass 0:root:VERB 6:case 6:det 3:{relation} 3:punct");
        Assert.Equal("154", English.Value.Match(Root(doc))!.Code);
        var notAgent = Tree(Language.English, "Supplies were rushed with the military .", "3:nsubj:pass 3:aux:pass 0:root:VERB 6:case 6:det 3:obl 3:punct");
        Assert.NotEqual("154", English.Value.Match(Root(notAgent))?.Code);
    }

    [Fact]
    public void A_word_that_is_not_a_verb_is_not_matched()
    {
        var doc = Tree(Language.English, "The head of state .", "2:det 0:root:NOUN 4:case 2:nmod 2:punct");
        Assert.Null(English.Value.Match(Root(doc)));
    }

    [Fact]
    public void An_unparsed_sentence_gives_nothing()
    {
        var words = "Japan rushed aid".Split(' ').Select(w => new ConlluWord(w, w, Upos.VERB, "_", true, false, false, 0, "_")).ToList();
        var doc = ConlluReader.ToDocument(new ConlluSentence("t", 1, null, "Japan rushed aid", words), Language.English);
        Assert.False(doc.GetSentence(0).IsParsed);
        Assert.Null(English.Value.Match(doc[1]));
    }

    [Fact]
    public void Indonesian_phrases_are_head_first_and_verbs_match_by_root()
    {
        // OFFER 0311 obj=kerja sama|kerjasama ; obj/amod|nmod=ekonomi
        var doc = Tree(Language.Indonesian, "Jepang menawarkan kerja sama ekonomi .", "2:nsubj 0:root:VERB 2:obj 3:compound 3:nmod 2:punct");
        var match = Indonesian.Value.Match(Root(doc))!;
        Assert.Equal("0311", match.Code);
        Assert.Equal("kerja sama ekonomi", Words(doc, match));
        Assert.StartsWith("id:pattern:OFFER#", match.RuleName(Language.Indonesian));
        // The verb's own code without the object: menawarkan 030.
        var bare = Tree(Language.Indonesian, "Jepang menawarkan bantuan .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        var own = Indonesian.Value.Match(Root(bare))!;
        Assert.False(own.ByPattern);
        Assert.Equal("030", own.Code);
    }

    [Fact]
    public void Indonesian_passive_di_verb_finds_the_same_verb_and_reads_the_passive_subject_as_object()
    {
        // APPEAL 027 obj=&DAMAI: "perdamaian diserukan oleh PBB" is the active "PBB menyerukan perdamaian".
        var doc = Tree(Language.Indonesian, "Perdamaian diserukan oleh PBB .", "2:nsubj:pass 0:root:VERB 4:case 2:obl:agent 2:punct");
        var match = Indonesian.Value.Match(Root(doc))!;
        Assert.Equal("APPEAL", match.Verb.Class);
        Assert.Equal("027", match.Code);
    }

    [Fact]
    public void Precedence_keeps_a_cue_refined_predicate_and_lets_a_pattern_refine_a_bare_one()
    {
        var doc = Tree(Language.English, "Japan rushed aid to the region .", "2:nsubj 0:root:VERB 2:obj 6:case 6:det 2:obl 2:punct");
        var verb = Root(doc);
        var pattern = English.Value.Match(verb)!;
        PredicateEntry Entry(params string[] cue) => new()
        {
            Language = "en", Kind = PredicateKind.Verb, Predicate = "rush", Code = "042", Cue = cue, Origin = "test", Speech = true,
        };
        var bare = new PredicateMatch(1, 2, 2, 2, Entry());
        var chosen = PatternPrecedence.Choose(bare, pattern, verb, English.Value.Lexicon)!;
        Assert.Equal("070", chosen.Code);
        Assert.True(chosen.IsSpeech);   // what the predicate entry knew is kept
        Assert.StartsWith("en:pattern:ACCELERATE#", chosen.RuleName);
        var cued = new PredicateMatch(1, 2, 2, 3, Entry("aid"));
        Assert.Same(cued, PatternPrecedence.Choose(cued, pattern, verb, English.Value.Lexicon));
        // A pattern of prepositions only ("rushed to X": 042) does not override the verb's predicate entry.
        var visit = Tree(Language.English, "The minister rushed to Paris .", "2:det 3:nsubj 0:root:VERB 5:case 3:obl 3:punct");
        var to = English.Value.Match(Root(visit))!;
        Assert.False(to.HasCue);
        var known = new PredicateMatch(2, 3, 3, 3, Entry());
        Assert.Same(known, PatternPrecedence.Choose(known, to, Root(visit), English.Value.Lexicon));
        // A verb the predicate lexicon lacks is coded from a pattern only when asked (the coder does not).
        Assert.Null(PatternPrecedence.Choose(null, to, Root(visit), English.Value.Lexicon));
        var visitMatch = PatternPrecedence.Choose(null, to, Root(visit), English.Value.Lexicon, codeUnknownVerbs: true)!;
        Assert.Equal("042", visitMatch.Code);
        Assert.Equal("043", visitMatch.Reverse!.Code);
        // A verb's own code never overrides, and does not code a verb the predicate lexicon lacks either (it was measured
        // to cost precision: docs/lexicon.md).
        var own = Tree(Language.English, "Officials arrested them .", "2:nsubj 0:root:VERB 2:obj 2:punct");
        var arrest = English.Value.Match(Root(own))!;
        Assert.Null(PatternPrecedence.Choose(null, arrest, Root(own), English.Value.Lexicon, codeUnknownVerbs: true));
        var arrestEntry = new PredicateMatch(1, 2, 2, 2, Entry() with { Code = "1731" });
        Assert.Same(arrestEntry, PatternPrecedence.Choose(arrestEntry, arrest, Root(own), English.Value.Lexicon));
        Assert.Same(bare, PatternPrecedence.Choose(bare, null, verb, English.Value.Lexicon));
    }
}
