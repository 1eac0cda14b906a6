using Warta.Coding;
using Warta.Store.Syndication;

namespace Warta.Store.Saving;

/// <summary>A document a save will write, with what every store stores beside it.</summary>
/// <param name="Seq">The ingest sequence: kept when the document replaces a stored one, the next free one otherwise.</param>
internal sealed record PlannedDocument(CodedDocument Coded, string Hash, string Outlet, long Seq, HashSet<ulong> Shingles, ulong[] Bands)
{
    public string Id => Coded.Input.Id;

    /// <summary>The original this document is a near-identical copy of (set by <see cref="SyndicationMatcher"/>).</summary>
    public string? SyndicatedFrom { get; set; }
}

/// <summary>What is known of a stored document that the batch matched by id or by content hash.</summary>
internal sealed record StoredKey(string Id, string ContentHash, long Seq);

/// <summary>
/// Decides, without SQL, what one save does with each document of a batch: a document whose content hash is stored
/// under another id, or repeated in the batch, is skipped; one whose id is stored is replaced (keeping its sequence);
/// the rest are added with new sequences handed out by <paramref name="nextSeq"/>.
/// </summary>
internal sealed class SavePlan
{
    private SavePlan(List<PlannedDocument> documents, int replaced, int skipped)
    {
        Documents = documents;
        Replaced = replaced;
        Skipped = skipped;
    }

    public IReadOnlyList<PlannedDocument> Documents { get; }
    public int Replaced { get; }
    public int Skipped { get; }
    public int Added => Documents.Count - Replaced;

    /// <summary>The content hash of each document, in batch order (what the store looks up before planning).</summary>
    public static string[] Hashes(IReadOnlyList<CodedDocument> documents) =>
        documents.Select(d => ContentHash.Of(d.Input.Text)).ToArray();

    public static SavePlan Make(IReadOnlyList<CodedDocument> documents, string[] hashes, IEnumerable<StoredKey> stored, Func<long> nextSeq)
    {
        var seqById = new Dictionary<string, long>(StringComparer.Ordinal);
        var idByHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in stored)
        {
            seqById[key.Id] = key.Seq;
            idByHash[key.ContentHash] = key.Id;
        }
        var planned = new List<PlannedDocument>();
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        var batchHashes = new HashSet<string>(StringComparer.Ordinal);
        int replaced = 0, skipped = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            var input = documents[i].Input;
            bool hashElsewhere = idByHash.TryGetValue(hashes[i], out var holder) && holder != input.Id;
            if (hashElsewhere || !batchIds.Add(input.Id) || !batchHashes.Add(hashes[i]))
            {
                skipped++;
                continue;
            }
            long seq;
            if (seqById.TryGetValue(input.Id, out var storedSeq)) { seq = storedSeq; replaced++; }
            else seq = nextSeq();
            var shingles = Shingles.Of(input.Text);
            planned.Add(new PlannedDocument(documents[i], hashes[i], Outlet.Of(input.Id, input.Source, input.Url), seq, shingles,
                MinHashBands.Of(shingles)));
        }
        return new SavePlan(planned, replaced, skipped);
    }

    /// <summary>Each planned document's events once each (the coder may state one event twice; the id is the key).</summary>
    public static IEnumerable<(EventRecord Event, int Position)> DistinctEvents(PlannedDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in document.Coded.Events)
            if (ids.Add(e.Id)) yield return (e, ids.Count - 1);
    }
}
