using Microsoft.AspNetCore.Http;

namespace Warta.Web.Security;

/// <summary>The id an error answer and the server's log line share, so a user's report can be matched to the log.</summary>
public static class CorrelationId
{
    /// <summary>The name of the problem+json member that carries it.</summary>
    public const string Member = "correlation_id";

    /// <summary>Kestrel's per-request identifier: unique within a server's run, and meaningless to anyone else.</summary>
    public static string Of(HttpContext context) => context.TraceIdentifier;
}
