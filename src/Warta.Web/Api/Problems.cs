using Microsoft.AspNetCore.Http;

namespace Warta.Web.Api;

/// <summary>The API's error answers: RFC 9457 problem+json with a message a person can act on, never a stack trace.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult NoStore() => Results.Problem(
        "This server has no event store: start it with `warta serve --db FILE` to query, export or ingest events. " +
        "Coding text (POST /api/code) works without one.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "No event store");

    public static IResult WritesDisabled() => Results.Problem(
        "Writes are disabled: start the server with --token T (or WARTA_TOKEN) and send `Authorization: Bearer T`.",
        statusCode: StatusCodes.Status403Forbidden, title: "Writes disabled");

    public static IResult Unauthorized() => new UnauthorizedProblem();

    public static IResult TooLarge(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    public static IResult TooManyRequests(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");

    /// <summary>500 with nothing of the failure in it but the id it was logged under.</summary>
    public static IResult InternalError(string correlationId) => Results.Problem(
        $"The server failed to answer this request. The failure is logged under the id {correlationId}; quote it when reporting.",
        statusCode: StatusCodes.Status500InternalServerError, title: "Internal server error");

    /// <summary>401 with the WWW-Authenticate challenge RFC 6750 asks for.</summary>
    private sealed class UnauthorizedProblem : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem("A valid `Authorization: Bearer TOKEN` header is required for writes.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(httpContext);
        }
    }
}
