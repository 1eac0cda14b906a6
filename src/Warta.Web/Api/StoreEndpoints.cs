using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>The read endpoints over the event store: events, export, dyad timelines, the network, one document.</summary>
internal static class StoreEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Store")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/events", QueryAsync).WithName("QueryEvents")
            .AcceptsQuery(QueryParameters.Filters, QueryParameters.Paging)
            .WithSummary("A filtered, sorted page of stored events with their cluster counts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        group.MapGet("/events/export", ExportAsync).WithName("ExportEvents")
            .AcceptsQuery(QueryParameters.Filters, ["format"])
            .WithSummary("Every event matching the filters as a file: format=csv, parquet or gdelt (GDELT TSV)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/dyads/{a}/{b}/timeline", TimelineAsync).WithName("DyadTimeline")
            .AcceptsQuery(QueryParameters.Filters, ["interval"])
            .WithSummary("Events between two actors per day, week, month or year (interval=auto picks one), by QuadClass, with the Goldstein sum")
            .Produces<DyadTimeline>();

        group.MapGet("/network", NetworkAsync).WithName("ActorNetwork")
            .AcceptsQuery(QueryParameters.Filters)
            .WithSummary("Countries as nodes, edges weighted by event counts with their mean Goldstein")
            .Produces<ActorNetwork>();

        group.MapGet("/map", MapAsync).WithName("EventMap")
            .AcceptsQuery(QueryParameters.Filters)
            .WithSummary("Matching events per country (by place, else target, else source country), by QuadClass")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        group.MapGet("/actors", ActorsAsync).WithName("SuggestActors")
            .AcceptsQuery(["q"])
            .WithSummary("Actor codes for a name or code being typed: q=Kazakh → KAZ, from the dictionaries and the store")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        group.MapGet("/documents/{id}", DocumentAsync).WithName("GetDocument")
            .AcceptsQuery()
            .WithSummary("A stored document with its events and where their words are")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> QueryAsync([AsParameters] FilterParameters filters, [AsParameters] PageParameters paging,
        [FromServices] IEventStore? store, WebOptions options, CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.ParseQuery(filters, paging, options.MaxPageSize, out var error) is not { } query) return Problems.BadRequest(error!);
        var page = await store.QueryEventsAsync(query, ct);
        return new JsonBody(json => ApiJson.WritePage(json, page));
    }

    private static async Task<IResult> ExportAsync([AsParameters] FilterParameters filters, [FromQuery(Name = "format")] string? format,
        [FromServices] IEventStore? store, HttpContext context, CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.Parse(filters, out var error) is not { } filter) return Problems.BadRequest(error!);
        (ExportFormat Format, string ContentType, string Extension)? chosen = (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => (ExportFormat.Csv, "text/csv; charset=utf-8", "csv"),
            "parquet" => (ExportFormat.Parquet, "application/vnd.apache.parquet", "parquet"),
            "gdelt" or "tsv" => (ExportFormat.GdeltTsv, "text/tab-separated-values; charset=utf-8", "tsv"),
            _ => null,
        };
        if (chosen is not { } c) return Problems.BadRequest($"\"format\" '{format}' must be csv, parquet or gdelt");

        context.Response.ContentType = c.ContentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFileName.For(filters)}.{c.Extension}\"";
        // A store may write its file with synchronous stream calls (a database export, a Parquet writer).
        if (context.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        await store.ExportAsync(filter, c.Format, context.Response.Body, ct);
        return Results.Empty;
    }

    /// <summary>
    /// Every period from the first to the last (of the range asked, else of the events), quiet ones as zero; the interval
    /// is the one asked for, else picked for the range (<see cref="TimelineIntervals.Pick"/>). The filters narrow the events.
    /// </summary>
    private static async Task<IResult> TimelineAsync(string a, string b, [AsParameters] FilterParameters filters,
        [FromQuery(Name = "interval")] string? interval, [FromServices] IEventStore? store, CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.Parse(filters, out var error) is not { } filter) return Problems.BadRequest(error!);
        if (!TimelineIntervals.TryParse(interval, out var chosen))
            return Problems.BadRequest($"\"interval\" '{interval}' must be auto, day, week, month or year");
        var query = new DyadQuery(a.Trim().ToUpperInvariant(), b.Trim().ToUpperInvariant(), filter.From, filter.To,
            chosen ?? TimelineInterval.Day, filter.IncludeAll, filter);
        var timeline = await store.DyadTimelineAsync(query, ct);
        if (chosen is null && timeline.Points.Count > 0)
        {
            var picked = TimelineIntervals.Pick(filter.From ?? timeline.Points[0].Period, filter.To ?? timeline.Points[^1].Period);
            if (picked != TimelineInterval.Day) timeline = await store.DyadTimelineAsync(query with { Interval = picked }, ct);
        }
        return TypedResults.Ok(timeline with { Points = TimelineIntervals.Dense(timeline, filter.From, filter.To) });
    }

    /// <summary>The store's network, each node without a stored name (an IGO's events keep none) named from the dictionaries.</summary>
    private static async Task<IResult> NetworkAsync([AsParameters] FilterParameters filters, [FromServices] IEventStore? store,
        ActorNames names, CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.Parse(filters, out var error) is not { } filter) return Problems.BadRequest(error!);
        var network = await store.NetworkAsync(filter, ct);
        return TypedResults.Ok(network with { Nodes = network.Nodes.Select(n => n with { Name = n.Name ?? names.NameOf(n.Id) }).ToList() });
    }

    private static async Task<IResult> MapAsync([AsParameters] FilterParameters filters, [FromServices] IEventStore? store,
        CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.Parse(filters, out var error) is not { } filter) return Problems.BadRequest(error!);
        var areas = await store.MapAsync(filter, ct);
        return TypedResults.Ok(new { areas });
    }

    /// <summary>Dictionary names first (they cover every country), then stored actors not offered yet (KAZGOV, IGOs seen).</summary>
    private static async Task<IResult> ActorsAsync([FromQuery(Name = "q")] string? q, [FromServices] IEventStore? store,
        ActorNames names, CancellationToken ct)
    {
        const int Limit = 12;
        var text = q?.Trim() ?? "";
        if (text.Length == 0) return TypedResults.Ok(new { actors = Array.Empty<object>() });
        if (text.Length > 100) return Problems.BadRequest($"\"q\" is {text.Length} characters long: an actor name has at most 100");
        var found = names.Find(text, Limit).Select(n => new { code = n.Code, name = n.Name ?? "", from = "dictionary", mentions = 0L }).ToList();
        if (store is not null)
            foreach (var actor in await store.SuggestActorsAsync(text, Limit, ct))
                if (found.Count < Limit * 2 && found.All(f => f.code != actor.Code))
                    found.Add(new { code = actor.Code, name = actor.Name ?? "", from = "store", mentions = actor.Mentions });
        return TypedResults.Ok(new { actors = found });
    }

    private static async Task<IResult> DocumentAsync(string id, [FromServices] IEventStore? store, HttpContext context,
        CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        id = DocumentId(context, id);
        if (await store.GetDocumentAsync(id, ct) is not { } document) return Problems.NotFound($"no stored document has the id '{id}'");
        var events = await store.EventsOfDocumentAsync(id, ct);
        var carriers = await store.CarriersAsync(id, ct);
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("lang", document.Language);
            ApiJson.WriteDate(json, "published", document.Published);
            json.WriteString("title", document.Title);
            json.WriteString("url", document.Url);
            json.WriteString("source", document.Source);
            json.WriteString("syndicated_from", document.SyndicatedFrom);
            json.WriteStartArray("carried_by");
            foreach (var outlet in carriers) json.WriteStringValue(outlet);
            json.WriteEndArray();
            ApiJson.WriteArticle(json, document.Text, events);
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The id as the client escaped it. Kestrel decodes a path except its %2F, so an id holding a slash (a fetched
    /// page's id is its address) arrives half-decoded in the route value; the raw request target has it whole.
    /// </summary>
    private static string DocumentId(HttpContext context, string routeValue)
    {
        const string prefix = "/api/documents/";
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null) return routeValue;
        var path = target.Split('?', 2)[0];
        int at = path.IndexOf(prefix, StringComparison.Ordinal);
        return at < 0 ? routeValue : Uri.UnescapeDataString(path[(at + prefix.Length)..]);
    }
}
