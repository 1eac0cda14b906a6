using Warta.Actors;
using Warta.Clauses;
using Warta.Languages;
using Warta.Morphology;
using SentenceCoder = Warta.Coding.DocumentCoder.SentenceCoder;

namespace Warta.Coding.Rules;

/// <summary>The clause's subject (its resolved actors: names, pronouns, the speaker, a relative's antecedent).</summary>
internal sealed class SubjectSource : SourceRule
{
    public override string Name => "subject";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause) => s.SubjectsOf(clause.Index);
}

/// <summary>
/// "issued a joint communique calling on Myanmar to …": a verb whose subject is the thing the verb before it produced,
/// and names no actor, is the act of whoever produced it.
/// </summary>
internal sealed class IssuerOfDocument : SourceRule
{
    public override string Name => "issuer-of-document";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        if (clause.Voice == Voice.Passive || clause.Governor < 0 || clause.Subject.Count != 1) return [];
        var governor = s.Clauses[clause.Governor];
        if (governor.Objects.Count == 0 || governor.Objects[0].Start != clause.Subject[0].Start || s.ActorsIn(clause.Subject[0]).Count > 0) return [];
        return governor.Voice == Voice.Passive ? s.PassiveAgent(governor).Sources : s.SubjectsOf(governor.Index);
    }
}

/// <summary>"ditangkap oleh polisi", "was expelled by Russia": a passive's agent phrase.</summary>
internal sealed class AgentPhrase : SourceRule
{
    public const string RuleName = "agent-phrase";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        foreach (var phrase in clause.Agent)
            if (s.ActorsIn(phrase) is { Count: > 0 } agent) return agent;
        return [];
    }
}

/// <summary>"ditembak mati oleh para penyandera": a second verb right after the passive carries its oleh-phrase.</summary>
internal sealed class AgentOfNextVerb : SourceRule
{
    public override string Name => "agent-of-next-verb";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        foreach (var next in s.Clauses)
            if (next.Predicate == clause.Predicate + 1 && next.Subject.Count == 0)
                foreach (var phrase in next.Agent)
                    if (s.ActorsIn(phrase) is { Count: > 0 } agent) return agent;
        return [];
    }
}

/// <summary>
/// Indonesian: a noun phrase right after a di- verb is its agent ("ditangkap polisi"). Only di- (and diper-) passives
/// take a bare agent: after a ter- form the noun is its patient ("terbunuhnya seorang warga", "tertangkapnya buronan").
/// </summary>
internal sealed class BareAgent : SourceRule
{
    public const string RuleName = "bare-agent";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, Clause clause) =>
        s.Document.Language == Language.Indonesian && clause.Objects.Count > 0 && clause.Objects[0].Start == clause.Predicate + 1
        && IsDiPassive(s.Document[clause.Predicate].Morph)
        && s.ActorsIn(clause.Objects[0]) is { Count: > 0 } direct && !SentenceCoder.IsBareRole(direct[0].Actor)
            ? direct
            : [];

    private static bool IsDiPassive(MorphAnalysis? morph) => morph is { Prefixes: [var outer, ..] } && outer is "di" or "diper";
}

/// <summary>"dipanggil ke Kementerian Luar Negeri di Moskow": the government the patient was brought to.</summary>
internal sealed class GovernmentBroughtTo : SourceRule
{
    public override string Name => "government-brought-to";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        foreach (var phrase in clause.Obliques)
            if (s.IsDestination(phrase.Preposition) && s.ActorsIn(phrase) is { Count: > 0 } host && host[0].Actor.Role == "GOV")
                return host;
        return [];
    }
}

/// <summary>"duta besarnya untuk Moskow dipanggil": an envoy summoned without a named agent is summoned by the country he is posted to.</summary>
internal sealed class EnvoyPosting : SourceRule
{
    public override string Name => "envoy-posting";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        foreach (var phrase in clause.Subject)
            if (s.PostingCountry(phrase) is { } posting) return [posting];
        return [];
    }
}

/// <summary>
/// "27 awak kapal diamankan", "he was detained", "aparat dikerahkan": acts whose CAMEO row says a passive with no agent
/// is the state's (arrests, deportations, releases, deployments) are the government's of the place in the clause, else
/// of the story's home country.
/// </summary>
internal sealed class StateWhereItHappened : SourceRule
{
    public override string Name => "state-where-it-happened";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        if (s.VerbMatch(clause) is not { } match || !s.Behaviour(match.Code).PassiveAgentState) return [];
        if (PlaceGovernment(s, clause) is { } government) return [government];
        // "who was detained in Beijing in March and formally arrested in October": a passive coordinated with the one
        // before it, sharing its subject, happened where that one did.
        if (clause.Opener == ClauseOpener.Coordinated && clause.SubjectFrom >= 0
            && s.Clauses.Find(c => c.Index == clause.SubjectFrom) is { Voice: Voice.Passive } first && PlaceGovernment(s, first) is { } shared)
            return [shared];
        return s.HomeGovernment() is { } home ? [home] : [];
    }

    private static ActorRef? PlaceGovernment(SentenceCoder s, Clause clause)
    {
        foreach (var phrase in clause.Obliques)
            if (s.IsLocative(phrase.Preposition) && s.ActorsIn(phrase, places: true) is { Count: > 0 } place && place[0].Actor.Country is { } country)
                return SentenceCoder.Implicit(Actor.Combine(country, country, "GOV"));
        return null;
    }
}
