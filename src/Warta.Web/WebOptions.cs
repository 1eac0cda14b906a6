namespace Warta.Web;

/// <summary>How the web app listens and what it accepts. <see cref="Token"/> null means writes are refused.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where Kestrel listens (semicolon-separated URLs; port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The bearer token that write endpoints (ingest) require; null disables them.</summary>
    public string? Token { get; init; }

    /// <summary>The longest text /api/code and ingest accept, in characters.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>The most documents one ingest request may carry.</summary>
    public int MaxDocumentsPerIngest { get; init; } = 1_000;

    /// <summary>The largest page a query may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;
}
