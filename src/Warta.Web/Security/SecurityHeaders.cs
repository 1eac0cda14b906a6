using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Warta.Web.Security;

/// <summary>The headers every answer carries, static files, API answers and error answers alike.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this server and no inline script, so text shown on a page can never run; nothing may frame
    /// the app. Inline styles stay allowed: the chart library sets element styles, and a style cannot run code.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Set when the answer starts: the exception handler clears the headers of a failed request before it answers.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
