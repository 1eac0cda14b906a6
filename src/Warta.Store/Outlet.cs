namespace Warta.Store;

/// <summary>
/// Which outlet a document counts for when sources are counted: its source when known, else its URL's host
/// (without "www."), else its own id, so two documents of unknown origin are never taken for one outlet.
/// </summary>
public static class Outlet
{
    public static string Of(string id, string? source, string? url)
    {
        if (!string.IsNullOrWhiteSpace(source)) return source.Trim();
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return id;
    }
}
