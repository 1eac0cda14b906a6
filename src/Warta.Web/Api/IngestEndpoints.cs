using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Warta.Coding;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>An article to ingest (documents the request in the OpenAPI description).</summary>
public sealed record IngestRequest(string Text, string? Id = null, string? Lang = null, string? Published = null,
    string? Title = null, string? Url = null, string? Source = null);

/// <summary><c>POST /api/documents</c>: codes articles and saves them with their events; needs the bearer token.</summary>
internal static class IngestEndpoints
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/documents", IngestAsync)
            .WithName("IngestDocuments")
            .WithTags("Store")
            .WithSummary("Code and store one article or an array of them (Authorization: Bearer TOKEN)")
            .Accepts<IngestRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> IngestAsync(HttpRequest request, BearerTokenCheck tokens, EventCoder coder,
        WebOptions options, [FromServices] IEventStore? store, CancellationToken ct)
    {
        if (tokens.Refusal(request) is { } refusal) return refusal;
        if (store is null) return Problems.NoStore();

        var (body, bodyError) = await ArticleReader.ReadBodyAsync(request, ct);
        if (body is null) return Problems.BadRequest(bodyError!);
        using (body)
        {
            var root = body.RootElement;
            var elements = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            if (elements.Count == 0) return Problems.BadRequest("the array holds no article");
            if (elements.Count > options.MaxDocumentsPerIngest)
                return Problems.TooLarge($"{elements.Count} articles in one request; at most {options.MaxDocumentsPerIngest} are " +
                                         "accepted (serve --max-documents): send them in several requests");

            var reader = new ArticleReader(options.MaxTextLength);
            var documents = new List<NewsDocument>(elements.Count);
            for (var i = 0; i < elements.Count; i++)
            {
                if (reader.Read(elements[i], null, out var error) is not { } document)
                    return Problems.BadRequest(elements.Count == 1 ? error! : $"article {i + 1}: {error}");
                documents.Add(document);
            }

            var coded = documents.Select(d => coder.Code(d, ct)).ToList();
            var saved = await store.SaveAsync(coded, ct);
            return new JsonBody(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("ids");
                foreach (var d in documents) json.WriteStringValue(d.Id);
                json.WriteEndArray();
                json.WriteNumber("documents_added", saved.DocumentsAdded);
                json.WriteNumber("documents_replaced", saved.DocumentsReplaced);
                json.WriteNumber("documents_skipped", saved.DocumentsSkipped);
                json.WriteNumber("events_written", saved.EventsWritten);
                json.WriteEndObject();
            });
        }
    }
}
