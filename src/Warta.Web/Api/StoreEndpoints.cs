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
            .WithSummary("A filtered, sorted page of stored events with their cluster counts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        group.MapGet("/events/export", ExportAsync).WithName("ExportEvents")
            .WithSummary("Every event matching the filters as a file: format=csv, parquet or gdelt (GDELT TSV)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/dyads/{a}/{b}/timeline", TimelineAsync).WithName("DyadTimeline")
            .WithSummary("Events between two actors per day or week, by QuadClass, with the Goldstein sum")
            .Produces<DyadTimeline>();

        group.MapGet("/network", NetworkAsync).WithName("ActorNetwork")
            .WithSummary("Countries as nodes, edges weighted by event counts with their mean Goldstein")
            .Produces<ActorNetwork>();

        group.MapGet("/documents/{id}", DocumentAsync).WithName("GetDocument")
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
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"warta-events.{c.Extension}\"";
        // A store may write its file with synchronous stream calls (a database export, a Parquet writer).
        if (context.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        await store.ExportAsync(filter, c.Format, context.Response.Body, ct);
        return Results.Empty;
    }

    private static async Task<IResult> TimelineAsync(string a, string b, [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to, [FromQuery(Name = "interval")] string? interval, [FromQuery(Name = "all")] string? all,
        [FromServices] IEventStore? store, CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        string? error = null;
        if (!FilterParser.TryDate(from, "from", out var fromDate, ref error) || !FilterParser.TryDate(to, "to", out var toDate, ref error)
            || !FilterParser.TryBool(all, "all", false, out var includeAll, ref error))
            return Problems.BadRequest(error!);
        if (fromDate is { } f && toDate is { } t && f > t) return Problems.BadRequest($"\"from\" {f:yyyy-MM-dd} is after \"to\" {t:yyyy-MM-dd}");
        TimelineInterval? step = (interval ?? "day").ToLowerInvariant() switch
        {
            "day" => TimelineInterval.Day,
            "week" => TimelineInterval.Week,
            _ => null,
        };
        if (step is not { } s) return Problems.BadRequest($"\"interval\" '{interval}' must be day or week");
        var query = new DyadQuery(a.Trim().ToUpperInvariant(), b.Trim().ToUpperInvariant(), fromDate, toDate, s, includeAll);
        return TypedResults.Ok(await store.DyadTimelineAsync(query, ct));
    }

    private static async Task<IResult> NetworkAsync([AsParameters] FilterParameters filters, [FromServices] IEventStore? store,
        CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        if (FilterParser.Parse(filters, out var error) is not { } filter) return Problems.BadRequest(error!);
        return TypedResults.Ok(await store.NetworkAsync(filter, ct));
    }

    private static async Task<IResult> DocumentAsync(string id, [FromServices] IEventStore? store, HttpContext context,
        CancellationToken ct)
    {
        if (store is null) return Problems.NoStore();
        id = DocumentId(context, id);
        if (await store.GetDocumentAsync(id, ct) is not { } document) return Problems.NotFound($"no stored document has the id '{id}'");
        var events = await store.EventsOfDocumentAsync(id, ct);
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
