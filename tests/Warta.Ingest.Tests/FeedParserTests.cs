using Warta.Errors;

namespace Warta.Ingest.Tests;

public sealed class FeedParserTests
{
    [Fact]
    public void An_RSS_feed_gives_its_items_in_order_with_title_link_date_and_summary_text()
    {
        var items = FeedParser.Parse(Fixtures.Read("berita.rss"), null, "berita.rss");

        Assert.Equal(3, items.Count);
        Assert.Equal("Indonesia dan Malaysia Sepakat Lanjutkan Perundingan Batas", items[0].Title);
        Assert.Equal(new Uri("https://warta-nusantara.example/internasional/2024/03/05/perundingan-batas"), items[0].Link);
        Assert.Equal(new DateOnly(2024, 3, 5), items[0].Published);
        Assert.Equal("Kedua menteri luar negeri sepakat mempercepat perundingan segmen perbatasan darat di Kalimantan.", items[0].Summary);
    }

    [Fact]
    public void A_feed_date_in_a_named_Indonesian_zone_keeps_its_written_day() =>
        Assert.Equal(new DateOnly(2024, 3, 6), FeedParser.Parse(Fixtures.Read("berita.rss"), null, "berita.rss")[1].Published);

    [Fact]
    public void An_unreadable_item_date_costs_that_item_its_date_only()
    {
        var items = FeedParser.Parse(Fixtures.Read("berita.rss"), null, "berita.rss");

        Assert.Null(items[2].Published);
        Assert.Equal("Tanpa tanggal yang terbaca", items[2].Title);
    }

    [Fact]
    public void A_relative_item_link_resolves_against_the_feed_address()
    {
        var items = FeedParser.Parse(Fixtures.Read("berita.rss"), new Uri("https://warta-nusantara.example/rss/internasional.xml"), "feed");

        Assert.Equal(new Uri("https://warta-nusantara.example/internasional/2024/03/06/kunjungan-pm"), items[1].Link);
    }

    [Fact]
    public void A_relative_item_link_in_a_feed_file_resolves_against_the_site_the_feed_names() =>
        Assert.Equal(new Uri("https://warta-nusantara.example/internasional/2024/03/06/kunjungan-pm"),
            FeedParser.Parse(Fixtures.Read("berita.rss"), null, "berita.rss")[1].Link);

    [Fact]
    public void An_Atom_feed_gives_its_entries_with_html_titles_and_summaries_as_text()
    {
        var items = FeedParser.Parse(Fixtures.Read("world.atom"), null, "world.atom");

        Assert.Equal(2, items.Count);
        Assert.Equal("Ministers agree to resume border talks", items[0].Title);
        Assert.Equal(new Uri("https://herald.example/world/asia/border-talks-resume"), items[0].Link);
        Assert.Equal(new DateOnly(2023, 11, 21), items[0].Published);
        Assert.Equal("Patrol boats detained two fishing crews accused of crossing the boundary.", items[1].Summary);
    }

    [Fact]
    public void An_Atom_entry_without_a_link_uses_its_http_id_and_its_updated_day()
    {
        var item = FeedParser.Parse(Fixtures.Read("world.atom"), null, "world.atom")[1];

        Assert.Equal(new Uri("https://herald.example/world/asia/fishing-arrests"), item.Link);
        Assert.Equal(new DateOnly(2023, 11, 19), item.Published);
    }

    [Theory]
    [InlineData("berita.rss", true)]
    [InlineData("world.atom", true)]
    [InlineData("not-a-feed.xml", false)]
    [InlineData("article-id.html", false)]
    public void Feeds_are_told_by_their_root_element(string file, bool isFeed) =>
        Assert.Equal(isFeed, FeedParser.LooksLikeFeed(Fixtures.Read(file)));

    [Theory]
    [InlineData("broken.rss")]
    [InlineData("not-a-feed.xml")]
    public void A_broken_or_foreign_feed_is_an_error_naming_it(string file)
    {
        var error = Assert.Throws<WartaException>(() => FeedParser.Parse(Fixtures.Read(file), null, file));

        Assert.Equal(ErrorCodes.FeedInvalid, error.Code);
        Assert.Contains(file, error.Message);
    }
}
