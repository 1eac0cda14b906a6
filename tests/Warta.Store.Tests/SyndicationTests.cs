using Warta.Store.Syndication;

namespace Warta.Store.Tests;

public sealed class SyndicationTests
{
    private const string Text =
        "Kementerian Luar Negeri Rusia memanggil duta besar Kazakhstan di Moskow pada Selasa untuk menyampaikan protes " +
        "atas pernyataan presiden Kazakhstan tentang perang di Ukraina yang disampaikan dalam sebuah forum ekonomi pekan lalu.";

    [Fact]
    public void Shingles_ignore_case_and_punctuation_and_jaccard_measures_overlap()
    {
        Assert.Equal(Shingles.Of(Text), Shingles.Of(Text.ToUpperInvariant().Replace(",", " ;")));
        Assert.Equal(1.0, Shingles.Jaccard(Shingles.Of(Text), Shingles.Of(Text)));
        double near = Shingles.Jaccard(Shingles.Of(Text), Shingles.Of("JAKARTA (Antara) - " + Text));
        Assert.InRange(near, 0.9, 0.99);
        Assert.True(Shingles.Jaccard(Shingles.Of(Text), Shingles.Of(Articles.RussiaKazakhstanEn)) < 0.1);
    }

    [Fact]
    public void A_near_copy_shares_a_band_and_an_unrelated_text_shares_none()
    {
        var bands = MinHashBands.Of(Shingles.Of(Text));
        var copy = MinHashBands.Of(Shingles.Of("JAKARTA (Antara) - " + Text));
        var other = MinHashBands.Of(Shingles.Of(Articles.JapanChinaEn));

        Assert.Equal(MinHashBands.Bands, bands.Length);
        Assert.Contains(Enumerable.Range(0, MinHashBands.Bands), b => bands[b] == copy[b]);
        Assert.DoesNotContain(Enumerable.Range(0, MinHashBands.Bands), b => bands[b] == other[b]);
    }

    [Fact]
    public void Outlet_is_the_source_else_the_url_host_else_the_id()
    {
        Assert.Equal("Kompas", Outlet.Of("d1", " Kompas ", "https://www.kompas.com/x"));
        Assert.Equal("kompas.com", Outlet.Of("d1", null, "https://www.kompas.com/x"));
        Assert.Equal("d1", Outlet.Of("d1", null, "not a url"));
    }
}
