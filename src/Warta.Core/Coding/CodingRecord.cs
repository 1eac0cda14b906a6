using Warta.Actors;
using Warta.Clauses;
using Warta.Dates;

namespace Warta.Coding;

/// <summary>What the coding stages recorded for one document during the run: <c>explain</c> prints it, never recomputes.</summary>
/// <param name="Sentences">One record per sentence; null for a sentence no stage looked at.</param>
/// <param name="Trace">Each clause the coder looked at and what came of it.</param>
public sealed record CodingRecord(string? HomeCountry, IReadOnlyList<SentenceRecord?> Sentences, IReadOnlyList<ClauseTrace> Trace);

/// <summary>What the sentence stages found in one sentence.</summary>
/// <param name="IsDateline">A dateline: its mentions only say where the story is from, and it is not coded.</param>
/// <param name="Speaker">The actor codes of the sentence's speaker (the speaker stage).</param>
/// <param name="Subjects">Per clause, the actor codes of its subject (the actor resolution stage).</param>
/// <param name="Matches">Each verb clause the event match stage matched, with its modality (the modality stage).</param>
public sealed record SentenceRecord(int Index, bool IsDateline, IReadOnlyList<Mention> Mentions, IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Clause> Clauses, IReadOnlyList<string> Speaker, IReadOnlyList<IReadOnlyList<string>> Subjects,
    IReadOnlyList<MatchedClause> Matches, IReadOnlyList<EventRecord> Events)
{
    internal static SentenceRecord Dateline(int index, IReadOnlyList<Mention> mentions) =>
        new(index, true, mentions, [], [], [], [], [], []);
}

/// <summary>A verb clause with the lexicon entry that matched it and the modality it was given.</summary>
public sealed record MatchedClause(int Clause, string Rule, string Modality);
