using Warta.Actors;
using Warta.Clauses;
using Warta.Events;
using Warta.Morphology;
using Warta.Text;
using SentenceCoder = Warta.Coding.DocumentCoder.SentenceCoder;

namespace Warta.Coding.Rules;

/// <summary>
/// "demanded an immediate admission by Moscow", "investigating alleged war crimes by Croatian extremists against Serb
/// civilians", "prevented the demonstration staged by students": an object that names no one but an act, with its doer
/// in a by-phrase (the clause's own agent phrase after the object, or the agent of a passive clause on the object), is
/// aimed at that doer, not at the act's victims or place the other phrases name.
/// </summary>
internal sealed class DoerOfObject : TargetRule
{
    public override string Name => "doer-of-object";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        var clause = q.Clause;
        if (clause.Objects.Count == 0 || q.Match.IsSpeech) return [];
        var obj = clause.Objects[0];
        if (s.ActorsIn(obj).Count > 0) return [];
        foreach (var phrase in clause.Agent)
            if (phrase.Start >= obj.End && s.ActorsIn(phrase, q.Source) is { Count: > 0 } doer) return doer;
        foreach (var other in s.Clauses)
            if (other.Voice == Voice.Passive && other.Index != clause.Index && OnObject(other, obj))
                foreach (var phrase in other.Agent)
                    if (s.ActorsIn(phrase, q.Source) is { Count: > 0 } doer) return doer;
        return [];
    }

    /// <summary>A passive right after the object ("the demonstration staged by …") or a relative clause on it.</summary>
    private static bool OnObject(Clause passive, Phrase obj) =>
        passive.Predicate == obj.End && passive.Subject.Exists(p => p.Start == obj.Start && p.End == obj.End)
        || passive.Opener == ClauseOpener.Relative && passive.Antecedent is { } antecedent && antecedent.Start == obj.Start && antecedent.End == obj.End;
}

/// <summary>
/// "deployed troops to the border with Finland", "menghentikan impor dari Jepang", "kerja sama yang lebih erat dengan
/// Meksiko menjelang perundingan dengan Amerika Serikat": the partner of a relation or exchange the clause names (border,
/// trade, talks) is the party of the noun's own with- or from-phrase, not a bare role before it or a phrase further right.
/// </summary>
internal sealed class RelationalPartner : TargetRule
{
    public override string Name => "relational-partner";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        q.Clause.Voice == Voice.Passive ? [] : s.RelationalPartner(q.Clause, q.Source);
}

/// <summary>
/// "mengecam Rusia", "bertemu dengan Wang Yi", "aimed at Gaza": the clause's own object or preposition phrase (the
/// lexicon's prepositions first). A reciprocal act takes its partner only from its own preposition or object.
/// </summary>
internal sealed class NamedTarget : TargetRule
{
    public const string RuleName = "named-target";
    public override string Name => RuleName;
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        s.TargetOf(q.Clause, q.Match.TargetPrepositions, q.Source, anyPreposition: !q.Match.Reciprocal);
}

/// <summary>
/// "Hammad's government blamed Dbeibah" (both LBYGOV), "the Serbian parliament urged Serbia's president to resign": a
/// clause whose object names only the source's own side (by a country or a person's name, not by a pronoun or a bare
/// role whose country is inferred) is a domestic act, aimed at the source's country (as PLOVER codes such acts, X→X),
/// not at a party the story named before, which the rules after named-target would otherwise go on to find.
/// </summary>
internal sealed class OwnSideObject : TargetRule
{
    public override string Name => "own-side-object";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        if (q.Match.IsSpeech || q.Source?.Country is not { } home || !SentenceCoder.IsSingleParty(q.Sources)) return [];
        foreach (var phrase in q.Clause.Objects)
        {
            var named = s.NamedActorsIn(phrase);
            if (named.Count == 0) continue;
            // (A person who is the source himself, "defended himself", is no other part of his side.)
            if (!named.TrueForAll(t => t.Actor.Country == home && !(t.Actor.Name is { } name && name == q.Source.Name))) return [];
            return [new ActorRef(new Actor(home, home, null), named[0].Start, named[0].End) { FromPlace = true }];
        }
        return [];
    }
}

/// <summary>
/// "dismissed an appeal from President X", "welcomed Jakarta's offer", "menolak usulan Rusia": a verb that reacts to
/// what its object names (CAMEO column reaction) is aimed at whoever made the request, offer or charge.
/// </summary>
internal sealed class ReactedToDoer : TargetRule
{
    public override string Name => "reacted-to-doer";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        if (q.Match.IsSpeech || !s.Behaviour(q.Match.Code).Reaction) return [];
        var doer = s.DoerOfObjectNoun(q.Clause);
        return doer.Count > 0 && !SentenceCoder.IsSame(doer[0], q.Source) ? doer : [];
    }
}

/// <summary>"memanggil pulang duta besarnya": a particle the tagger read as a verb took the object into a clause of its own.</summary>
internal sealed class ParticleClauseTarget : TargetRule
{
    public override string Name => "particle-clause";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        if (q.Match.TriggerEnd <= q.Clause.Predicate + 1) return [];
        var rest = s.Clauses.Find(other => other.Predicate > q.Clause.Predicate && other.Predicate < q.Match.TriggerEnd);
        return rest is null ? [] : s.TargetOf(rest, q.Match.TargetPrepositions, q.Source, anyPreposition: !q.Match.Reciprocal);
    }
}

/// <summary>
/// "help his country fight illegal fishing", "battle corruption": an act of force whose party takes a preposition
/// (fight against X) and whose object names no one (no actor, name or pronoun) is a struggle against a thing: no event.
/// </summary>
internal sealed class ThingFought : TargetRule
{
    public override string Name => "thing-fought";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) => [];

    public override string? Veto(SentenceCoder s, TargetQuery q) =>
        s.Behaviour(q.Match.Code).Assault && q.Match.TargetPrepositions.Count > 0 && q.Clause.Objects.Count > 0 && !q.Match.HasCue
        && q.Clause.Objects.TrueForAll(o => s.ActorsIn(o).Count == 0 && !NamesSomeone(s.Document, o))
            ? "its object is a thing fought, not a party: no act of force"
            : null;

    private static bool NamesSomeone(Document doc, Phrase phrase)
    {
        for (int t = phrase.Start; t < phrase.End; t++)
            if (doc.TokenRows[t].Pos is Upos.PROPN or Upos.PRON) return true;
        return false;
    }
}

/// <summary>
/// "demanded that Tehran explain", "mendesak agar Israel menghentikan": the one asked is the complement's subject.
/// For statements and denials ("Peskov membantah bahwa Rusia menargetkan …") the speaker's own country in the
/// complement is not whom the statement is aimed at.
/// </summary>
internal sealed class ComplementSubject : TargetRule
{
    public const string RuleName = "complement-subject";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        var source = q.Source!;
        bool ownSideExcluded = s.Behaviour(q.Match.Code).Statement;
        foreach (var other in s.Clauses)
        {
            if (other.Governor != q.Clause.Index || other.Subject.Count == 0) continue;
            var subject = s.SubjectsOf(other.Index);
            if (subject.Count > 0 && !subject[0].IsFirstPerson && !SentenceCoder.IsSame(subject[0], source)
                && !(ownSideExcluded && subject[0].Actor.Key == source.Key)) return subject;
        }
        return [];
    }
}

/// <summary>
/// "menembakkan gas air mata untuk membubarkan massa": the act's target is the one its purpose is aimed at;
/// "declined to return the fossils": a refusal's, the one the refused act was for.
/// </summary>
internal sealed class PurposeTarget : TargetRule
{
    public override string Name => "purpose-target";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        foreach (var other in s.Clauses)
            if (other.Governor == q.Clause.Index && other.Opener == ClauseOpener.Chain && other.SubjectFrom == q.Clause.Index
                && s.TargetOf(other, [], q.Source) is { Count: > 0 } aimed)
                return aimed;
        return [];
    }
}

/// <summary>
/// "The Kremlin condemned the sanctions", "Jepang memprotes peluncuran itu", "was welcomed by Indonesia": the object
/// (or a passive's patient) is an earlier event, so the target is whoever did it.
/// </summary>
internal sealed class EventAnaphoraTarget : TargetRule
{
    public const string RuleName = "event-anaphora";
    public override string Name => RuleName;
    // "carried out an attack on the town of Mueda": an assault that names the settlement it struck points back at no
    // earlier act; assault-place places it.
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        s.Behaviour(q.Match.Code).Assault && s.UnknownSettlement(q.Clause, q.Clause.Predicate) is not null ? [] : s.EventAnaphora(q.Clause, q.Source!);
}

/// <summary>
/// "prepared to trigger UN sanctions if Iran failed to cooperate", "akan menyerang jika Israel …": a threatened or
/// coercive act with no one named is aimed at whoever the condition is about.
/// </summary>
internal sealed class ConditionSubject : TargetRule
{
    public const string RuleName = "condition-subject";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) => Find(s, q.Match.Code, q.Modality, q.Sources);

    public static List<ActorRef> Find(SentenceCoder s, string code, Modality modality, List<ActorRef> sources)
    {
        if (!s.Behaviour(code).Coercive && !modality.Intended) return [];
        foreach (var other in s.Clauses)
        {
            if (other.Opener != ClauseOpener.Condition || other.Subject.Count == 0) continue;
            var subject = s.SubjectsOf(other.Index);
            if (subject.Count > 0 && !subject[0].IsFirstPerson && !sources.Exists(x => SentenceCoder.IsSame(subject[0], x.Actor))) return subject;
        }
        return [];
    }
}

/// <summary>
/// "denied that Beijing had any involvement and accused London of …": a verb with no target of its own shares the one
/// named for the verb coordinated after it.
/// </summary>
internal sealed class LaterCoordinatedTarget : TargetRule
{
    public override string Name => "later-coordinated-target";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        // "Fidan, speaking in Ankara, accused Greece …": a reciprocal act (speak with, meet) has only the partner it names.
        if (q.Match.Reciprocal) return [];
        foreach (var other in s.Clauses)
            if (other.Opener == ClauseOpener.Coordinated && other.SubjectFrom == q.Clause.Index && s.VerbMatch(other) is { IsSpeech: false } later
                && s.TargetOf(other, later.TargetPrepositions, q.Source) is { Count: > 0 } aimed && !aimed.Exists(a => a.HomeDefault))
                return aimed;
        return [];
    }
}

/// <summary>
/// "spoke with both leaders and appealed for restraint": a coordinated verb with no target of its own is aimed at the
/// first verb's.
/// </summary>
internal sealed class EarlierCoordinatedTarget : TargetRule
{
    public override string Name => "earlier-coordinated-target";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        q.Clause.Opener == ClauseOpener.Coordinated && q.Clause.SubjectFrom >= 0 && s.TargetsOfClause(q.Clause.SubjectFrom) is { } shared
            ? shared
            : [];
}

/// <summary>
/// "melancarkan serangan udara ke sebuah desa di wilayah Sagaing", "shelled Kharkiv": an assault with no party named is
/// aimed at the place it struck or, failing that, the place where it happened.
/// </summary>
internal sealed class AssaultPlace : TargetRule
{
    public const string RuleName = "assault-place";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        s.Behaviour(q.Match.Code).Assault ? s.TargetOrPlace(q.Clause, q.Source) : [];
}

/// <summary>
/// "Jepang memprotes", "Egypt and Saudi Arabia urged a ceasefire": a reaction with no party named is aimed at the story's
/// other side (see <see cref="SentenceCoder.DiscoursePartner"/>), unless what the parties do is done together (met,
/// agreed) and so is between them (see <see cref="ActorRules.JointAct"/>). Not protests (see
/// <see cref="ActorRules.HomeGovernment"/>), nor an organisation meeting with no one named, which meets within itself.
/// </summary>
internal sealed class DiscoursePartnerTarget : TargetRule
{
    public const string RuleName = "discourse-partner";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        var m = q.Match;
        if (m.IsSpeech || s.Behaviour(m.Code).Protest || m.Reciprocal && q.Sources[0].Actor.Code.StartsWith("IGO", StringComparison.Ordinal)) return [];
        if (!SentenceCoder.IsSingleParty(q.Sources) && s.Behaviour(m.Code).Joint) return [];
        if (s.Behaviour(m.Code).NamedVictim || IsRelativeClause(s.Document, q.Clause)) return [];
        return s.DiscoursePartner(q.Sources, homeFallback: !m.Reciprocal);
    }

    /// <summary>
    /// A relative clause only describes its antecedent ("Hungary, which had threatened to veto the package", "pertemuan
    /// yang membahas …"), and so does an English -ing participle right after a noun, a relative clause without its
    /// pronoun ("a resolution censuring …"): it tells no reaction to the story's other side, and whom it is aimed at the
    /// text says or it is not known.
    /// </summary>
    private static bool IsRelativeClause(Document doc, Clause clause) =>
        clause.Opener == ClauseOpener.Relative
        || clause.Opener == ClauseOpener.None && clause.Predicate > 0 && doc.TokenRows[clause.Predicate].Morph is { VerbForm: "Ger" }
           && doc.TokenRows[clause.Predicate - 1].Pos is Upos.NOUN or Upos.PROPN;
}

/// <summary>
/// "Militer Myanmar melancarkan serangan udara ke sebuah desa …", "the Serbian parliament approved a special law",
/// "the vice-president declined to resign": an act of one party in a sentence that names no other country (the speaker
/// reporting it aside) is a domestic
/// one, aimed at the source's own country (PLOVER codes such events X→X; an act with no party at all is no event). Not
/// for speech, nor for protests, which are aimed at the home government (<see cref="ActorRules.HomeGovernment"/>), nor
/// for a pair or several sources, which act on each other (<see cref="ActorRules.JointAct"/>).
/// </summary>
internal sealed class DomesticAct : TargetRule
{
    public override string Name => "domestic-act";
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q)
    {
        if (q.Match.IsSpeech || s.Behaviour(q.Match.Code).Protest || q.Sources[0].Actor.Country is not { } home
            || !SentenceCoder.IsSingleParty(q.Sources) || q.Sources.Exists(a => a.FromPair)) return [];
        // The speaker who reports the act ("…, Argentine newspapers reported") takes no part in it.
        foreach (var m in s.Mentions)
            if (m.Actor.Country is { } country && country != home && !s.IsAttribution(m.FirstToken)) return [];
        return [new ActorRef(new Actor(home, home, null), -1, -1) { FromPlace = true, IsImplicit = true }];
    }
}

/// <summary>"Mahasiswa ditangkap", "was expelled": a passive's surface subject is its patient.</summary>
internal sealed class PatientSubject : TargetRule
{
    public override string Name => "patient-subject";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) => s.SubjectsOf(q.Clause.Index);
}

/// <summary>
/// "Sanctions were imposed on Russia by the EU", "Aid was sent to Gaza": a passive whose patient is the thing done (no
/// actor) is aimed at the party of the lexicon entry's own preposition, as the active's "imposed sanctions on Russia" is.
/// </summary>
internal sealed class PassiveEntryPreposition : TargetRule
{
    public override string Name => "passive-entry-preposition";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) =>
        q.Match.TargetPrepositions.Count == 0 ? [] : s.EntryPrepositionTarget(q.Clause, q.Match.TargetPrepositions, q.Source);
}

/// <summary>
/// "A camp for Congolese refugees was attacked by militiamen", "A refugee camp in Chad was shelled": a passive's patient
/// that names no one is the party its prepositional phrase names, the one the active's object would have kept as an
/// oblique ("attacked a camp for Congolese refugees", which named-target reads).
/// </summary>
internal sealed class PatientModifier : TargetRule
{
    public override string Name => "patient-modifier";
    public override bool NeedsSource => false;
    public override List<ActorRef> Find(SentenceCoder s, TargetQuery q) => s.PatientModifierActors(q.Clause, q.Source);
}
