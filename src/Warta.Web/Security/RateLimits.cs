using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Api;

namespace Warta.Web.Security;

/// <summary>
/// Two budgets per client address, each a fixed window: coding (POST /api/code and ingest, which cost CPU) and reads
/// (the other /api endpoints). A budget of 0 is no limit. Static files and the OpenAPI document are not limited.
/// </summary>
public static class RateLimits
{
    public const string Coding = "coding";
    public const string Reads = "reads";

    public static IServiceCollection AddWartaRateLimits(this IServiceCollection services, WebOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Coding, context => Partition(context, options.CodingRequestsPerWindow, options.RateLimitWindow));
            limiter.AddPolicy(Reads, context => Partition(context, options.ReadRequestsPerWindow, options.RateLimitWindow));
            limiter.OnRejected = (rejected, _) => RejectAsync(rejected, options);
        });

    private static RateLimitPartition<string> Partition(HttpContext context, int permits, TimeSpan window) => permits == 0
        ? RateLimitPartition.GetNoLimiter("")
        : RateLimitPartition.GetFixedWindowLimiter(ClientAddress.KeyOf(context.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, WebOptions options)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.RateLimitWindow;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var context = rejected.HttpContext;
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var (what, permits) = policy == Coding ? ("coding", options.CodingRequestsPerWindow) : ("read", options.ReadRequestsPerWindow);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.TooManyRequests(
            $"Too many {what} requests from your address: at most {permits} per {options.RateLimitWindow.TotalSeconds:0.###} s. " +
            $"Retry after {seconds} s.").ExecuteAsync(context);
    }
}
