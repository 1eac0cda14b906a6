using DuckDB.NET.Data;

namespace Warta.Store.DuckDb;

/// <summary>
/// Turns an <see cref="EventFilter"/> into a WHERE clause over <c>events e JOIN documents d</c>. Every value is a
/// parameter; only fixed column names are written into the SQL.
/// </summary>
internal sealed class FilterSql
{
    private readonly List<string> _conditions = [];
    private readonly List<DuckDBParameter> _parameters = [];

    public FilterSql(EventFilter filter)
    {
        if (filter.From is { } from) Add("e.date >= $from", ("from", from));
        if (filter.To is { } to) Add("e.date <= $to", ("to", to));
        if (filter.Actor is { } actor) Add($"({Side("source", "actor")} OR {Side("target", "actor")})", ("actor", actor));
        if (filter.Source is { } source) Add(Side("source", "src"), ("src", source));
        if (filter.Target is { } target) Add(Side("target", "tgt"), ("tgt", target));
        if (filter.Dyad is { } dyad) AddDyad(dyad.A, dyad.B);
        if (filter.Root is { } root) Add("e.root = $root", ("root", root));
        if (filter.Cameo is { } cameo) Add("starts_with(e.cameo, $cameo)", ("cameo", cameo));
        if (filter.Quad is { } quad) Add("e.quad = $quad", ("quad", quad));
        if (filter.Language is { } lang) Add("e.lang = $lang", ("lang", lang));
        if (filter.Outlet is { } outlet) Add("(d.source = $outlet OR d.outlet = $outlet)", ("outlet", outlet));
        if (!filter.IncludeAll) _conditions.Add("e.modality = 'asserted'");
        if (!filter.IncludeSyndicated) _conditions.Add("d.syndicated_from IS NULL");
    }

    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    public void AddTo(DuckDBCommand command)
    {
        foreach (var p in _parameters) command.Parameters.Add(new DuckDBParameter(p.ParameterName, p.Value));
    }

    /// <summary>Either direction between A and B, each matching a code or a country.</summary>
    public void AddDyad(string a, string b) =>
        Add($"(({Side("source", "dyad_a")} AND {Side("target", "dyad_b")}) OR ({Side("source", "dyad_b")} AND {Side("target", "dyad_a")}))",
            ("dyad_a", a), ("dyad_b", b));

    public void Add(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        foreach (var (name, value) in parameters) _parameters.Add(new DuckDBParameter(name, value));
    }

    private static string Side(string side, string parameter) => $"(e.{side}_code = ${parameter} OR e.{side}_country = ${parameter})";
}
