using Warta.Errors;

namespace Warta.Ingest.Tests;

public sealed class PageFetcherTests(LocalNewsServer server) : IClassFixture<LocalNewsServer>
{
    // Generous, so a cold start on a busy machine never times out; only the slow page uses the short one.
    private static readonly FetchLimits TestLimits = new(TimeSpan.FromSeconds(60), 100_000, 3) { AllowPrivateAddresses = true };
    private static readonly FetchLimits ImpatientLimits = TestLimits with { Timeout = TimeSpan.FromSeconds(1) };

    private WartaException FetchError(string path)
    {
        using var fetcher = new PageFetcher(path == "slow" ? ImpatientLimits : TestLimits);
        return Assert.Throws<WartaException>(() => fetcher.Fetch(server.At(path)));
    }

    [Fact]
    public async Task An_HTML_page_is_fetched_with_its_media_type_and_text()
    {
        using var fetcher = new PageFetcher(TestLimits);

        var page = await fetcher.FetchAsync(server.At("id/artikel"));

        Assert.True(page.IsHtml);
        Assert.Contains("Sungai Sinapad", page.Text);
    }

    [Fact]
    public void A_redirect_is_followed_and_the_final_address_kept()
    {
        using var fetcher = new PageFetcher(TestLimits);

        var page = fetcher.Fetch(server.At("old-address"));

        Assert.Equal(server.At("en/story"), page.FinalUrl);
        Assert.Equal(server.At("old-address"), page.RequestedUrl);
    }

    [Fact]
    public void A_page_in_a_declared_legacy_charset_is_decoded_by_it()
    {
        using var fetcher = new PageFetcher(TestLimits);

        Assert.Contains("rencontré son homologue au café", fetcher.Fetch(server.At("latin1")).Text);
    }

    [Fact]
    public void A_missing_page_is_an_error_with_its_status_and_address()
    {
        var error = FetchError("missing");

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("404", error.Message);
        Assert.Contains(server.At("missing").AbsoluteUri, error.Message);
    }

    [Fact]
    public void Endless_redirects_are_an_error() =>
        Assert.Contains("redirects", FetchError("loop").Message);

    [Fact]
    public void A_page_that_does_not_arrive_in_time_is_a_timeout_error()
    {
        var error = FetchError("slow");

        Assert.Equal(ErrorCodes.FetchTimedOut, error.Code);
        Assert.Contains("/slow", error.Message);
    }

    [Theory]
    [InlineData("large")]
    [InlineData("large-chunked")]
    public void A_page_over_the_size_cap_is_refused(string path)
    {
        var error = FetchError(path);

        Assert.Equal(ErrorCodes.FetchTooLarge, error.Code);
        Assert.Contains("100000 byte cap", error.Message);
    }

    [Fact]
    public void A_content_type_that_is_no_page_is_refused_naming_it()
    {
        var error = FetchError("report.pdf");

        Assert.Equal(ErrorCodes.FetchContentTypeUnsupported, error.Code);
        Assert.Contains("application/pdf", error.Message);
    }

    [Fact]
    public void Only_web_addresses_are_fetched()
    {
        using var fetcher = new PageFetcher(TestLimits, new NoNetworkHandler());

        var error = Assert.Throws<WartaException>(() => fetcher.Fetch(new Uri("file:///etc/hostname")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
    }

    [Fact]
    public void A_refused_connection_is_an_error_naming_the_address()
    {
        using var fetcher = new PageFetcher(TestLimits, new NoNetworkHandler());

        var error = Assert.Throws<WartaException>(() => fetcher.Fetch(new Uri("http://127.0.0.1/x")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("http://127.0.0.1/x: the network is off in tests", error.Message);
    }

    [Fact]
    public void A_loopback_page_is_refused_unless_private_addresses_are_allowed()
    {
        using var guarded = new PageFetcher(TestLimits with { AllowPrivateAddresses = false });

        var error = Assert.Throws<WartaException>(() => guarded.Fetch(server.At("id/artikel")));

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Contains("loopback, private or link-local address (127.0.0.1)", error.Message);
        Assert.Contains("--allow-private-addresses", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.5", false)]
    [InlineData("172.32.0.5", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.128.0.1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2606:4700::1111", true)]
    public void Only_public_addresses_count_as_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.IsPublic(System.Net.IPAddress.Parse(address)));
}
