using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Warta.Coding;
using Warta.Store;
using Warta.Web.Api;
using Warta.Web.Security;

namespace Warta.Web;

/// <summary>
/// Builds the web app: the JSON API, its OpenAPI description at <c>/openapi/v1.json</c> and the front end, which is
/// embedded in this assembly. The CLI's <c>serve</c> and the tests start it the same way. The caller owns
/// <paramref name="store"/> (null: the Code page and API only; the store endpoints answer 503). Its security (token,
/// limits, rate limits, CORS, headers, error answers) is described in docs/security.md.
/// </summary>
public static class WartaWebHost
{
    private const string EmbeddedRoot = "Warta.Web.wwwroot";

    /// <param name="log">An extra log to write to beside the console (tests read the server's log through it).</param>
    /// <exception cref="Errors.WartaException"><see cref="Errors.ErrorCodes.ServerSettingInvalid"/> when a limit or origin cannot work.</exception>
    public static WebApplication Build(WebOptions options, EventCoder coder, IEventStore? store, ILoggerProvider? log = null)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        if (log is not null) builder.Logging.AddProvider(log);
        // A failed start (the port is taken) is thrown to the caller, which says why in one line; the host's own log of
        // it would print the stack trace first.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // ProblemExceptionHandler logs each failure once, with the correlation id the client was given.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(coder);
        builder.Services.AddSingleton(new BearerTokenCheck(options.Token));
        if (store is not null) builder.Services.AddSingleton(store);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions[CorrelationId.Member] = CorrelationId.Of(context.HttpContext);
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddWartaRateLimits(options);
        builder.Services.AddWartaCors(options);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Warta API";
            document.Info.Description = "Political events (CAMEO, PLOVER) coded from Indonesian and English news.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseHostCheck(new HostCheck(options.AllowedHosts, options.Urls));
        app.UseWartaCors(options);
        app.UseRateLimiter();

        var files = new EmbeddedFileProvider(typeof(WartaWebHost).Assembly, EmbeddedRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi();
        HealthEndpoints.Map(app).RequireRateLimiting(RateLimits.Reads);
        StoreEndpoints.Map(app).RequireRateLimiting(RateLimits.Reads);
        CodeEndpoints.Map(app).RequireRateLimiting(RateLimits.Coding);
        IngestEndpoints.Map(app).RequireRateLimiting(RateLimits.Coding);
        app.MapFallback("/api/{**path}", (HttpRequest request) => Problems.NotFound(
            $"no API endpoint answers {request.Method} {request.Path} (a POST needs Content-Type application/json); see /openapi/v1.json"));
        return app;
    }
}
