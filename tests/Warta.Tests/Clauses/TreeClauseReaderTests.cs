using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using static Warta.Tests.Clauses.ClauseTestKit;
using static Warta.Tests.Clauses.TreeKit;

namespace Warta.Tests.Clauses;

/// <summary>Each construction the tree reader knows, in both languages, on trees written by hand.</summary>
public sealed class TreeClauseReaderTests
{
    [Fact]
    public void English_passive_takes_its_agent_from_the_by_phrase()
    {
        var (doc, clauses) = Read("The/DET/2/det envoy/NOUN/4/nsubj:pass was/AUX/4/aux:pass summoned/VERB/0/root by/ADP/6/case Russia/PROPN/4/obl:agent ./PUNCT/4/punct", Language.English);
        var c = Verb(doc, clauses, "summoned");
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("The envoy", Texts(doc, c.Subject));
        Assert.Equal("Russia", Texts(doc, c.Agent));
        Assert.Equal("by", Word(doc, c.Agent[0].Preposition));
        Assert.Empty(c.Objects);
        Assert.Equal("was", Word(doc, c.GroupStart));
    }

    [Fact]
    public void Indonesian_passive_takes_its_agent_from_the_oleh_phrase()
    {
        var (doc, clauses) = Read("Dua/NUM/2/nummod aktivis/NOUN/3/nsubj:pass ditangkap/VERB/0/root oleh/ADP/5/case polisi/NOUN/3/obl:agent Rusia/PROPN/5/nmod ./PUNCT/3/punct", Language.Indonesian);
        var c = Verb(doc, clauses, "ditangkap");
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("Dua aktivis", Texts(doc, c.Subject));
        Assert.Equal("polisi Rusia", Texts(doc, c.Agent));
        Assert.Equal("oleh", Word(doc, c.Agent[0].Preposition));
    }

    [Theory]
    [InlineData("obj")]
    [InlineData("obl")]
    public void The_bare_agent_of_a_di_verb_is_its_first_object_right_after_it(string relation)
    {
        var (doc, clauses) = Read($"Dua/NUM/2/nummod aktivis/NOUN/3/nsubj:pass ditangkap/VERB/0/root polisi/NOUN/3/{relation} Rusia/PROPN/4/nmod ./PUNCT/3/punct", Language.Indonesian);
        var c = Verb(doc, clauses, "ditangkap");
        Assert.Equal(Voice.Passive, c.Voice);
        Assert.Equal("polisi Rusia", Texts(doc, c.Objects));
        Assert.Equal(c.Predicate + 1, c.Objects[0].Start);
    }

    [Fact]
    public void A_bare_obl_agent_of_a_di_verb_is_its_agent()
    {
        var (doc, clauses) = Read("Dua/NUM/2/nummod aktivis/NOUN/3/nsubj:pass ditangkap/VERB/0/root polisi/NOUN/3/obl:agent Rusia/PROPN/4/nmod ./PUNCT/3/punct", Language.Indonesian);
        var c = Verb(doc, clauses, "ditangkap");
        Assert.Equal("polisi Rusia", Texts(doc, c.Agent));
        Assert.Equal(-1, c.Agent[0].Preposition);
    }

    [Theory]
    [InlineData("Up/ADP/5/mark to/ADP/1/fixed 2,000/NUM/5/nsubj Filipinos/PROPN/5/nsubj started/VERB/0/root a/DET/8/det hunger/NOUN/8/compound strike/NOUN/5/obj ./PUNCT/5/punct", "started", "Filipinos")]
    [InlineData("Chile/PROPN/4/nsubj has/AUX/4/aux flatly/ADV/4/nsubj rejected/VERB/0/root the/DET/6/det proposal/NOUN/4/obj ./PUNCT/4/punct", "rejected", "Chile")]
    public void Of_several_nsubj_the_one_naming_an_actor_is_the_subject(string spec, string verb, string subject)
    {
        var (doc, clauses) = Read(spec, Language.English);
        Assert.Equal(subject, Texts(doc, Verb(doc, clauses, verb).Subject));
    }

    [Fact]
    public void Of_several_nsubj_naming_no_actor_the_noun_is_the_subject()
    {
        var (doc, clauses) = Read("Up/ADP/5/mark to/ADP/1/fixed 500/NUM/5/nsubj tonnes/NOUN/5/nsubj arrived/VERB/0/root ./PUNCT/5/punct", Language.English);
        Assert.Equal("tonnes", Texts(doc, Verb(doc, clauses, "arrived").Subject));
    }

    [Fact]
    public void English_coordinated_subjects_are_one_phrase_each()
    {
        var (doc, clauses) = Read("Turkey/PROPN/4/nsubj and/CCONJ/3/cc Greece/PROPN/1/conj condemned/VERB/0/root the/DET/6/det attack/NOUN/4/obj ./PUNCT/4/punct", Language.English);
        var c = Verb(doc, clauses, "condemned");
        Assert.Equal("Turkey | Greece", Texts(doc, c.Subject));
        Assert.Equal("the attack", Texts(doc, c.Objects));
    }

    [Fact]
    public void Indonesian_coordinated_subjects_are_one_phrase_each()
    {
        var (doc, clauses) = Read("Indonesia/PROPN/4/nsubj dan/CCONJ/3/cc Malaysia/PROPN/1/conj mengecam/VERB/0/root serangan/NOUN/4/obj itu/DET/5/det ./PUNCT/4/punct", Language.Indonesian);
        var c = Verb(doc, clauses, "mengecam");
        Assert.Equal("Indonesia | Malaysia", Texts(doc, c.Subject));
        Assert.Equal("serangan itu", Texts(doc, c.Objects));
    }

    [Fact]
    public void English_relative_clause_has_the_noun_it_modifies_as_antecedent()
    {
        var (doc, clauses) = Read("Russia/PROPN/7/nsubj ,/PUNCT/4/punct which/PRON/4/nsubj attacked/VERB/1/acl:relcl Ukraine/PROPN/4/obj ,/PUNCT/4/punct denied/VERB/0/root the/DET/9/det claim/NOUN/7/obj ./PUNCT/7/punct", Language.English);
        var relative = Verb(doc, clauses, "attacked");
        Assert.Equal(ClauseOpener.Relative, relative.Opener);
        Assert.Equal("which", Word(doc, relative.OpenerToken));
        Assert.Equal("Russia", PhraseText(doc, relative.Antecedent!.Value));
        Assert.Empty(relative.Subject);
        Assert.Equal("Ukraine", Texts(doc, relative.Objects));
        Assert.Equal("Russia", Texts(doc, Verb(doc, clauses, "denied").Subject));
    }

    [Fact]
    public void Indonesian_yang_clause_has_the_noun_it_modifies_as_antecedent()
    {
        var (doc, clauses) = Read("Menteri/NOUN/5/nsubj yang/PRON/3/nsubj mengecam/VERB/1/acl Rusia/PROPN/3/obj tiba/VERB/0/root di/ADP/7/case Jakarta/PROPN/5/obl ./PUNCT/5/punct", Language.Indonesian);
        var relative = Verb(doc, clauses, "mengecam");
        Assert.Equal(ClauseOpener.Relative, relative.Opener);
        Assert.Equal("yang", Word(doc, relative.OpenerToken));
        Assert.Equal("Menteri", PhraseText(doc, relative.Antecedent!.Value));
        Assert.Empty(relative.Subject);
        var main = Verb(doc, clauses, "tiba");
        Assert.Equal("Menteri", Texts(doc, main.Subject));
        Assert.Equal("di", Word(doc, main.Obliques[0].Preposition));
    }

    [Fact]
    public void A_yang_clause_the_parser_attached_as_a_conjunct_is_still_relative()
    {
        var (doc, clauses) = Read("Rusia/PROPN/2/nsubj memanggil/VERB/0/root Menteri/NOUN/2/obj ,/PUNCT/6/punct yang/PRON/6/nsubj menyerahkan/VERB/2/conj catatan/NOUN/6/obj ./PUNCT/2/punct", Language.Indonesian);
        var relative = Verb(doc, clauses, "menyerahkan");
        Assert.Equal(ClauseOpener.Relative, relative.Opener);
        Assert.Equal("Menteri", PhraseText(doc, relative.Antecedent!.Value));
        Assert.Equal(-1, relative.SubjectFrom);
    }

    [Fact]
    public void English_reduced_relative_is_a_passive_on_the_noun_it_follows()
    {
        var (doc, clauses) = Read("Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj resumed/VERB/0/root talks/NOUN/4/obj mediated/VERB/5/acl by/ADP/9/case the/DET/9/det EU/PROPN/6/obl:agent ./PUNCT/4/punct", Language.English);
        var mediated = Verb(doc, clauses, "mediated");
        Assert.Equal(ClauseOpener.Relative, mediated.Opener);
        Assert.Equal(-1, mediated.OpenerToken);
        Assert.Equal("talks", PhraseText(doc, mediated.Antecedent!.Value));
        Assert.Equal(Voice.Passive, mediated.Voice);
        Assert.Equal("the EU", Texts(doc, mediated.Agent));
        Assert.Equal("talks", Texts(doc, Verb(doc, clauses, "resumed").Objects));
    }

    [Fact]
    public void Indonesian_reduced_relative_modifies_the_noun_it_follows()
    {
        var (doc, clauses) = Read("Pasukan/NOUN/3/nsubj Rusia/PROPN/1/nmod menyerang/VERB/0/root kapal/NOUN/3/obj berbendera/VERB/4/acl Ukraina/PROPN/5/obj ./PUNCT/3/punct", Language.Indonesian);
        var flagged = Verb(doc, clauses, "berbendera");
        Assert.Equal(ClauseOpener.Relative, flagged.Opener);
        Assert.Equal("kapal", PhraseText(doc, flagged.Antecedent!.Value));
        Assert.Equal("kapal", Texts(doc, Verb(doc, clauses, "menyerang").Objects));
    }

    [Fact]
    public void English_control_verb_governs_its_xcomp_and_lends_it_its_subject()
    {
        var (doc, clauses) = Read("Turkey/PROPN/4/nsubj and/CCONJ/3/cc Greece/PROPN/1/conj agreed/VERB/0/root to/PART/6/mark resume/VERB/4/xcomp talks/NOUN/6/obj ./PUNCT/4/punct", Language.English);
        var agreed = Verb(doc, clauses, "agreed");
        var resume = Verb(doc, clauses, "resume");
        Assert.Equal(ClauseOpener.Chain, resume.Opener);
        Assert.Equal("to", Word(doc, resume.OpenerToken));
        Assert.Equal(agreed.Index, resume.Governor);
        Assert.Equal(agreed.Index, resume.SubjectFrom);
        Assert.Empty(resume.Subject);
        Assert.Equal("talks", Texts(doc, resume.Objects));
    }

    [Fact]
    public void Indonesian_control_verb_governs_its_xcomp_and_lends_it_its_subject()
    {
        var (doc, clauses) = Read("Turki/PROPN/4/nsubj dan/CCONJ/3/cc Yunani/PROPN/1/conj sepakat/VERB/0/root untuk/SCONJ/6/mark melanjutkan/VERB/4/xcomp perundingan/NOUN/6/obj ./PUNCT/4/punct", Language.Indonesian);
        var agreed = Verb(doc, clauses, "sepakat");
        var resume = Verb(doc, clauses, "melanjutkan");
        Assert.Equal(ClauseOpener.Chain, resume.Opener);
        Assert.Equal("untuk", Word(doc, resume.OpenerToken));
        Assert.Equal(agreed.Index, resume.Governor);
        Assert.Equal(agreed.Index, resume.SubjectFrom);
    }

    [Fact]
    public void Object_control_makes_the_governing_verbs_object_the_subject()
    {
        var (doc, clauses) = Read("Lee/PROPN/2/nsubj urged/VERB/0/root Tokyo/PROPN/2/obj to/PART/5/mark address/VERB/2/xcomp the/DET/7/det grievances/NOUN/5/obj ./PUNCT/2/punct", Language.English);
        var address = Verb(doc, clauses, "address");
        Assert.Equal(Verb(doc, clauses, "urged").Index, address.Governor);
        Assert.Equal("Tokyo", Texts(doc, address.Subject));
    }

    [Fact]
    public void English_speech_complement_is_governed_by_the_speech_verb()
    {
        var (doc, clauses) = Read("Russia/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark Ukraine/PROPN/5/nsubj attacked/VERB/2/ccomp the/DET/7/det port/NOUN/5/obj ./PUNCT/2/punct", Language.English);
        var said = Verb(doc, clauses, "said");
        var attacked = Verb(doc, clauses, "attacked");
        Assert.Equal(ClauseOpener.Complement, attacked.Opener);
        Assert.Equal("that", Word(doc, attacked.OpenerToken));
        Assert.Equal(said.Index, attacked.Governor);
        Assert.Equal("Ukraine", Texts(doc, attacked.Subject));
        Assert.Equal("Russia", Texts(doc, said.Subject));
        Assert.True(said.End <= attacked.Start, "the speech verb's clause ends before its complement");
    }

    [Fact]
    public void Indonesian_speech_complement_is_governed_by_the_speech_verb()
    {
        var (doc, clauses) = Read("Rusia/PROPN/2/nsubj mengatakan/VERB/0/root bahwa/SCONJ/5/mark Ukraina/PROPN/5/nsubj menyerang/VERB/2/ccomp pelabuhan/NOUN/5/obj itu/DET/6/det ./PUNCT/2/punct", Language.Indonesian);
        var said = Verb(doc, clauses, "mengatakan");
        var attacked = Verb(doc, clauses, "menyerang");
        Assert.Equal(ClauseOpener.Complement, attacked.Opener);
        Assert.Equal("bahwa", Word(doc, attacked.OpenerToken));
        Assert.Equal(said.Index, attacked.Governor);
        Assert.Equal("Ukraina", Texts(doc, attacked.Subject));
    }

    [Fact]
    public void English_if_clause_is_a_condition_with_its_own_subject()
    {
        var (doc, clauses) = Read("If/SCONJ/3/mark Russia/PROPN/3/nsubj attacks/VERB/7/advcl ,/PUNCT/3/punct NATO/PROPN/7/nsubj will/AUX/7/aux respond/VERB/0/root ./PUNCT/7/punct", Language.English);
        var condition = Verb(doc, clauses, "attacks");
        Assert.Equal(ClauseOpener.Condition, condition.Opener);
        Assert.Equal("If", Word(doc, condition.OpenerToken));
        Assert.Equal("Russia", Texts(doc, condition.Subject));
        var main = Verb(doc, clauses, "respond");
        Assert.Equal("NATO", Texts(doc, main.Subject));
        Assert.Equal("will", Word(doc, main.GroupStart));
    }

    [Fact]
    public void Indonesian_jika_clause_is_a_condition_with_its_own_subject()
    {
        var (doc, clauses) = Read("Jika/SCONJ/3/mark Rusia/PROPN/3/nsubj menyerang/VERB/7/advcl ,/PUNCT/3/punct NATO/PROPN/7/nsubj akan/AUX/7/aux membalas/VERB/0/root ./PUNCT/7/punct", Language.Indonesian);
        var condition = Verb(doc, clauses, "menyerang");
        Assert.Equal(ClauseOpener.Condition, condition.Opener);
        Assert.Equal("Jika", Word(doc, condition.OpenerToken));
        Assert.Equal("Rusia", Texts(doc, condition.Subject));
    }

    [Fact]
    public void A_when_clause_is_subordinate()
    {
        var (doc, clauses) = Read("Troops/NOUN/2/nsubj withdrew/VERB/0/root after/SCONJ/5/mark Russia/PROPN/5/nsubj attacked/VERB/2/advcl ./PUNCT/2/punct", Language.English);
        Assert.Equal(ClauseOpener.Subordinate, Verb(doc, clauses, "attacked").Opener);
    }

    [Theory]
    [InlineData("Russia/PROPN/2/nsubj attacked/VERB/0/root the/DET/4/det port/NOUN/2/obj and/CCONJ/6/cc killed/VERB/2/conj civilians/NOUN/6/obj ./PUNCT/2/punct", "en", "killed")]
    [InlineData("Rusia/PROPN/2/nsubj menyerang/VERB/0/root pelabuhan/NOUN/2/obj dan/CCONJ/5/cc menewaskan/VERB/2/conj warga/NOUN/5/obj ./PUNCT/2/punct", "id", "menewaskan")]
    public void A_coordinated_verb_shares_the_first_conjuncts_subject(string spec, string lang, string second)
    {
        var (doc, clauses) = Read(spec, lang == "en" ? Language.English : Language.Indonesian);
        var c = Verb(doc, clauses, second);
        Assert.Equal(ClauseOpener.Coordinated, c.Opener);
        Assert.Equal(0, c.SubjectFrom);
        Assert.Empty(c.Subject);
        Assert.Single(c.Objects);
    }
}
