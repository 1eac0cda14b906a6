namespace Warta.Coding.Rules;

/// <summary>
/// Every rule that chooses the source or the target of an event, registered here and only here, in the order they are
/// tried: the first rule of a list that finds someone other than the source itself wins. Each event records the names of the rules that chose its
/// actors (<see cref="EventRecord.ActorRule"/>), and docs/coding.md lists them in this order (a test checks it).
/// </summary>
internal static class ActorRules
{
    /// <summary>Sources of an active verb clause.</summary>
    public static readonly IReadOnlyList<SourceRule> ActiveSources = [new SubjectSource(), new IssuerOfDocument()];

    /// <summary>Sources of a passive verb clause: its agent, else whoever the clause implies.</summary>
    public static readonly IReadOnlyList<SourceRule> PassiveSources =
    [
        new AgentPhrase(),
        new AgentOfNextVerb(),
        new BareAgent(),
        new GovernmentBroughtTo(),
        new EnvoyPosting(),
        new EarlierPassiveAgent(),
        new StateWhereItHappened(),
    ];

    /// <summary>Targets of an active verb clause: the parties it names, then the ones it leaves implicit.</summary>
    public static readonly IReadOnlyList<TargetRule> ActiveTargets =
    [
        new DoerOfObject(),
        new RelationalPartner(),
        new NamedTarget(),
        new OwnSideObject(),
        new ReactedToDoer(),
        new ParticleClauseTarget(),
        new ThingFought(),
        new ComplementSubject(),
        new PurposeTarget(),
        new EventAnaphoraTarget(),
        new ConditionSubject(),
        new LaterCoordinatedTarget(),
        new EarlierCoordinatedTarget(),
        new AssaultPlace(),
        new DiscoursePartnerTarget(),
        new DomesticAct(),
    ];

    /// <summary>Targets of a passive verb clause.</summary>
    public static readonly IReadOnlyList<TargetRule> PassiveTargets = [new PatientSubject(), new PatientModifier(), new PassiveEntryPreposition(), new EventAnaphoraTarget()];

    // Rules that act after a list has run, whatever it found, and the steps of statements and event nouns.

    /// <summary>"Russia and Ukraine exchanged prisoners", "kedua negara sepakat …": a reciprocal act, an act on "each
    /// other" or an agreement of several distinct subjects is between them, whatever the list found.</summary>
    public const string ReciprocalSubjects = "reciprocal-subjects";
    /// <summary>"Indonesia dan Malaysia bekerja sama", "Each side accused the other": with no target, a joint act
    /// (CAMEO column joint) of several sources, or anything a pair does, is between them, each way.</summary>
    public const string JointAct = "joint-act";
    /// <summary>"Tentara Myanmar membunuh warga sipil": people whose country was only the story's default, target of a
    /// coercive act, are of the place named, else the source's own country (suffixed to the rule that found them).</summary>
    public const string OwnPeople = "own-people";
    /// <summary>A protest (CAMEO column protest) with no target is aimed at the story's home government.</summary>
    public const string HomeGovernment = "home-government";

    /// <summary>Statements: the speaker is the source; "kepada"/"to" names the one addressed.</summary>
    public const string Speaker = "speaker";
    public const string Addressee = "addressee";

    /// <summary>Event nouns: "serangan Rusia" (possessor), "penangkapan aktivis" (the possessor of a process noun is its patient).</summary>
    public const string Possessor = "possessor";
    public const string PatientPossessor = "patient-possessor";
    /// <summary>"a request from Kyiv": the lexicon entry's source preposition.</summary>
    public const string SourcePreposition = "source-preposition";
    /// <summary>"Serangan drone Rusia": after a trigger of several words the owner is the first phrase that follows.</summary>
    public const string OwnerAfterTrigger = "owner-after-trigger";
    /// <summary>"melancarkan serangan", "menegaskan dukungannya": a light or speech verb's subject is its noun's agent.</summary>
    public const string HostSubject = "host-subject";
    /// <summary>"drones entered Romanian airspace during an attack on Ukrainian ports": a coercive noun with no owner is the acting side's.</summary>
    public const string ActingSide = "acting-side";
    /// <summary>"Serangan Rusia menghantam jaringan listrik di Odesa": an assault that is a verb's subject hits where the verb says.</summary>
    public const string StruckPlace = "struck-place";
    /// <summary>"Tiga warga sipil tewas dalam serangan udara Israel": an assault a casualty word is "in" hit that word's subject.</summary>
    public const string CasualtySubject = "casualty-subject";
    /// <summary>"menerima permintaan dari Kiev": a request received is made to the receiver.</summary>
    public const string Receiver = "receiver";
    /// <summary>"talks between Armenia and Azerbaijan": a joint or reciprocal noun with no doer is between the parties named, each way.</summary>
    public const string BetweenParties = "between-parties";
    /// <summary>"serangan yang dilancarkan kelompok bersenjata", "the exercise held by the Chinese navy": the agent of a
    /// light verb in a passive relative clause on the noun is the noun's doer.</summary>
    public const string RelativeLightAgent = "relative-light-agent";

    /// <summary>Every rule name, each once, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. ActiveSources.Select(r => r.Name), .. PassiveSources.Select(r => r.Name),
        .. ActiveTargets.Select(r => r.Name), .. PassiveTargets.Select(r => r.Name)
            .Where(n => !ActiveTargets.Any(a => a.Name == n)),
        ReciprocalSubjects, JointAct, OwnPeople, HomeGovernment, Speaker, Addressee,
        Possessor, PatientPossessor, SourcePreposition, OwnerAfterTrigger, HostSubject, ActingSide, StruckPlace, CasualtySubject, Receiver,
        BetweenParties, RelativeLightAgent,
    ];
}
