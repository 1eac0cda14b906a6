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

namespace Warta.Web;

/// <summary>
/// Builds the web app: the JSON API, its OpenAPI description at <c>/openapi/v1.json</c> and the front end, which is
/// embedded in this assembly. The CLI's <c>serve</c> and the tests start it the same way. The caller owns
/// <paramref name="store"/> (null: the Code page and API only; the store endpoints answer 503).
/// </summary>
public static class WartaWebHost
{
    private const string EmbeddedRoot = "Warta.Web.wwwroot";

    public static WebApplication Build(WebOptions options, EventCoder coder, IEventStore? store)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // A failed start (the port is taken) is thrown to the caller, which says why in one line; the host's own log of
        // it would print the stack trace first.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(coder);
        builder.Services.AddSingleton(new BearerTokenCheck(options.Token));
        if (store is not null) builder.Services.AddSingleton(store);
        builder.Services.AddProblemDetails();
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
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Scripts only from this server: no inline script, so text shown on a page can never run.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                                            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            await next();
        });

        var files = new EmbeddedFileProvider(typeof(WartaWebHost).Assembly, EmbeddedRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi();
        HealthEndpoints.Map(app);
        CodeEndpoints.Map(app);
        StoreEndpoints.Map(app);
        IngestEndpoints.Map(app);
        app.MapFallback("/api/{**path}", (HttpRequest request) => Problems.NotFound(
            $"no API endpoint answers {request.Method} {request.Path} (a POST needs Content-Type application/json); see /openapi/v1.json"));
        return app;
    }
}
