using Warta.Coding;
using Warta.Dates;
using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>Which date an event gets and where it came from (date_from: text, text_relative, published; date_rule: which rule chose it).</summary>
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

    [Theory]
    // Friday 12 January 2024: the report is Thursday's, the arrest no later than that, dated the day before.
    [InlineData("en", "Malaysian police arrested six Indonesian fishermen off Johor, officials said on Thursday.", "on Thursday")]
    [InlineData("en", "Malaysian police arrested six Indonesian fishermen off Johor, officials on Thursday said.", "on Thursday")]
    [InlineData("id", "Polisi Malaysia menangkap enam nelayan Indonesia di perairan Johor, kata pejabat setempat, Kamis.", "Kamis")]
    [InlineData("id", "Polisi Malaysia menangkap enam nelayan Indonesia di perairan Johor, ujar juru bicara kepolisian pada Kamis.", "pada Kamis")]
    public void An_act_reported_by_a_dated_speech_verb_after_it_is_dated_the_day_before_the_report(string lang, string text, string dateText)
    {
        var arrest = Assert.Single(Code(text, "2024-01-12", lang).Events, e => e.Cameo == "173");
        Assert.Equal("2024-01-10 text", DateOf(arrest));
        Assert.Equal((DateRule.BeforeReport, dateText), (arrest.DateRule, arrest.DateText));
    }

    [Theory]
    // The date in the act's own clause wins over the report's; a date before a trailing "said" is the act's.
    [InlineData("en", "Malaysian police arrested six Indonesian fishermen on Tuesday, officials said on Thursday.", "2024-01-09", DateRule.Clause)]
    [InlineData("en", "Malaysian police arrested six Indonesian fishermen off Johor on Wednesday, said officials.", "2024-01-10", DateRule.Clause)]
    [InlineData("id", "Polisi Malaysia menangkap enam nelayan Indonesia pada Selasa, kata pejabat setempat, Kamis.", "2024-01-09", DateRule.Clause)]
    public void An_act_with_its_own_date_keeps_it(string lang, string text, string date, DateRule rule)
    {
        var arrest = Assert.Single(Code(text, "2024-01-12", lang).Events, e => e.Cameo == "173");
        Assert.Equal((date + " text", rule), (DateOf(arrest), arrest.DateRule!.Value));
    }

    [Theory]
    // What the report itself says is dated on the report's day: a speaker's own verbal act, a quote.
    [InlineData("en", "Indonesia condemned Malaysia over the arrest of its fishermen, the Indonesian foreign ministry said on Thursday.")]
    [InlineData("id", "\"Indonesia mengecam penangkapan nelayan kami,\" kata juru bicara Kementerian Luar Negeri Indonesia, Kamis.")]
    public void What_the_report_says_keeps_the_report_day(string lang, string text)
    {
        var events = Code(text, "2024-01-12", lang).Events;
        var condemnation = Assert.Single(events, e => e.Root == "11");
        Assert.Equal("2024-01-11 text", DateOf(condemnation));
        Assert.NotEqual(DateRule.BeforeReport, condemnation.DateRule);
    }

    [Fact]
    public void Another_actors_verbal_act_in_the_report_is_dated_before_it()
    {
        var criticism = Assert.Single(Code("Malaysia criticised Indonesia over the fishing dispute, the Indonesian foreign ministry said on Thursday.",
            "2024-01-12", "en").Events, e => e.Root == "11");
        Assert.Equal(("2024-01-10 text", DateRule.BeforeReport), (DateOf(criticism), criticism.DateRule!.Value));
    }

    [Theory]
    // "the talks" / "pertemuan itu" point back at the talks named with Monday, not at Wednesday's later sentence.
    [InlineData("en", "Vietnam and the Philippines held talks in Hanoi on Monday. The Vietnamese navy seized a Chinese trawler on Wednesday. "
        + "Vietnam and the Philippines agreed during the talks to hold joint patrols.", "2024-01-08")]
    [InlineData("id", "Vietnam dan Filipina menggelar pertemuan di Hanoi pada Senin. Angkatan Laut Vietnam menyita sebuah kapal pukat China pada Rabu. "
        + "Dalam pertemuan itu Vietnam dan Filipina sepakat menggelar patroli bersama.", "2024-01-08")]
    public void A_definite_event_noun_takes_the_day_it_was_named_with(string lang, string text, string date)
    {
        var coded = Code(text, "2024-01-12", lang);
        var agreement = Assert.Single(coded.Events, e => e.SentenceIndex == 2 && e.Source.Code.StartsWith("VNM", StringComparison.Ordinal));
        Assert.Equal((date + " text", DateRule.EventNoun), (DateOf(agreement), agreement.DateRule!.Value));
    }

    [Fact]
    public void Every_event_says_which_rule_chose_its_date_and_how_precise_it_is()
    {
        var arrest = Assert.Single(Code("Thai police arrested three Cambodian workers last week.", "2024-01-10", "en").Events);
        Assert.Equal((DateRule.Clause, DatePrecision.Week), (arrest.DateRule!.Value, arrest.DatePrecision!.Value));
        var undated = Assert.Single(Code("Cambodia condemned Thailand.", "2024-01-10", "en").Events);
        Assert.Equal((DateRule.Published, DatePrecision.Day, "2024-01-10 published"), (undated.DateRule!.Value, undated.DatePrecision!.Value, DateOf(undated)));
    }

    [Fact]
    public void A_sentence_without_a_date_carries_the_story_date_and_says_so()
    {
        var coded = Code("Thai police arrested three Cambodian workers on Monday. Cambodia condemned Thailand over the arrests.", "2024-01-10", "en");
        var condemnation = Assert.Single(coded.Events, e => e.SentenceIndex == 1 && e.Root == "11");
        Assert.Equal(("2024-01-08 text", DateRule.Story, "on Monday"), (DateOf(condemnation), condemnation.DateRule!.Value, condemnation.DateText));
    }

    [Fact]
    public void The_story_continues_on_the_day_of_the_sentences_main_clause_not_of_an_earlier_act_it_recalls()
    {
        // The lead's main clause comes first; an act it explains ("after police detained … on Monday") is background, so a
        // later undated sentence continues Thursday's story.
        var coded = Code("Chile lodged a protest with Peru on Thursday after Peruvian police detained four Chilean fishermen on Monday. "
            + "Chile's foreign minister also criticised Peru.", "2024-01-12", "en");
        var criticism = Assert.Single(coded.Events, e => e.SentenceIndex == 1 && e.Root == "11");
        Assert.Equal(("2024-01-11 text", DateRule.Story), (DateOf(criticism), criticism.DateRule!.Value));
    }
}
