using Warta.Errors;

namespace Warta.Web;

/// <summary>
/// How the web app listens and what it accepts. <see cref="Token"/> null means writes are refused. Every limit here is
/// listed with its default and its <c>serve</c> option in docs/security.md.
/// </summary>
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
    public int MaxDocumentsPerIngest { get; init; } = 100;

    /// <summary>The largest page a query may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>The largest request body Kestrel reads, in bytes; a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Requests to the coding endpoints (code, ingest) one client address may make per window; 0: no limit.</summary>
    public int CodingRequestsPerWindow { get; init; } = 60;

    /// <summary>Requests to the read endpoints one client address may make per window; 0: no limit.</summary>
    public int ReadRequestsPerWindow { get; init; } = 600;

    /// <summary>The rate limits' fixed window (more than zero, at most a day).</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Origins (scheme://host[:port]) allowed to call the API from a browser; empty: no CORS at all.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>
    /// Host names (as in the Host header, without port) the server answers for besides the loopback names; "*" any.
    /// Empty: loopback names only when it listens on loopback only (against DNS rebinding), else any.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Throws <see cref="ErrorCodes.ServerSettingInvalid"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(MaxTextLength >= 1, $"the text length limit must be 1 or more, not {MaxTextLength}");
        Require(MaxDocumentsPerIngest >= 1, $"the documents-per-request limit must be 1 or more, not {MaxDocumentsPerIngest}");
        Require(MaxPageSize >= 1, $"the page size limit must be 1 or more, not {MaxPageSize}");
        Require(MaxRequestBodyBytes >= 1024, $"the request body limit must be 1024 bytes or more, not {MaxRequestBodyBytes}");
        Require(CodingRequestsPerWindow >= 0, $"the coding rate limit must be 0 (off) or more, not {CodingRequestsPerWindow}");
        Require(ReadRequestsPerWindow >= 0, $"the read rate limit must be 0 (off) or more, not {ReadRequestsPerWindow}");
        Require(RateLimitWindow > TimeSpan.Zero && RateLimitWindow <= TimeSpan.FromDays(1),
            $"the rate limit window must be longer than zero and at most a day, not {RateLimitWindow.TotalSeconds} s");
        foreach (var origin in CorsOrigins)
            Require(Security.CorsOrigin.IsValid(origin),
                $"CORS origin '{origin}' is not an origin: write scheme://host[:port], e.g. https://news.example.org, with no path and no '*'");

        foreach (var host in AllowedHosts)
            Require(Security.HostCheck.IsValidName(host),
                $"allowed host '{host}' is not a host name: write it as in a URL, without scheme, port or path, e.g. news.example.org");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new WartaException(ErrorCodes.ServerSettingInvalid, message);
    }
}
