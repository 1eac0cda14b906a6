using Warta.Pipelines;
using C = Warta.Coding.Stages.CodingAttributes;
using SentenceCoder = Warta.Coding.DocumentCoder.SentenceCoder;

namespace Warta.Coding.Stages;

/// <summary>Every sentence's actor mentions (the mention finder, docs/actors.md); a dateline's only name where the story is from.</summary>
internal sealed class DocumentMentionStage : IDocumentStage
{
    public StageInfo Info { get; } = new("document-mentions", [Attributes.Sentences, Attributes.Tokens, Attributes.Pos], [C.DocumentMentions]);
    public void Run(DocumentCoder document) => document.FindMentions();
}

/// <summary>The country the story is about, whose bare role nouns ("polisi", "the government") they are.</summary>
internal sealed class HomeCountryStage : IDocumentStage
{
    public StageInfo Info { get; } = new("home-country", [C.DocumentMentions], [C.HomeCountry]);
    public void Run(DocumentCoder document) => document.FindHomeCountry();
}

/// <summary>The sentence's mentions with people remembered by surname and titled people's countries; each one is remembered.</summary>
internal sealed class MentionStage : ISentenceStage
{
    public StageInfo Info { get; } = new("mentions", [C.DocumentMentions, C.HomeCountry], [C.Mentions]);
    public void Run(SentenceCoder sentence) => sentence.FindMentions();
}

/// <summary>The sentence's dates, relative ones read against the previous sentence's (docs/dates.md).</summary>
internal sealed class DateStage : ISentenceStage
{
    public StageInfo Info { get; } = new("dates", [Attributes.Tokens, Attributes.Pos], [C.Dates]);
    public void Run(SentenceCoder sentence) => sentence.FindDates();
}

/// <summary>Clauses: each verb with its subject, objects, obliques, agent and what joins it to the clause before.</summary>
internal sealed class ClauseStage : ISentenceStage
{
    public StageInfo Info { get; } = new("clauses", [C.Mentions, C.Dates, Attributes.Voice], [C.Clauses]);
    public void Run(SentenceCoder sentence) => sentence.ReadClauses();
}

/// <summary>Speech clauses (kata X, X said, menurut X) and the sentence's speaker, who "we" and quotes stand for.</summary>
internal sealed class SpeakerStage : ISentenceStage
{
    public StageInfo Info { get; } = new("speakers", [C.Clauses], [C.Speaker]);
    public void Run(SentenceCoder sentence) => sentence.FindSpeech();
}

/// <summary>Each clause's subject as actors: names, pronouns, pairs, the speaker, a relative's antecedent.</summary>
internal sealed class ActorResolutionStage : ISentenceStage
{
    public StageInfo Info { get; } = new("actor-resolution", [C.Clauses, C.Speaker], [C.Subjects]);
    public void Run(SentenceCoder sentence) => sentence.ResolveSubjects();
}

/// <summary>
/// The event lexicon's entry for each verb clause that is not speech (or a built-in one: hosting, promise, refusal), then
/// for each event noun that is an event of its own.
/// </summary>
internal sealed class EventMatchStage : ISentenceStage
{
    public StageInfo Info { get; } = new("event-match", [C.Clauses, C.Subjects], [C.Matches]);
    public void Run(SentenceCoder sentence) => sentence.MatchEvents();
}

/// <summary>What each matched clause asserts: negated, hypothetical, intended, threatened, alleged, a question.</summary>
internal sealed class ModalityStage : ISentenceStage
{
    public StageInfo Info { get; } = new("modality", [C.Matches], [C.Modality]);
    public void Run(SentenceCoder sentence) => sentence.WorkOutModalities();
}

/// <summary>
/// The actor rules (Coding/Rules/ActorRules.cs) on each matched verb clause, event noun and statement: candidate events
/// with their source, target, code after the intent, threat and refusal conversions, and the rules that chose them.
/// </summary>
internal sealed class TargetStage : ISentenceStage
{
    public StageInfo Info { get; } = new("targets", [C.Matches, C.Modality, C.Subjects, C.Speaker], [C.Candidates]);
    public void Run(SentenceCoder sentence) => sentence.CodeCandidates();
}

/// <summary>Candidates to event records: one per source, target and root, dated and placed.</summary>
internal sealed class EventStage : ISentenceStage
{
    public StageInfo Info { get; } = new("events", [C.Candidates, C.Dates], [C.Events]);
    public void Run(SentenceCoder sentence) => sentence.EmitEvents();
}
