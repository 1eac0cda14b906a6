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
/// and names no actor, is the act of whoever produced it. So is a relative clause on what a light verb produced
/// ("mengeluarkan pernyataan yang menuntut pemerintah Turki …": the statement demands what its issuers demand); other
/// verbs' objects are people or things that act for themselves ("menangkap seorang pria yang menyerang …").
/// </summary>
internal sealed class IssuerOfDocument : SourceRule
{
    public const string RuleName = "issuer-of-document";
    public override string Name => RuleName;
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        if (clause.Voice == Voice.Passive) return [];
        if (ProducerOfAntecedent(s, clause) is { } producer) return Producers(s, producer);
        if (clause.Governor < 0 || clause.Subject.Count != 1) return [];
        var governor = s.Clauses[clause.Governor];
        if (governor.Objects.Count == 0 || governor.Objects[0].Start != clause.Subject[0].Start || s.ActorsIn(clause.Subject[0]).Count > 0) return [];
        return Producers(s, governor);
    }

    private static List<ActorRef> Producers(SentenceCoder s, Clause producer) =>
        producer.Voice == Voice.Passive ? s.PassiveAgent(producer).Sources : s.SubjectsOf(producer.Index);

    /// <summary>The light verb clause whose direct object is this relative clause's antecedent, when the antecedent names no actor.</summary>
    private static Clause? ProducerOfAntecedent(SentenceCoder s, Clause clause)
    {
        if (clause.Opener != ClauseOpener.Relative || clause.Subject.Count > 0 || clause.Antecedent is not { } antecedent
            || s.ActorsIn(antecedent).Count > 0) return null;
        foreach (var host in s.Clauses)
            if (host.Index != clause.Index && !host.IsNominal && host.Objects.Count > 0 && host.Objects[0].Start == antecedent.Start
                && s.IsLightVerb(host))
                return host;
        return null;
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
/// "was detained in Beijing in March and formally arrested in October": a passive coordinated with an earlier passive
/// whose patient it shares is done by the same agent, whoever the earlier one's rules found (here the state where the
/// detention happened), not by the state of the story's home country.
/// </summary>
internal sealed class EarlierPassiveAgent : SourceRule
{
    public override string Name => "earlier-passive-agent";
    public override List<ActorRef> Find(SentenceCoder s, Clause clause)
    {
        if (clause.Opener != ClauseOpener.Coordinated || clause.Subject.Count > 0 || clause.SubjectFrom < 0 || clause.SubjectFrom >= clause.Index)
            return [];
        var earlier = s.Clauses[clause.SubjectFrom];
        return earlier.Voice == Voice.Passive ? s.PassiveAgent(earlier).Sources : [];
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
        return (s.PlaceGovernment(clause) ?? s.HomeGovernment()) is { } state ? [state] : [];
    }
}
