using System.Net;

namespace Warta.Web.Security;

/// <summary>
/// Reads the hosts out of Kestrel's listen URLs and says which of them other machines can reach. Kestrel binds a host
/// name other than localhost (and *, +) to every interface, so only localhost, loopback addresses and Unix sockets are local.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The hosts of <paramref name="urls"/> (semicolon-separated) that are not loopback, as written.</summary>
    public static IReadOnlyList<string> NonLoopbackHosts(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(HostOf).Where(host => !IsLoopback(host)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// What <c>serve</c> warns about before it listens, one line each: reads open to the network without a token, or a
    /// token sent in clear over plain http to a non-loopback address.
    /// </summary>
    public static IReadOnlyList<string> Warnings(string urls, bool hasToken)
    {
        var exposed = NonLoopbackHosts(urls);
        if (exposed.Count == 0) return [];
        var where = string.Join(", ", exposed);
        if (!hasToken)
            return [$"warning: listening on {where}, which is not loopback, without a token: anyone who can reach this port can " +
                    "read and export the store and use the coder (writes stay refused). Bind 127.0.0.1, or put an " +
                    "authenticating reverse proxy with TLS in front; see docs/security.md"];
        var plain = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(HostOf(url)));
        return plain
            ? [$"warning: listening on {where} over plain http: the token and the data cross the network unencrypted; " +
               "put a reverse proxy with TLS in front; see docs/security.md"]
            : [];
    }

    /// <summary>The host of one listen URL: <c>http://[::1]:5080/</c> → <c>::1</c>, <c>http://*:80</c> → <c>*</c>.</summary>
    public static string HostOf(string url)
    {
        var rest = url;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) rest = rest[(scheme + 3)..];
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase)) return "unix";
        var slash = rest.IndexOf('/');
        if (slash >= 0) rest = rest[..slash];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            return close > 0 ? rest[1..close] : rest;
        }
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }

    /// <summary>True for localhost, a loopback address and a Unix socket ("unix").</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.Equals("unix", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
