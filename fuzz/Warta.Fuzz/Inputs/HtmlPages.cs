using System.Text;
using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// News pages: the fixtures mutated as text with HTML fragments mixed in, articles buried under thousands of nested
/// elements, and heads full of hostile metadata (dates, languages, canonical addresses, JSON-LD).
/// </summary>
internal sealed class HtmlPages(FuzzCorpus corpus) : Gen<string>
{
    private static readonly string[] Tags = ["div", "span", "p", "b", "i", "a", "table", "tr", "td", "ul", "li", "section", "article", "font", "em", "svg", "math", "template", "select", "form"];

    private static readonly string[] Fragments =
    [
        "<div>", "</div>", "<p>", "</p>", "<br>", "<article>", "</article>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<table><tr><td>", "</td></tr></table>", "<a href=\"javascript:x\">", "</a>", "<noscript>", "<iframe>",
        "<template>", "<svg><foreignObject>", "<math><mi>", "<plaintext>", "<xmp>", "<textarea>", "<title>", "</title>", "<base href=\"::\">",
        "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&lt", "&nbsp", "&;", "&#", "<", ">", "</", "<!DOCTYPE html>",
        "<?xml?>", "<meta charset=\"x\">", "<time datetime=\"9999-99-99\">", "<html lang=\"\">", "<body>", "</body>", "<head>",
    ];

    private static readonly string[] MetaNames =
        ["article:published_time", "og:published_time", "pubdate", "date", "dc.date", "og:url", "og:site_name", "og:title", "og:locale", "content-language", "language"];

    private static readonly string[] Values =
    [
        "", " ", "2024-03-05", "2024-03-05T10:00:00+07:00", "0000-00-00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
        "2024-02-30", "99999-01-01", "-1", "1e400", "2024-13-45T99:99:99", "Selasa, 5 Maret 2024", "5/3/2024", "\0", "\uD800",
        "id", "en", "in-ID", "EN_us", "x-klingon", "id-ID-u-nu-arab", "http://", "http://[::1", "//example", "javascript:alert(1)",
        "http://localhost/" + new string('a', 5000), "::::", "%zz", "http://xn--", "file:///etc/passwd",
    ];

    private readonly TextMutator _mutator = new(corpus, [.. corpus.HtmlPages, .. corpus.Sentences], Fragments);

    public override string Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var page = pcg.Below(5) switch
        {
            0 => Nested(pcg),
            1 => WithHostileHead(pcg),
            2 => ManyAttributes(pcg),
            _ => pcg.Pick(corpus.HtmlPages),
        };
        return pcg.OneIn(8) ? page : _mutator.Mutate(pcg, page, pcg.Between(1, 6));
    }

    /// <summary>An article several thousand elements deep, closed or not.</summary>
    private string Nested(PCG pcg)
    {
        int depth = pcg.RunLength(Math.Min(corpus.MaxRunLength, 50_000));
        var tag = pcg.Pick(Tags);
        bool close = pcg.OneIn(2);
        var s = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++) s.Append('<').Append(pcg.OneIn(10) ? pcg.Pick(Tags) : tag).Append('>');
        s.Append("<p>").Append(string.Join(" ", Enumerable.Range(0, 6).Select(_ => pcg.Pick(corpus.Sentences)))).Append("</p>");
        if (close) for (int i = 0; i < depth; i++) s.Append("</").Append(tag).Append('>');
        return s.Append("</body></html>").ToString();
    }

    private string WithHostileHead(PCG pcg)
    {
        var head = new StringBuilder($"<html lang=\"{Attr(pcg)}\"><head><title>{pcg.Pick(Values)}</title>");
        for (int i = pcg.Between(1, 8); i > 0; i--)
            head.Append(pcg.OneIn(2) ? "<meta property=\"" : "<meta name=\"").Append(pcg.Pick(MetaNames)).Append("\" content=\"").Append(Attr(pcg)).Append("\">");
        if (pcg.OneIn(2)) head.Append("<link rel=\"canonical\" href=\"").Append(Attr(pcg)).Append("\">");
        if (pcg.OneIn(2)) head.Append("<script type=\"application/ld+json\">").Append(JsonLd(pcg)).Append("</script>");
        head.Append("</head><body><article>");
        if (pcg.OneIn(2)) head.Append("<time datetime=\"").Append(Attr(pcg)).Append("\" pubdate>").Append(pcg.Pick(Values)).Append("</time>");
        var body = string.Join("", Enumerable.Range(0, pcg.Between(1, 8)).Select(_ => "<p>" + pcg.Pick(corpus.Sentences) + "</p>"));
        return head.Append(body).Append("</article></body></html>").ToString();
    }

    private static string Attr(PCG pcg) => pcg.Pick(Values).Replace("\"", "&quot;");

    private string JsonLd(PCG pcg) => pcg.Below(6) switch
    {
        0 => "{\"@type\":\"NewsArticle\",\"datePublished\":\"" + pcg.Pick(Values) + "\",\"headline\":" + (pcg.OneIn(2) ? "5" : "null") + "}",
        1 => new string('[', pcg.RunLength(Math.Min(corpus.MaxRunLength, 100_000))),
        2 => "{\"@graph\":[{\"@type\":[\"NewsArticle\",7],\"datePublished\":{\"x\":1},\"inLanguage\":[]}]}",
        3 => "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05",
        4 => "[" + string.Join(",", Enumerable.Repeat("{\"@type\":\"NewsArticle\",\"datePublished\":1e999}", pcg.Between(1, 50))) + "]",
        _ => "{\"publisher\":{\"name\":" + new string('{', 300) + "}",
    };

    private string ManyAttributes(PCG pcg)
    {
        var s = new StringBuilder("<html><body><article><p");
        int count = pcg.RunLength(Math.Min(corpus.MaxRunLength, 20_000));
        for (int i = 0; i < count; i++) s.Append(" a").Append(i % 50).Append("=\"").Append(pcg.OneIn(100) ? pcg.Pick(Values) : "x").Append('"');
        return s.Append('>').Append(pcg.Pick(corpus.Articles)).Append("</p></article></body></html>").ToString();
    }
}
