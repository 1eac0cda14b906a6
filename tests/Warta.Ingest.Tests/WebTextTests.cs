using System.Text;

namespace Warta.Ingest.Tests;

public sealed class WebTextTests
{
    private const string Page = "<html><body><p>Menlu berkata \u201Ccukup\u201D di café.</p></body></html>";

    static WebTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void The_servers_charset_is_respected_without_a_warning()
    {
        var decoded = WebText.Decode(Encoding.GetEncoding(1252).GetBytes(Page), "windows-1252", "http://x.example/");
        Assert.Equal(Page, decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void The_pages_meta_charset_is_respected_without_a_warning()
    {
        var page = Page.Replace("<html>", "<html><head><meta charset=\"windows-1252\"></head>");
        var decoded = WebText.Decode(Encoding.GetEncoding(1252).GetBytes(page), null, "http://x.example/");
        Assert.Equal(page, decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void A_page_naming_no_charset_and_not_utf8_is_judged_from_its_bytes_with_a_warning()
    {
        var decoded = WebText.Decode(Encoding.GetEncoding(1252).GetBytes(Page), null, "http://x.example/a");
        Assert.Equal(Page, decoded.Text);
        Assert.Equal("Windows-1252", decoded.EncodingName);
        Assert.Contains("http://x.example/a: names no charset and is not UTF-8; read as Windows-1252", decoded.Warning);
    }

    [Fact]
    public void A_utf8_page_naming_no_charset_is_utf8()
    {
        var decoded = WebText.Decode(Encoding.UTF8.GetBytes(Page), null, "http://x.example/");
        Assert.Equal(Page, decoded.Text);
        Assert.Null(decoded.Warning);
    }
}
