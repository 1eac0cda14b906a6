using Warta.Store.Syndication;

namespace Warta.Store.Saving;

/// <summary>A stored document that shares a MinHash band with a planned one: a candidate original.</summary>
internal sealed record SyndicationCandidate(string Id, long Seq, string? SyndicatedFrom, string Text);

/// <summary>
/// Marks syndicated copies among planned documents. A document is a copy of the earliest earlier document (lower
/// ingest sequence) whose shingles it shares at <see cref="Threshold"/> or more; copies point at the original, never
/// at another copy. Candidates come from the store's band index (passed in) and from the batch itself; only they are
/// compared exactly.
/// </summary>
internal static class SyndicationMatcher
{
    /// <summary>Jaccard similarity of word shingles from which a later text is a copy of an earlier one.</summary>
    public const double Threshold = 0.9;

    /// <param name="storedCandidates">For each planned document id, the stored documents sharing one of its bands.</param>
    public static void Assign(IReadOnlyList<PlannedDocument> planned, IReadOnlyDictionary<string, List<SyndicationCandidate>> storedCandidates)
    {
        var bandIndex = new Dictionary<(int, ulong), List<PlannedDocument>>();
        foreach (var p in planned.OrderBy(p => p.Seq))
        {
            var matches = new List<(long Seq, string Root)>();
            foreach (var c in storedCandidates.GetValueOrDefault(p.Id) ?? [])
                if (c.Seq < p.Seq && Shingles.Jaccard(p.Shingles, Shingles.Of(c.Text)) >= Threshold)
                    matches.Add((c.Seq, c.SyndicatedFrom ?? c.Id));
            var seen = new HashSet<PlannedDocument>();
            for (int band = 0; band < p.Bands.Length; band++)
                foreach (var earlier in bandIndex.GetValueOrDefault((band, p.Bands[band])) ?? [])
                    if (seen.Add(earlier) && Shingles.Jaccard(p.Shingles, earlier.Shingles) >= Threshold)
                        matches.Add((earlier.Seq, earlier.SyndicatedFrom ?? earlier.Id));
            p.SyndicatedFrom = matches.Count == 0 ? null : matches.MinBy(m => m.Seq).Root;
            for (int band = 0; band < p.Bands.Length; band++)
            {
                if (!bandIndex.TryGetValue((band, p.Bands[band]), out var list)) bandIndex[(band, p.Bands[band])] = list = [];
                list.Add(p);
            }
        }
    }
}
