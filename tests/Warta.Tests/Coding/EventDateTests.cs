using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Which date an event gets and where it came from (date_from: text, text_relative, published).</summary>
public sealed class EventDateTests
{
    [Theory]
    [InlineData("Polisi Rusia menangkap dua aktivis Ukraina pada 4 Oktober.", "2024-01-10", "2023-10-04 text", "pada 4 Oktober")]
    [InlineData("Pada Selasa (14/3), Indonesia mengecam Israel.", "2023-03-16", "2023-03-14 text", "Pada Selasa (14/3)")]
    [InlineData("Pekan lalu, Indonesia mengecam Israel.", "2024-01-10", "2024-01-01 text", "Pekan lalu")]
    [InlineData("Indonesia mengecam Israel kemarin.", "2024-01-10", "2024-01-09 text", "kemarin")]
    [InlineData("Rusia mengusir dua diplomat Jepang pada Senin.", "2024-03-12", "2024-03-11 text", "pada Senin")]
    [InlineData("Russian police arrested two Ukrainian activists on Friday.", "2024-01-10", "2024-01-05 text", "on Friday")]
    [InlineData("Two Ukrainian activists were arrested by Russian police last week.", "2024-01-10", "2024-01-01 text", "last week")]
    public void A_date_in_the_clause_dates_the_event(string text, string published, string expected, string dateText)
    {
        var e = Assert.Single(Code(text, published).Events);
        Assert.Equal(expected, DateOf(e));
        Assert.Equal(dateText, e.DateText);
    }

    [Theory]
    [InlineData("Kazakhstan memanggil duta besar Rusia pada 4 Oktober. Sehari kemudian, Rusia memanggil duta besar Kazakhstan.")]
    [InlineData("Kazakhstan summoned the Russian ambassador on October 4. A day later, Russia summoned the Kazakh ambassador.")]
    public void A_relative_date_counts_from_the_previous_date_of_the_text(string text)
    {
        var coded = Code(text, "2022-10-06");
        Assert.Equal("2022-10-04 text", DateOf(Assert.Single(coded.Events, e => e.SentenceIndex == 0)));
        Assert.Equal("2022-10-05 text_relative", DateOf(Assert.Single(coded.Events, e => e.SentenceIndex == 1)));
    }

    [Fact]
    public void A_quote_without_a_date_is_dated_by_its_attribution_not_by_the_story()
    {
        var coded = Code("Israel menyerang Gaza pada 5 Januari. \"Kami mengecam Israel dan menuntut penghentian serangan,\" kata juru bicara "
            + "Kementerian Luar Negeri Indonesia di Jakarta, kemarin.", "2024-01-10");
        var condemnation = Assert.Single(coded.Events, e => e.SentenceIndex == 1 && e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("2024-01-09 text", DateOf(condemnation));
    }

    [Fact]
    public void Without_a_date_the_event_takes_the_published_date_and_no_date_text()
    {
        var e = Assert.Single(Code("Indonesia mengecam Israel.", "2024-02-29").Events);
        Assert.Equal("2024-02-29 published", DateOf(e));
        Assert.Null(e.DateText);
    }

    [Fact]
    public void An_intended_act_reads_a_weekday_forward_and_an_asserted_one_back()
    {
        Assert.All(Code("Rusia akan bertemu dengan Jepang pada Senin.", "2024-01-10").Events, e => Assert.Equal("2024-01-15 text", DateOf(e)));
        Assert.All(Code("Rusia bertemu dengan Jepang pada Senin.", "2024-01-10").Events, e => Assert.Equal("2024-01-08 text", DateOf(e)));
        Assert.Equal(2, Code("Rusia akan bertemu dengan Jepang pada Senin.", "2024-01-10").Events.Count);
    }

    [Fact]
    public void Pekan_depan_dates_an_intended_meeting_next_week()
    {
        var coded = Code("Rusia akan bertemu dengan Jepang pekan depan.", "2024-01-10");
        Assert.All(coded.Events, e => Assert.Equal("2024-01-15 text", DateOf(e)));
        Assert.NotEmpty(coded.Events);
    }

    [Theory]
    [InlineData("en", "Malaysian troops shelled a Thai border post and arrested six Thai soldiers early on Saturday.")]
    [InlineData("id", "Tentara Malaysia menembaki pos perbatasan Thailand dan menangkap enam tentara Thailand pada Sabtu dini hari.")]
    public void Coordinated_verbs_sharing_a_subject_share_the_date_that_closes_the_sentence(string lang, string text)
    {
        var events = Code(text, "2024-01-10", lang).Events;
        Assert.Contains(events, e => e.Cameo == "173");
        Assert.Contains(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal("2024-01-06 text", DateOf(e)));
    }
}
