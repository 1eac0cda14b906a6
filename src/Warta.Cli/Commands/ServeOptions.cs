using System.CommandLine;
using Warta.Web;

namespace Warta.Cli.Commands;

/// <summary>
/// The options of <c>serve</c> that become <see cref="WebOptions"/>: where it listens, the token, CORS, host names and
/// the limits. Their defaults are <see cref="WebOptions"/>'s; docs/security.md lists them.
/// </summary>
internal sealed class ServeOptions
{
    /// <summary>The environment variable that gives the token when <c>--token</c> does not.</summary>
    public const string TokenVariable = "WARTA_TOKEN";

    private static readonly WebOptions Defaults = new();

    private readonly Option<string> _urls = new("--urls")
    {
        Description = $"Where to listen (default: {WebOptions.DefaultUrls}; keep it on 127.0.0.1 unless a proxy fronts it)",
        DefaultValueFactory = _ => WebOptions.DefaultUrls,
    };

    private readonly Option<string?> _token = new("--token")
    {
        Description = $"Bearer token that ingest (POST /api/documents) requires; default: ${TokenVariable}; none: writes are refused",
    };

    private readonly Option<string[]> _corsOrigins = new("--cors-origin")
    {
        Description = "Let pages of this origin (scheme://host[:port]) call the API from a browser; repeatable; default: none (no CORS)",
    };

    private readonly Option<string[]> _allowedHosts = new("--allowed-host")
    {
        Description = "A host name the server answers for besides localhost (the Host header), e.g. the name a proxy forwards; " +
                      "repeatable; \"*\" any; default: loopback names only when listening on loopback, else any",
    };

    private readonly Option<long> _maxBody = new("--max-body-bytes")
    {
        Description = "The largest request body read, in bytes; larger is a 413",
        DefaultValueFactory = _ => Defaults.MaxRequestBodyBytes,
    };

    private readonly Option<int> _maxDocuments = new("--max-documents")
    {
        Description = "The most articles one ingest request may carry; more is a 413",
        DefaultValueFactory = _ => Defaults.MaxDocumentsPerIngest,
    };

    private readonly Option<int> _maxText = new("--max-text-length")
    {
        Description = "The longest article text accepted, in characters",
        DefaultValueFactory = _ => Defaults.MaxTextLength,
    };

    private readonly Option<int> _codingRate = new("--rate-limit-code")
    {
        Description = "Coding requests (POST /api/code, ingest) per client address per window; 0: no limit",
        DefaultValueFactory = _ => Defaults.CodingRequestsPerWindow,
    };

    private readonly Option<int> _readRate = new("--rate-limit-read")
    {
        Description = "Read requests (the other /api endpoints) per client address per window; 0: no limit",
        DefaultValueFactory = _ => Defaults.ReadRequestsPerWindow,
    };

    private readonly Option<int> _window = new("--rate-limit-window")
    {
        Description = "The rate limits' window in seconds",
        DefaultValueFactory = _ => (int)Defaults.RateLimitWindow.TotalSeconds,
    };

    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[_urls, _token, _corsOrigins, _allowedHosts, _maxBody, _maxDocuments, _maxText,
                     _codingRate, _readRate, _window])
            command.Options.Add(option);
    }

    /// <summary>The options as given, not yet validated (<see cref="WebOptions.Validate"/> says what is wrong).</summary>
    public WebOptions Read(ParseResult parse) => new()
    {
        Urls = parse.GetValue(_urls)!,
        Token = WriteToken(parse.GetValue(_token), Environment.GetEnvironmentVariable(TokenVariable)),
        CorsOrigins = parse.GetValue(_corsOrigins) ?? [],
        AllowedHosts = parse.GetValue(_allowedHosts) ?? [],
        MaxRequestBodyBytes = parse.GetValue(_maxBody),
        MaxDocumentsPerIngest = parse.GetValue(_maxDocuments),
        MaxTextLength = parse.GetValue(_maxText),
        CodingRequestsPerWindow = parse.GetValue(_codingRate),
        ReadRequestsPerWindow = parse.GetValue(_readRate),
        RateLimitWindow = TimeSpan.FromSeconds(parse.GetValue(_window)),
    };

    /// <summary>
    /// The token writes need: <c>--token</c> when given (even empty, which turns writes off whatever the environment
    /// says), else <see cref="TokenVariable"/>; null (writes refused) when neither gives a non-empty one.
    /// </summary>
    internal static string? WriteToken(string? option, string? environment)
    {
        var token = option ?? environment;
        return string.IsNullOrEmpty(token) ? null : token;
    }
}
