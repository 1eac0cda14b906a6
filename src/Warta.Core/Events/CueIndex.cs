using System.Collections.Frozen;
using Warta.Text;

namespace Warta.Events;

/// <summary>
/// For each candidate list of a predicate table, the set of words that begin one of its cues, so that a clause is
/// scanned once per predicate rather than once per cue.
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<PhraseTable<PredicateEntry>.Item[], FrozenSet<string>> _firstWords = new(ReferenceEqualityComparer.Instance);

    public CueIndex(PhraseTable<PredicateEntry> table)
    {
        foreach (var bucket in table.Buckets)
            _firstWords[bucket] = bucket.Where(i => i.Value.Cue.Count > 0).Select(i => i.Value.Cue[0])
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Writes the positions in [from, to) whose word starts a cue of <paramref name="bucket"/>; returns how many (at most the span's length).</summary>
    public int FindStarts(PhraseTable<PredicateEntry>.Item[] bucket, Document doc, int from, int to, Span<int> found)
    {
        if (!_firstWords.TryGetValue(bucket, out var words) || words.Count == 0) return 0;
        var bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int count = 0;
        for (int i = from; i < to && count < found.Length; i++)
        {
            var token = doc[i];
            var lemma = token.Morph?.Lemma;
            if (bySpan.Contains(token.Text) || (lemma is not null && (words.Contains(lemma) || IsPluralOfAny(token, bySpan))))
                found[count++] = i;
        }
        return count;
    }

    // "troops" for the cue word "troop": a noun lemma the lemma table left plural (HeadMatcher.IsUnreducedPlural).
    private static bool IsPluralOfAny(Token token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        HeadMatcher.TryPluralStems(token, out var withoutS, out var withoutEs)
        && (words.Contains(withoutS) || !withoutEs.IsEmpty && words.Contains(withoutEs));
}
