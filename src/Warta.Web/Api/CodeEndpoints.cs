using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Warta.Coding;
using Warta.Languages;

namespace Warta.Web.Api;

/// <summary>The body of <c>POST /api/code</c> (documents the request in the OpenAPI description; the reader is <see cref="ArticleReader"/>).</summary>
/// <param name="All">Also return negated, hypothetical, question and alleged events.</param>
public sealed record CodeRequest(string Text, string? Lang = null, string? Published = null, bool? All = null, string? Id = null);

/// <summary><c>POST /api/code</c>: codes one text and returns its events; nothing is stored.</summary>
internal static class CodeEndpoints
{
    /// <summary>The id of a pasted text when the request names none (event ids derive from it).</summary>
    public const string DefaultId = "text";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/code", CodeAsync)
            .WithName("CodeText")
            .WithTags("Coding")
            .WithSummary("Code a text into events (nothing is stored)")
            .WithDescription("Returns {id, lang, published, text, sentences, events, highlights}; each event is exactly a " +
                             "line of `warta code --format jsonl`, and highlights[i] gives the character ranges of " +
                             "events[i]'s trigger, source and target in the text.")
            .Accepts<CodeRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> CodeAsync(HttpRequest request, EventCoder coder, WebOptions options, CancellationToken ct)
    {
        var (body, bodyError) = await ArticleReader.ReadBodyAsync(request, ct);
        if (body is null) return Problems.BadRequest(bodyError!);
        using (body)
        {
            var document = new ArticleReader(options.MaxTextLength).Read(body.RootElement, DefaultId, out var error);
            if (document is null) return Problems.BadRequest(error!);
            if (!ArticleReader.TryBool(body.RootElement, "all", out var all, out error)) return Problems.BadRequest(error!);

            var coded = coder.Code(document, ct);
            var events = all ? coded.Events : coded.Asserted.ToList();
            return new JsonBody(json =>
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                json.WriteString("lang", coded.Analysis.Language.ToCode());
                ApiJson.WriteDate(json, "published", document.Published);
                json.WriteStartArray("sentences");
                foreach (var sentence in coded.Analysis.Sentences)
                {
                    json.WriteStartObject();
                    json.WriteNumber("index", sentence.Index);
                    json.WriteNumber("start", sentence.Span.Start);
                    json.WriteNumber("end", sentence.Span.End);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                ApiJson.WriteArticle(json, document.Text, events);
                json.WriteEndObject();
            });
        }
    }
}
