using System.Net;
using Warta.Errors;
using Warta.Web.Security;

namespace Warta.Web.Tests;

/// <summary>The pure parts of the server's security settings: listen addresses, client keys, origins, option checks.</summary>
public sealed class SecuritySettingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "")]
    [InlineData("http://localhost:5080;http://[::1]:5081", "")]
    [InlineData("http://unix:/run/warta.sock", "")]
    [InlineData("http://0.0.0.0:5080", "0.0.0.0")]
    [InlineData("http://*:80;http://127.0.0.1:81", "*")]
    [InlineData("https://[::]:443/", "::")]
    [InlineData("http://news.example.org:8080", "news.example.org")]
    [InlineData("http://192.168.1.5:5080;http://+:5081", "192.168.1.5,+")]
    public void Hosts_other_machines_can_reach_are_found_in_the_listen_urls(string urls, string expected)
    {
        Assert.Equal(expected, string.Join(",", ListenAddresses.NonLoopbackHosts(urls)));
    }

    [Fact]
    public void Listening_beyond_loopback_without_a_token_or_over_plain_http_with_one_is_warned_about()
    {
        Assert.Empty(ListenAddresses.Warnings("http://127.0.0.1:5080", hasToken: false));
        Assert.Contains("without a token", Assert.Single(ListenAddresses.Warnings("http://0.0.0.0:5080", hasToken: false)));
        Assert.Contains("plain http", Assert.Single(ListenAddresses.Warnings("http://0.0.0.0:5080", hasToken: true)));
        Assert.Empty(ListenAddresses.Warnings("https://0.0.0.0:5443", hasToken: true));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Clients_are_budgeted_per_ipv4_address_and_per_ipv6_network(string address, string key)
    {
        Assert.Equal(key, ClientAddress.KeyOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("https://news.example.org", true)]
    [InlineData("http://localhost:3000", true)]
    [InlineData("https://news.example.org/", false)]
    [InlineData("https://news.example.org/app", false)]
    [InlineData("*", false)]
    [InlineData("https://*.example.org", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("news.example.org", false)]
    public void Only_a_bare_http_or_https_origin_is_a_cors_origin(string origin, bool valid)
    {
        Assert.Equal(valid, CorsOrigin.IsValid(origin));
    }

    public static TheoryData<WebOptions, string> BadOptions => new()
    {
        { new WebOptions { MaxRequestBodyBytes = 10 }, "request body limit" },
        { new WebOptions { MaxDocumentsPerIngest = 0 }, "documents-per-request" },
        { new WebOptions { CodingRequestsPerWindow = -1 }, "coding rate limit" },
        { new WebOptions { RateLimitWindow = TimeSpan.Zero }, "window" },
        { new WebOptions { CorsOrigins = ["https://ok.example.org", "https://bad.example.org/path"] }, "bad.example.org/path" },
        { new WebOptions { AllowedHosts = ["news.example.org:8080"] }, "news.example.org:8080" },
        { new WebOptions { AllowedHosts = ["https://news.example.org"] }, "not a host name" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_setting_that_cannot_work_is_refused_with_wrt0501_before_the_server_starts(WebOptions options, string named)
    {
        var error = Assert.Throws<WartaException>(() => WartaWebHost.Build(options, WebServer.SharedCoder, null));

        Assert.Equal(ErrorCodes.ServerSettingInvalid, error.Code);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void The_default_options_are_valid_and_listen_on_loopback_only()
    {
        var defaults = new WebOptions();

        defaults.Validate();
        Assert.Empty(ListenAddresses.NonLoopbackHosts(defaults.Urls));
        Assert.Empty(defaults.CorsOrigins);
        Assert.Null(defaults.Token);
    }
}
