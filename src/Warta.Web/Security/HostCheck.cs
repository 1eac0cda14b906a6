using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Warta.Web.Api;

namespace Warta.Web.Security;

/// <summary>
/// Answers only requests whose Host header names this server. A server on loopback answers loopback names only, which
/// defeats DNS rebinding: a web page whose own host name is made to resolve to 127.0.0.1 would otherwise count as the
/// same origin as the app and read the store through the visitor's browser.
/// </summary>
public sealed class HostCheck
{
    private readonly bool _any;
    private readonly HashSet<string> _names;

    /// <param name="allowed">
    /// Host names without port, answered besides the loopback names (which a rebinding page cannot send); "*" answers
    /// any. Empty: any when some listen address is not loopback, else the loopback names only.
    /// </param>
    public HostCheck(IReadOnlyList<string> allowed, string urls)
    {
        _any = allowed.Contains("*") || (allowed.Count == 0 && ListenAddresses.NonLoopbackHosts(urls).Count > 0);
        _names = new HashSet<string>(allowed.Select(Bare), StringComparer.OrdinalIgnoreCase);
    }

    public bool Allows(string host)
    {
        if (_any) return true;
        var bare = Bare(host);
        return _names.Contains(bare) || (bare.Length > 0 && ListenAddresses.IsLoopback(bare));
    }

    /// <summary>A host name as configured or sent, without IPv6 brackets.</summary>
    public static string Bare(string host) => host.Trim().TrimStart('[').TrimEnd(']');

    /// <summary>True for a name <c>--allowed-host</c> can take: a host name or address, no scheme, port or path.</summary>
    public static bool IsValidName(string host) =>
        host == "*" || (!string.IsNullOrWhiteSpace(host) && Uri.CheckHostName(Bare(host)) != UriHostNameType.Unknown);
}

/// <summary>Puts <see cref="HostCheck"/> in the pipeline: a request for another host is a 400 problem.</summary>
public static class HostCheckMiddleware
{
    public static IApplicationBuilder UseHostCheck(this IApplicationBuilder app, HostCheck check) => app.Use(async (context, next) =>
    {
        if (check.Allows(context.Request.Host.Host))
        {
            await next();
            return;
        }
        await Problems.BadRequest(
            $"This server does not answer for the host '{context.Request.Host.Host}'. Open it by the address it listens on, " +
            "or start it with --allowed-host NAME for a name a proxy or DNS gives it.").ExecuteAsync(context);
    });
}
