using System.Text;
using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// Feeds: the RSS and Atom fixtures mutated as text with XML fragments mixed in, feeds that declare entities (nested
/// "billion laughs" expansion, external files, parameter entities) which must be refused rather than expanded,
/// elements nested thousands deep, and items whose dates, links and bases are hostile.
/// </summary>
internal sealed class FeedDocuments(FuzzCorpus corpus) : Gen<string>
{
    private static readonly string[] Fragments =
    [
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "</link>", "<description>", "</description>",
        "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", "&amp;", "&lol;", "&#0;", "&#xD800;", "&#x110000;", "&xxe;", "%pe;",
        "<pubDate>", "</pubDate>", "<guid isPermaLink=\"true\">", "</guid>", "xml:base=\"::\"", "<link href=\"\"/>", "<updated>", "</updated>",
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">", "</div></content>", "<", ">", "</", "\"", "'", "=",
        "<?xml version=\"1.0\" encoding=\"utf-32\"?>", "<!DOCTYPE rss>", "xmlns=\"\"", "xmlns:a=\"http://www.w3.org/2005/Atom\"",
    ];

    private static readonly string[] Dates =
    [
        "", "Tue, 05 Mar 2024 10:00:00 +0700", "Tue, 05 Mar 2024 10:00:00 WIB", "Mon, 32 Foo 99999 25:61:61 +9999", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00", "2024-02-30", "1e9", "Tue, 05 Mar 2024 10:00:00 " + new string('Z', 3000), "  ", "\u0000", "GMT",
    ];

    private static readonly string[] Links =
        ["", "http://localhost/a", "../a", "//x", "http://[::1", "javascript:alert(1)", "http://a b", "::", "%zz", "file:///etc/passwd", "mailto:", "http://localhost:99999/"];

    private readonly TextMutator _mutator = new(corpus, [.. corpus.Feeds, .. corpus.Sentences], Fragments);

    public override string Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var feed = pcg.Below(6) switch
        {
            0 => WithEntities(pcg),
            1 => Nested(pcg),
            2 => HostileItems(pcg, atom: false),
            3 => HostileItems(pcg, atom: true),
            _ => pcg.Pick(corpus.Feeds),
        };
        return pcg.OneIn(6) ? feed : _mutator.Mutate(pcg, feed, pcg.Between(1, 5));
    }

    /// <summary>A fixture behind a DOCTYPE whose entities would expand to gigabytes, or read a file, if honoured.</summary>
    private string WithEntities(PCG pcg)
    {
        var fixture = pcg.Pick(corpus.Feeds);
        var body = fixture.StartsWith("<?xml", StringComparison.Ordinal) ? fixture[(fixture.IndexOf("?>", StringComparison.Ordinal) + 2)..] : fixture;
        var root = body.TrimStart().StartsWith("<feed", StringComparison.Ordinal) ? "feed" : "rss";
        var dtd = new StringBuilder($"<?xml version=\"1.0\"?><!DOCTYPE {root} [");
        string reference;
        switch (pcg.Below(3))
        {
            case 0:
                dtd.Append("<!ENTITY lol0 \"lol\">");
                for (int i = 1; i <= 9; i++) dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
                reference = "&lol9;";
                break;
            case 1:
                dtd.Append("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
                reference = "&xxe;";
                break;
            default:
                dtd.Append("<!ENTITY % pe \"<!ENTITY lol 'x'>\"> %pe;");
                reference = "&lol;";
                break;
        }
        dtd.Append("]>");
        int title = body.IndexOf("<title>", StringComparison.Ordinal);
        var withReference = title < 0 ? body : body.Insert(title + "<title>".Length, reference);
        return dtd.Append(withReference).ToString();
    }

    private string Nested(PCG pcg)
    {
        int depth = pcg.RunLength(Math.Min(corpus.MaxRunLength, 50_000));
        var s = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>");
        for (int i = 0; i < depth; i++) s.Append("<x>");
        for (int i = 0; i < depth; i++) s.Append("</x>");
        return s.Append("</description></item></channel></rss>").ToString();
    }

    private string HostileItems(PCG pcg, bool atom)
    {
        var s = new StringBuilder(atom
            ? $"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"{Esc(pcg.Pick(Links))}\"><title>t</title><link href=\"{Esc(pcg.Pick(Links))}\"/>"
            : $"<rss version=\"2.0\"><channel><title>t</title><link>{Esc(pcg.Pick(Links))}</link>");
        for (int i = pcg.Between(0, 6); i > 0; i--)
        {
            var text = Esc(pcg.Pick(corpus.Sentences));
            s.Append(atom
                ? $"<entry><title type=\"html\">{text}</title><id>{Esc(pcg.Pick(Links))}</id><link rel=\"{(pcg.OneIn(2) ? "alternate" : "x")}\" href=\"{Esc(pcg.Pick(Links))}\"/>" +
                  $"<updated>{Esc(pcg.Pick(Dates))}</updated><published>{Esc(pcg.Pick(Dates))}</published><summary type=\"html\">{text}</summary></entry>"
                : $"<item><title>{text}</title><link>{Esc(pcg.Pick(Links))}</link><guid>{Esc(pcg.Pick(Links))}</guid>" +
                  $"<pubDate>{Esc(pcg.Pick(Dates))}</pubDate><description><![CDATA[<p>{text}</p>]]></description></item>");
        }
        return s.Append(atom ? "</feed>" : "</channel></rss>").ToString();
    }

    private static string Esc(string value) => System.Security.SecurityElement.Escape(value) ?? "";
}
