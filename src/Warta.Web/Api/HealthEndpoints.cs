using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>What <c>GET /api/health</c> answers.</summary>
/// <param name="Store">True when an event store is configured (the store endpoints answer).</param>
public sealed record Health(string Status, string Version, bool Store);

/// <summary><c>GET /api/health</c>: the server is up, its version, and whether it has a store.</summary>
internal static class HealthEndpoints
{
    public static string Version { get; } =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", ([FromServices] IEventStore? store) => TypedResults.Ok(new Health("ok", Version, store is not null)))
            .WithName("Health")
            .WithTags("Server")
            .WithSummary("Liveness, version and whether an event store is configured");
}
