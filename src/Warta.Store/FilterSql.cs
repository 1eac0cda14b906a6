using System.Data.Common;

namespace Warta.Store;

/// <summary>
/// Turns an <see cref="EventFilter"/> into a WHERE clause over <c>events e JOIN documents d</c>, in SQL that DuckDB and
/// PostgreSQL both accept; what differs is the store's <see cref="FilterDialect"/>. Every value is a parameter; only
/// fixed column names are written into the SQL.
/// </summary>
internal sealed class FilterSql
{
    private readonly FilterDialect _dialect;
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    /// <param name="dialect">The store's SQL dialect; DuckDB's when not given.</param>
    public FilterSql(EventFilter filter, FilterDialect? dialect = null)
    {
        _dialect = dialect ?? FilterDialect.DuckDb;
        if (filter.From is { } from) Add($"e.date >= {P("from")}", ("from", from));
        if (filter.To is { } to) Add($"e.date <= {P("to")}", ("to", to));
        if (filter.Actor is { } actor) Add($"({Side("source", "actor")} OR {Side("target", "actor")})", ("actor", actor));
        if (filter.Source is { } source) Add(Side("source", "src"), ("src", source));
        if (filter.Target is { } target) Add(Side("target", "tgt"), ("tgt", target));
        if (filter.Dyad is { } dyad) AddDyad(dyad.A, dyad.B);
        if (filter.Root is { } root) Add($"e.root = {P("root")}", ("root", root));
        if (filter.Cameo is { } cameo) Add($"starts_with(e.cameo, {P("cameo")})", ("cameo", cameo));
        if (filter.Quad is { } quad) Add($"e.quad = {P("quad")}", ("quad", quad));
        if (filter.Language is { } lang) Add($"e.lang = {P("lang")}", ("lang", lang));
        if (filter.Outlet is { } outlet) Add($"(d.source = {P("outlet")} OR d.outlet = {P("outlet")})", ("outlet", outlet));
        if (filter.Text is { } text)
            Add($"({_dialect.SentenceMatches(P("text"))} OR d.title ILIKE {P("text")} ESCAPE '\\')", ("text", ContainsPattern(text)));
        if (filter.Area is { } area) Add($"{MapSql.Country} = {P("area")}", ("area", area));
        if (!filter.IncludeAll) _conditions.Add("e.modality = 'asserted'");
        if (!filter.IncludeSyndicated) _conditions.Add("d.syndicated_from IS NULL");
    }

    public string Where => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    /// <summary>Adds the filter's values to a command of either store (ADO.NET parameters by name).</summary>
    public void AddTo(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>Either direction between A and B, each matching a code or a country.</summary>
    public void AddDyad(string a, string b) =>
        Add($"(({Side("source", "dyad_a")} AND {Side("target", "dyad_b")}) OR ({Side("source", "dyad_b")} AND {Side("target", "dyad_a")}))",
            ("dyad_a", a), ("dyad_b", b));

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, its own % and _ taken literally.</summary>
    internal static string ContainsPattern(string text) => "%" + Literal(text) + "%";

    /// <summary>A LIKE pattern matching text that starts with <paramref name="text"/>.</summary>
    internal static string PrefixPattern(string text) => Literal(text) + "%";

    private static string Literal(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private void Add(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
    }

    private string P(string name) => $"{_dialect.Marker}{name}";

    private string Side(string side, string parameter) => $"(e.{side}_code = {P(parameter)} OR e.{side}_country = {P(parameter)})";
}

/// <summary>What a store's SQL for a filter differs in.</summary>
/// <param name="Marker">The character that starts a named parameter (<c>$name</c> in DuckDB, <c>@name</c> in Npgsql).</param>
/// <param name="SentenceMatches">
/// The condition that an event's sentence matches the ILIKE pattern in the given parameter (with <c>\</c> as the
/// escape character): a store may answer it from another table than <c>events</c>, as long as the events it keeps
/// are exactly those whose <c>e.sentence</c> matches.
/// </param>
internal sealed record FilterDialect(char Marker, Func<string, string> SentenceMatches)
{
    public static FilterDialect DuckDb { get; } = new('$', pattern => $"e.sentence ILIKE {pattern} ESCAPE '\\'");
}
