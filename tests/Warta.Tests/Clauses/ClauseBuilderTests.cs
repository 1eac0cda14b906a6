using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;
using static Warta.Tests.Clauses.ClauseTestKit;

namespace Warta.Tests.Clauses;

public sealed class ClauseBuilderTests
{
    [Fact]
    public void Active_transitive_has_subject_object_and_obliques()
    {
        var (doc, clauses) = Build("Polisi Rusia menangkap dua aktivis Ukraina di Moskow pada Senin.", Language.Indonesian);
        var c = Assert.Single(clauses);
        Assert.Equal(Voice.Active, c.Voice);
        Assert.Equal("Polisi Rusia", Texts(doc, c.Subject));
        Assert.Equal("dua aktivis Ukraina", Texts(doc, c.Objects));
        Assert.Equal("di Moskow | pada Senin", string.Join(" | ", c.Obliques.Select(p => Word(doc, p.Preposition) + " " + PhraseText(doc, p))));
        Assert.Empty(c.Agent);
        Assert.Equal(ClauseOpener.None, c.Opener);
    }

    [Fact]
    public void Di_passive_with_oleh_puts_the_agent_apart()
    {
        var (doc, clauses) = Build("Dua aktivis Ukraina ditangkap oleh polisi Rusia.", Language.Indonesian);
        var c = Assert.Single(clauses);
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("Dua aktivis Ukraina", Texts(doc, c.Subject));
        Assert.Equal("polisi Rusia", Texts(doc, c.Agent));
        Assert.Equal("oleh", Word(doc, c.Agent[0].Preposition));
        Assert.Empty(c.Objects);
    }

    [Fact]
    public void Di_passive_with_the_agent_right_after_the_verb_reads_it_as_the_first_object()
    {
        var (doc, clauses) = Build("Dua aktivis Ukraina ditangkap polisi Rusia.", Language.Indonesian);
        var c = Assert.Single(clauses);
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("Dua aktivis Ukraina", Texts(doc, c.Subject));
        Assert.Equal("polisi Rusia", Texts(doc, c.Objects));
        Assert.Empty(c.Agent);
    }

    [Fact]
    public void English_passive_with_by_puts_the_agent_apart()
    {
        var (doc, clauses) = Build("Two Ukrainian activists were arrested by Russian police.", Language.English);
        var c = Verb(doc, clauses, "arrested");
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("Two Ukrainian activists", Texts(doc, c.Subject));
        Assert.Equal("Russian police", Texts(doc, c.Agent));
        Assert.Equal("by", Word(doc, c.Agent[0].Preposition));
    }

    [Theory]
    [InlineData("Menteri itu memanggil duta besar Rusia, yang menyerahkan nota protes kepada Ukraina.", "id", "menyerahkan", "yang", "duta besar Rusia")]
    [InlineData("The minister summoned the Russian ambassador, who handed a protest note to Ukraine.", "en", "handed", "who", "the Russian ambassador")]
    [InlineData("Fiji backed a treaty that bans nuclear tests in the Pacific.", "en", "bans", "that", "a treaty")]
    public void Relative_clause_takes_the_phrase_before_the_pronoun_as_antecedent(string sentence, string lang, string verb,
        string pronoun, string antecedent)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        var c = Verb(doc, clauses, verb);
        Assert.Equal(ClauseOpener.Relative, c.Opener);
        Assert.Equal(pronoun, Word(doc, c.OpenerToken));
        Assert.NotNull(c.Antecedent);
        Assert.EndsWith(antecedent, PhraseText(doc, c.Antecedent.Value), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(c.Subject);
    }

    [Fact]
    public void That_before_a_subject_stays_the_complementizer_of_the_verb_before()
    {
        var (doc, clauses) = Build("Chile said that Peru must leave the talks.", Parse("en"));
        var c = Verb(doc, clauses, "leave");
        Assert.Equal(ClauseOpener.Complement, c.Opener);
        Assert.Equal(Verb(doc, clauses, "said").Index, c.Governor);
    }

    [Theory]
    // A relative clause on a noun of another relative clause ends with it: the verb after the comma shares the outer
    // relative's antecedent, not the inner one's ("a donor group", "perundingan").
    [InlineData("Norway, which chairs a donor group that funds Palestinian schools, condemned the raid.", "en", "condemned", "chairs")]
    [InlineData("Oman, yang menjadi tuan rumah perundingan yang digelar di Muscat, menyambut baik hasil itu.", "id", "menyambut", "menjadi")]
    public void A_verb_after_nested_relative_clauses_shares_the_outer_relative_s_subject(string sentence, string lang, string verb, string outer)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        Assert.Equal(Verb(doc, clauses, outer).Index, Verb(doc, clauses, verb).SubjectFrom);
    }

    [Theory]
    [InlineData("Para nelayan yang marah memblokade pelabuhan Manila pada Selasa.", "memblokade", "Para nelayan")]
    [InlineData("Sejumlah mahasiswa yang kecewa atas keputusan parlemen menduduki gedung DPR.", "menduduki", "Sejumlah mahasiswa")]
    public void Relative_of_adjectives_before_the_verb_leaves_the_noun_it_describes_as_subject(string sentence, string verb, string subject)
    {
        var (doc, clauses) = Build(sentence, Language.Indonesian);
        Assert.Equal(subject, Texts(doc, Verb(doc, clauses, verb).Subject));
    }

    [Theory]
    [InlineData("Indonesia dan Malaysia mengecam Israel.", "id", "mengecam", "Indonesia | Malaysia")]
    [InlineData("Indonesia, Malaysia dan Singapura mengecam Israel.", "id", "mengecam", "Indonesia | Malaysia | Singapura")]
    [InlineData("Indonesia and Malaysia condemned Israel.", "en", "condemned", "Indonesia | Malaysia")]
    public void Coordinated_subjects_are_separate_phrases(string sentence, string lang, string verb, string subjects)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        Assert.Equal(subjects, Texts(doc, Verb(doc, clauses, verb).Subject));
    }

    [Fact]
    public void Coordinated_objects_are_separate_phrases()
    {
        var (doc, clauses) = Build("Indonesia mengecam Israel dan Amerika Serikat.", Language.Indonesian);
        Assert.Equal("Israel | Amerika Serikat", Texts(doc, Assert.Single(clauses).Objects));
    }

    [Fact]
    public void A_by_phrase_after_an_object_belongs_to_the_noun_and_leaves_the_verb_active()
    {
        var (doc, clauses) = Build("The Taliban government rejected the accusation by Pakistan.", Language.English);
        Assert.Equal(Voice.Active, Verb(doc, clauses, "rejected").Voice);
        var (doc2, clauses2) = Build("The prisoner swap mediated by the UAE took place on Friday.", Language.English);
        Assert.Equal(Voice.Passive, Verb(doc2, clauses2, "mediated").Voice);
    }

    [Fact]
    public void An_english_participle_between_a_determiner_and_a_noun_is_part_of_the_noun_phrase()
    {
        var (doc, clauses) = Build("The UN chief called on both warring parties to protect civilians.", Language.English);
        Assert.DoesNotContain(clauses, c => Word(doc, c.Predicate) == "warring");
        Assert.Equal("both warring parties", Texts(doc, Verb(doc, clauses, "called").Obliques));
    }

    [Fact]
    public void An_english_past_participle_between_a_determiner_and_a_name_is_part_of_the_noun_phrase()
    {
        var (doc, clauses) = Build("Israeli soldiers detained two farmers in the occupied West Bank.", Language.English);
        int occupied = 0;
        while (Word(doc, occupied) != "occupied") occupied++;
        Assert.Equal(Upos.VERB, doc.TokenRows[occupied].Pos);   // the tagger's reading, which the clause builder overrules
        Assert.DoesNotContain(clauses, c => Word(doc, c.Predicate) == "occupied");
        Assert.Single(clauses, c => Word(doc, c.Predicate) == "detained");
    }

    [Theory]
    // After an adverb and a determiner ("the internationally recognised government") the participle still describes the noun.
    [InlineData("Rebels attacked the internationally recognised government in Aden.", "recognised", "attacked")]
    [InlineData("The newly elected parliament rejected the budget.", "elected", "rejected")]
    // A participle joined by a hyphen to the word before it, split off by the tokenizer or not, is a compound adjective.
    [InlineData("The rebels observed a U.S.-brokered truce until May.", "brokered", "observed")]
    [InlineData("Iran-backed militias fired rockets at the base.", "Iran-backed", "fired")]
    // A demonym the tagger calls a proper noun is still an adjective of the noun phrase.
    [InlineData("Police seized rifles from Somali armed gangs near the port.", "armed", "seized")]
    [InlineData("Troops clashed with Syrian backed militias in the valley.", "backed", "clashed")]
    public void An_english_participle_describing_a_noun_is_no_predicate(string text, string participle, string verb)
    {
        var (doc, clauses) = Build(text, Language.English);
        Assert.DoesNotContain(clauses, c => Word(doc, c.Predicate) == participle);
        Assert.Single(clauses, c => Word(doc, c.Predicate) == verb);
    }

    // An -s form right after "to" is no infinitive: "to" is a preposition and the word a plural noun.
    [Theory]
    [InlineData("The junta finally conceded to demands from the students.", "demands", "conceded")]
    [InlineData("The president yielded on Monday to demands from the opposition.", "demands", "yielded")]
    public void An_english_s_form_after_to_is_no_predicate(string text, string noun, string verb)
    {
        var (doc, clauses) = Build(text, Language.English);
        Assert.DoesNotContain(clauses, c => !c.IsNominal && Word(doc, c.Predicate) == noun);
        Assert.Single(clauses, c => Word(doc, c.Predicate) == verb);
    }

    [Fact]
    public void A_plural_demonym_before_a_past_verb_is_its_subject()
    {
        var (doc, clauses) = Build("The Iranians supplied rockets to the militia.", Language.English);
        Assert.Single(clauses, c => Word(doc, c.Predicate) == "supplied");
    }

    [Fact]
    public void A_verb_phrase_after_comma_namun_shares_the_first_subject()
    {
        var (doc, clauses) = Build("Ukraina mengecam Rusia, namun menegaskan komitmen terhadap perdamaian.", Language.Indonesian);
        var first = Verb(doc, clauses, "mengecam");
        var second = Verb(doc, clauses, "menegaskan");
        Assert.Equal(ClauseOpener.Coordinated, second.Opener);
        Assert.Equal(first.Index, second.SubjectFrom);
        Assert.Empty(second.Subject);
    }

    [Theory]
    [InlineData("The Serbian minister agreed to reopen the border crossing and signed a customs accord.", "agreed", "signed")]
    [InlineData("Ankara accused Athens of trying to militarise the islands and recalled its ambassador.", "accused", "recalled")]
    [InlineData("The rebels refused to surrender their weapons and attacked a police post.", "refused", "attacked")]
    public void A_finite_verb_after_a_chained_infinitive_joins_the_verb_that_governs_the_chain(string text, string head, string coordinated)
    {
        var (doc, clauses) = Build(text, Language.English);
        var second = Verb(doc, clauses, coordinated);
        Assert.Equal(ClauseOpener.Coordinated, second.Opener);
        Assert.Equal(Verb(doc, clauses, head).Index, second.SubjectFrom);
    }

    [Theory]
    [InlineData("The journalist was detained at the airport and later deported to Cyprus.", "deported", Voice.Passive)]
    [InlineData("Forty migrants were rescued off Lampedusa and flown to Rome.", "flown", Voice.Passive)]
    [InlineData("The ship was seized by pirates, and Kenya condemned the attack.", "condemned", Voice.Active)]
    [InlineData("The fishermen were beaten by guards, and appealed to Manila.", "appealed", Voice.Active)]
    [InlineData("The envoy was summoned and protested the decision.", "protested", Voice.Active)]
    public void A_past_form_joined_to_a_passive_by_a_bare_and_with_no_object_shares_its_auxiliary(string text, string verb, Voice voice)
    {
        var (doc, clauses) = Build(text, Language.English);
        Assert.Equal(voice, Verb(doc, clauses, verb).Voice);
    }

    [Theory]
    [InlineData("The president plans to visit Cairo and meet the king.", "visit", "meet")]
    [InlineData("Rusia berencana mengusir diplomat Jepang dan menutup konsulat.", "mengusir", "menutup")]
    public void An_infinitive_or_a_verb_of_no_tense_stays_coordinated_inside_the_chain(string text, string chained, string coordinated)
    {
        var (doc, clauses) = Build(text, text.StartsWith("Rusia") ? Language.Indonesian : Language.English);
        Assert.Equal(Verb(doc, clauses, chained).Index, Verb(doc, clauses, coordinated).SubjectFrom);
    }

    [Theory]
    [InlineData("Rusia mencoba untuk menghasut warga Kazakhstan.", "id", "mencoba", "menghasut")]
    [InlineData("Russia tried to expel the Japanese diplomats.", "en", "tried", "expel")]
    public void A_chain_verb_governs_the_verb_after_untuk_or_to(string sentence, string lang, string head, string governed)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        var governor = Verb(doc, clauses, head);
        var chained = Verb(doc, clauses, governed);
        Assert.Equal(ClauseOpener.Chain, chained.Opener);
        Assert.Equal(governor.Index, chained.Governor);
        Assert.Equal(governor.Index, chained.SubjectFrom);
    }

    [Fact]
    public void Two_verbs_in_a_row_chain_without_untuk()
    {
        var (doc, clauses) = Build("Rusia berencana mengusir diplomat Jepang.", Language.Indonesian);
        var chained = Verb(doc, clauses, "mengusir");
        Assert.Equal(ClauseOpener.Chain, chained.Opener);
        Assert.Equal(Verb(doc, clauses, "berencana").Index, chained.Governor);
        Assert.Equal("diplomat Jepang", Texts(doc, chained.Objects));
    }

    [Theory]
    [InlineData("Menteri Luar Negeri Indonesia mengatakan bahwa akan membantu Palestina.", "id", "mengatakan", "membantu", "bahwa")]
    [InlineData("Menteri Luar Negeri Indonesia menegaskan bahwa akan membantu Palestina.", "id", "menegaskan", "membantu", "bahwa")]
    public void A_bahwa_complement_without_a_subject_is_governed_by_the_speech_verb_and_shares_its_subject(string sentence,
        string lang, string speech, string verb, string complementizer)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        var complement = Verb(doc, clauses, verb);
        var governor = Verb(doc, clauses, speech);
        Assert.Equal(ClauseOpener.Complement, complement.Opener);
        Assert.Equal(complementizer, Word(doc, complement.OpenerToken));
        Assert.Equal(governor.Index, complement.Governor);
        Assert.Equal(governor.Index, complement.SubjectFrom);
    }

    [Fact]
    public void An_apposition_is_part_of_the_subject_mention()
    {
        var (doc, clauses) = Build("Maria Zakharova, juru bicara Kementerian Luar Negeri Rusia, mengecam Kazakhstan.", Language.Indonesian);
        var c = Verb(doc, clauses, "mengecam");
        Assert.Equal("Maria Zakharova, juru bicara Kementerian Luar Negeri Rusia", Texts(doc, c.Subject));
        Assert.Equal("Kazakhstan", Texts(doc, c.Objects));
    }

    [Theory]
    [InlineData("Kazakhstan, pada bagiannya, mengecam Rusia.", "Kazakhstan")]
    [InlineData("Kazakhstan, sebuah negara tetangga, mengecam Rusia.", "Kazakhstan")]
    public void A_comma_aside_between_subject_and_verb_is_stepped_over(string sentence, string subject)
    {
        var (doc, clauses) = Build(sentence, Language.Indonesian);
        var c = Verb(doc, clauses, "mengecam");
        Assert.Equal(subject, Texts(doc, c.Subject));
        Assert.Equal("Rusia", Texts(doc, c.Objects));
    }

    [Fact]
    public void A_comma_aside_after_the_object_is_stepped_over()
    {
        var (doc, clauses) = Build("Kazakhstan mengecam Rusia, sebuah negara tetangga, pada Senin.", Language.Indonesian);
        var c = Verb(doc, clauses, "mengecam");
        Assert.Equal("Rusia", Texts(doc, c.Objects));
        Assert.Contains("Senin", Texts(doc, c.Obliques));
    }

    [Theory]
    [InlineData("The rebel leader denied that his fighters had targeted civilians, and threatened to attack the airport.", "threatened", "denied")]
    [InlineData("The minister said that Russian forces had shelled the city and killed five people.", "killed", "shelled")]
    public void A_finite_verb_after_a_comma_and_a_coordinator_goes_on_with_the_verb_governing_the_complement(string sentence, string verb, string partner)
    {
        // With the comma the coordinated verb is the denier's act; without it, it continues the reported clause.
        var (doc, clauses) = Build(sentence, Language.English);
        Assert.Equal(Verb(doc, clauses, partner).Index, Verb(doc, clauses, verb).SubjectFrom);
    }

    [Fact]
    public void A_verb_phrase_after_a_clause_aside_shares_the_subject_of_the_clause_before_the_aside()
    {
        var (doc, clauses) = Build("Vietnamese officials handed a note to the Chinese embassy, she told reporters, asking Beijing to investigate the incident.", Language.English);
        var asking = Verb(doc, clauses, "asking");
        Assert.Empty(asking.Subject);
        Assert.Equal(Verb(doc, clauses, "handed").Index, asking.SubjectFrom);
    }

    [Theory]
    [InlineData("Kenya has deployed about 750 officers, while Jamaica, Guatemala and El Salvador have contributed smaller teams.", "en", "deployed", "officers")]
    [InlineData("Kenya mengerahkan sekitar 750 polisi, sedangkan Jamaika, Guatemala dan El Salvador mengirim tim yang lebih kecil.", "id", "mengerahkan", "polisi")]
    public void A_comma_pair_opened_by_a_coordinator_is_the_next_clause_not_an_aside(string sentence, string lang, string verb, string objectNoun)
    {
        // ", while Jamaica," is no aside to step over: the nouns after it are the next clause's subjects, not more objects.
        var (doc, clauses) = Build(sentence, Parse(lang));
        var objects = Texts(doc, Verb(doc, clauses, verb).Objects);
        Assert.Contains(objectNoun, objects);
        Assert.DoesNotContain("Guatemala", objects);
        Assert.DoesNotContain("Salvador", objects);
    }

    [Theory]
    [InlineData("Kazakhstan akan meminta bantuan China jika diserang Rusia.", "id", "diserang", "jika", "meminta")]
    [InlineData("Ukraine will ask for help if attacked by Russia.", "en", "attacked", "if", "ask")]
    public void Jika_and_if_open_a_conditional_clause_after_the_main_clause(string sentence, string lang, string verb, string opener, string main)
    {
        var (doc, clauses) = Build(sentence, Parse(lang));
        var condition = Verb(doc, clauses, verb);
        Assert.Equal(ClauseOpener.Condition, condition.Opener);
        Assert.Equal(opener, Word(doc, condition.OpenerToken));
        Assert.NotEqual(ClauseOpener.Condition, Verb(doc, clauses, main).Opener);
    }

    [Fact]
    public void Clauses_come_in_order_with_their_index()
    {
        var (doc, clauses) = Build("Ukraina mengecam Rusia, namun menegaskan komitmen terhadap perdamaian.", Language.Indonesian);
        Assert.Equal(Enumerable.Range(0, clauses.Count), clauses.Select(c => c.Index));
        Assert.True(clauses.Zip(clauses.Skip(1)).All(p => p.First.Predicate < p.Second.Predicate));
        Assert.All(clauses, c => Assert.InRange(c.Predicate, c.Start, c.End - 1));
    }

    private static Language Parse(string lang) => lang == "en" ? Language.English : Language.Indonesian;
}
