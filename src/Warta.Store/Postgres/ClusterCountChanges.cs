namespace Warta.Store.Postgres;

/// <summary>One event as the cluster counts see it: its cluster, whether it is asserted, and its document's outlet and status.</summary>
/// <param name="Original">The document is not a syndicated copy (only originals add mentions and articles).</param>
internal sealed record ClusterEvent(string Doc, string ClusterId, DateOnly Date, string SourceCode, string? TargetCode, string Cameo,
    bool Asserted, bool Original, string Outlet);

/// <summary>
/// How a save changes the counts of the clusters it touches, from the events it removes (those of the documents it
/// replaces, as stored) and the events it writes, so that <c>event_clusters</c> and <c>cluster_outlets</c> are adjusted
/// instead of recounted (<see cref="ClusterCounts"/> says what each count means). Mentions are plain sums. Articles are
/// per document: a document counts once in a cluster however many of its events are there, and since a save holds the
/// locks of its documents, whether each of them counted before and after is known here. Sources are distinct outlets,
/// which other saves share, so they are not adjusted here: <c>cluster_outlets</c> counts each outlet's events per
/// cluster and the sources are counted from it (one row per outlet of the cluster, not per event).
/// </summary>
internal sealed class ClusterCountChanges
{
    private sealed class Change(ClusterEvent e)
    {
        public DateOnly Date { get; } = e.Date;
        public string SourceCode { get; } = e.SourceCode;
        public string? TargetCode { get; } = e.TargetCode;
        public string Cameo { get; } = e.Cameo;
        public int Mentions, AllMentions;
    }

    private readonly SortedDictionary<string, Change> _clusters = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(string Cluster, string Outlet), (long Asserted, long Events)> _outlets = new(OutletOrder.Instance);
    private readonly HashSet<(string Cluster, string Doc)> _assertedBefore = [], _reportedBefore = [], _assertedAfter = [], _reportedAfter = [];

    public bool IsEmpty => _clusters.Count == 0;

    /// <summary>An event the save deletes (or rewrites: a replaced document's events are removed, then added again).</summary>
    public void Remove(ClusterEvent e) => Apply(e, -1, _assertedBefore, _reportedBefore);

    /// <summary>An event the save writes.</summary>
    public void Add(ClusterEvent e) => Apply(e, +1, _assertedAfter, _reportedAfter);

    private void Apply(ClusterEvent e, int sign, HashSet<(string, string)> asserted, HashSet<(string, string)> reported)
    {
        if (!_clusters.TryGetValue(e.ClusterId, out var change)) _clusters[e.ClusterId] = change = new Change(e);
        var (assertedEvents, events) = _outlets.GetValueOrDefault((e.ClusterId, e.Outlet));
        _outlets[(e.ClusterId, e.Outlet)] = (assertedEvents + (e.Asserted ? sign : 0), events + sign);
        if (!e.Original) return;
        change.AllMentions += sign;
        reported.Add((e.ClusterId, e.Doc));
        if (!e.Asserted) return;
        change.Mentions += sign;
        asserted.Add((e.ClusterId, e.Doc));
    }

    /// <summary>
    /// Per touched cluster (in ordinal order), its identity (for a cluster the save creates) and the changes of its
    /// mention and article counts; a cluster whose counts do not change is listed too, since its upsert is what
    /// makes the save wait for others that touch it.
    /// </summary>
    public (string[] Ids, DateOnly[] Dates, string[] Sources, string?[] Targets, string[] Cameos,
        int[] Mentions, int[] Articles, int[] AllMentions, int[] AllArticles) Clusters()
    {
        var articles = Documents(_assertedAfter, _assertedBefore);
        var allArticles = Documents(_reportedAfter, _reportedBefore);
        var ids = _clusters.Keys.ToArray();
        var changes = _clusters.Values;
        return (ids, changes.Select(c => c.Date).ToArray(), changes.Select(c => c.SourceCode).ToArray(),
            changes.Select(c => c.TargetCode).ToArray(), changes.Select(c => c.Cameo).ToArray(), changes.Select(c => c.Mentions).ToArray(),
            ids.Select(id => articles.GetValueOrDefault(id)).ToArray(), changes.Select(c => c.AllMentions).ToArray(),
            ids.Select(id => allArticles.GetValueOrDefault(id)).ToArray());
    }

    /// <summary>Per cluster, the documents counted after the save less those counted before.</summary>
    private static Dictionary<string, int> Documents(HashSet<(string Cluster, string Doc)> after, HashSet<(string Cluster, string Doc)> before)
    {
        var change = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cluster, _) in after) change[cluster] = change.GetValueOrDefault(cluster) + 1;
        foreach (var (cluster, _) in before) change[cluster] = change.GetValueOrDefault(cluster) - 1;
        return change;
    }

    /// <summary>Per (cluster, outlet) touched, in ordinal order, the change of its asserted events and of all its events.</summary>
    public (string[] Clusters, string[] Outlets, long[] Asserted, long[] Events) Outlets() =>
        (_outlets.Keys.Select(k => k.Cluster).ToArray(), _outlets.Keys.Select(k => k.Outlet).ToArray(),
         _outlets.Values.Select(v => v.Asserted).ToArray(), _outlets.Values.Select(v => v.Events).ToArray());

    private sealed class OutletOrder : IComparer<(string Cluster, string Outlet)>
    {
        public static readonly OutletOrder Instance = new();

        public int Compare((string Cluster, string Outlet) x, (string Cluster, string Outlet) y)
        {
            int byCluster = string.CompareOrdinal(x.Cluster, y.Cluster);
            return byCluster != 0 ? byCluster : string.CompareOrdinal(x.Outlet, y.Outlet);
        }
    }
}
