namespace Warta.Web.Security;

/// <summary>What counts as an origin for <c>serve --cors-origin</c>: exactly what a browser sends in its Origin header.</summary>
public static class CorsOrigin
{
    /// <summary>True for <c>http(s)://host[:port]</c> with nothing after it; a trailing slash or a path would never match a browser's Origin.</summary>
    public static bool IsValid(string origin)
    {
        if (string.IsNullOrWhiteSpace(origin) || origin.EndsWith('/') || origin.Contains('*')) return false;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && uri.UserInfo.Length == 0 && uri.PathAndQuery == "/" && uri.Fragment.Length == 0;
    }
}
