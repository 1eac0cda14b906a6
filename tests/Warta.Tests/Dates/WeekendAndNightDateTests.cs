using Warta.Dates;
using Warta.Languages;
using static Warta.Tests.Dates.DateTestKit;

namespace Warta.Tests.Dates;

/// <summary>Weekends, "overnight", and weekdays whose latest occurrence lies across a month or year boundary, in both languages.</summary>
public sealed class WeekendAndNightDateTests
{
    [Theory]
    // Published on Monday 8 January 2024: the weekend that has just passed is Saturday 6 January.
    [InlineData("en", "Thai police detained three Cambodian traders over the weekend.", "2024-01-08", "2024-01-06", "the weekend")]
    [InlineData("en", "Thai police detained three Cambodian traders last weekend.", "2024-01-08", "2024-01-06", "last weekend")]
    [InlineData("id", "Polisi Thailand menahan tiga pedagang Kamboja pada akhir pekan lalu.", "2024-01-08", "2024-01-06", "pada akhir pekan lalu")]
    [InlineData("id", "Polisi Thailand menahan tiga pedagang Kamboja akhir pekan kemarin.", "2024-01-08", "2024-01-06", "akhir pekan kemarin")]
    // Published on Friday 12 January: "last weekend" is still the 6th, not the one about to begin.
    [InlineData("en", "Thai police detained three Cambodian traders last weekend.", "2024-01-12", "2024-01-06", "last weekend")]
    [InlineData("id", "Polisi Thailand menahan tiga pedagang Kamboja pada akhir pekan lalu.", "2024-01-12", "2024-01-06", "pada akhir pekan lalu")]
    // Published on a Sunday: "the weekend" is the one under way.
    [InlineData("en", "Thai police detained three Cambodian traders at the weekend.", "2024-01-14", "2024-01-13", "the weekend")]
    [InlineData("id", "Polisi Thailand menahan tiga pedagang Kamboja pada akhir pekan.", "2024-01-14", "2024-01-13", "pada akhir pekan")]
    public void A_weekend_is_its_Saturday_with_weekend_precision(string lang, string sentence, string published, string date, string span)
    {
        var (doc, mentions) = Find(sentence, lang == "en" ? Language.English : Language.Indonesian, published);
        var m = Assert.Single(mentions);
        AssertDate(m, date, DatePrecision.Weekend);
        Assert.Equal(span, SpanText(doc, m));
    }

    [Theory]
    [InlineData("en", "The two leaders will meet this weekend.")]
    [InlineData("id", "Kedua pemimpin akan bertemu akhir pekan ini.")]
    public void This_weekend_reads_back_for_a_past_clause_and_forward_for_a_future_one(string lang, string sentence)
    {
        // Wednesday 10 January 2024: the last weekend began on the 6th, this week's begins on the 13th.
        var m = Single(sentence, lang == "en" ? Language.English : Language.Indonesian, "2024-01-10");
        Assert.Equal((new DateOnly(2024, 1, 6), DatePrecision.Weekend), (m.Date, m.Precision));
        Assert.Equal(new DateOnly(2024, 1, 13), m.For(future: true).Date);
    }

    [Fact]
    public void Next_weekend_is_the_one_after_this_weeks()
    {
        AssertDate(Single("The two leaders will meet next weekend.", Language.English, "2024-01-10"), "2024-01-20", DatePrecision.Weekend);
        AssertDate(Single("Kedua pemimpin akan bertemu akhir pekan depan.", Language.Indonesian, "2024-01-10"), "2024-01-20", DatePrecision.Weekend);
    }

    [Theory]
    [InlineData("Rebels shelled an army post near the border overnight.", "2024-03-01", "2024-02-29")]
    [InlineData("Rebels shelled an army post in an overnight attack.", "2025-01-01", "2024-12-31")]
    public void Overnight_is_the_night_before_the_report(string sentence, string published, string date) =>
        AssertDate(Single(sentence, Language.English, published), date, DatePrecision.Day);

    [Theory]
    // Friday 1 March 2024 (leap year): Monday is 26 February; Tuesday 2 January 2024: Friday is 29 December 2023.
    [InlineData("en", "The envoy was summoned on Monday.", "2024-03-01", "2024-02-26")]
    [InlineData("id", "Duta besar itu dipanggil pada Senin.", "2024-03-01", "2024-02-26")]
    [InlineData("en", "The envoy was summoned on Friday.", "2024-01-02", "2023-12-29")]
    [InlineData("id", "Duta besar itu dipanggil pada Jumat.", "2024-01-02", "2023-12-29")]
    [InlineData("en", "The envoy was summoned last Thursday.", "2025-01-01", "2024-12-26")]
    [InlineData("id", "Duta besar itu dipanggil Kamis lalu.", "2025-01-01", "2024-12-26")]
    [InlineData("id", "Duta besar itu dipanggil pada Sabtu (30/12).", "2024-01-03", "2023-12-30")]
    public void Weekdays_reach_back_across_a_month_or_year_boundary(string lang, string sentence, string published, string date) =>
        AssertDate(Single(sentence, lang == "en" ? Language.English : Language.Indonesian, published), date, DatePrecision.Day);
}
