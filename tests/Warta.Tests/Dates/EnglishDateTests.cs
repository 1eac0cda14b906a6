using Warta.Dates;
using Warta.Languages;
using static Warta.Tests.Dates.DateTestKit;

namespace Warta.Tests.Dates;

public sealed class EnglishDateTests
{
    private const Language En = Language.English;

    [Theory]
    [InlineData("The ambassador was summoned on October 4.", "2022-10-04", "on October 4")]
    [InlineData("The ambassador was summoned on Oct. 4.", "2022-10-04", "on Oct. 4")]
    [InlineData("The ambassador was summoned on Oct 4.", "2022-10-04", "on Oct 4")]
    [InlineData("The ambassador was summoned on 4 October.", "2022-10-04", "on 4 October")]
    [InlineData("The treaty was signed on October 4, 2021.", "2021-10-04", "on October 4, 2021")]
    [InlineData("The talks began Sept. 8.", "2022-09-08", "Sept. 8")]
    [InlineData("The talks began on September 8th.", "2022-09-08", "on September 8th")]
    [InlineData("The talks began on 21st September.", "2022-09-21", "on 21st September")]
    [InlineData("Protesters gathered on December 4.", "2021-12-04", "on December 4")]
    [InlineData("The vote took place on May 5.", "2022-05-05", "on May 5")]
    [InlineData("The city was founded on 13 December, 1888.", "1888-12-13", "on 13 December, 1888")]
    [InlineData("The city was founded September 20 1888.", "1888-09-20", "September 20 1888")]
    [InlineData("The treaty was signed 2022-10-04 in Astana.", "2022-10-04", "2022-10-04")]
    [InlineData("The treaty was signed 10/4/2022 in Astana.", "2022-10-04", "10/4/2022")]
    public void Explicit_days(string sentence, string date, string span)
    {
        var (doc, mentions) = Find(sentence, En, "2022-10-06");
        var m = Assert.Single(mentions);
        Assert.Equal(DateOnly.Parse(date), m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.Equal(span, SpanText(doc, m));
    }

    [Theory]
    [InlineData("Prices rose in October.", "2022-10-01", "month")]
    [InlineData("Prices rose in November.", "2021-11-01", "month")]
    [InlineData("Prices rose in October 2020.", "2020-10-01", "month-year")]
    [InlineData("Russia objected in late August.", "2022-08-01", "part-late-month")]
    [InlineData("Russia objected in early January.", "2022-01-01", "part-early-month")]
    [InlineData("Russia objected at the end of August.", "2022-08-01", "part-late-month")]
    [InlineData("Prices rose last October.", "2021-10-01", "month")]
    public void Months_have_month_precision(string sentence, string date, string rule)
    {
        var m = Single(sentence, En, "2022-10-06");
        Assert.Equal(DateOnly.Parse(date), m.Date);
        Assert.Equal(DatePrecision.Month, m.Precision);
        Assert.Equal(rule, m.Rule);
    }

    [Theory]
    [InlineData("The minister arrived on Tuesday.", "2023-03-21")]
    [InlineData("The minister arrived Monday.", "2023-03-20")]
    [InlineData("The minister arrived on Friday.", "2023-03-17")]
    [InlineData("The minister arrived last Tuesday.", "2023-03-14")]
    [InlineData("The minister will arrive next Friday.", "2023-03-24")]
    [InlineData("The minister spoke on Friday, March 17, 2023.", "2023-03-17")]
    public void Weekdays(string sentence, string date) =>
        Assert.Equal(DateOnly.Parse(date), Single(sentence, En, "2023-03-21").Date);

    [Theory]
    [InlineData("Police arrested him yesterday.", "2023-03-20", DatePrecision.Day)]
    [InlineData("Police arrested him today.", "2023-03-21", DatePrecision.Day)]
    [InlineData("Police will question him tomorrow.", "2023-03-22", DatePrecision.Day)]
    [InlineData("Police arrested him last night.", "2023-03-20", DatePrecision.Day)]
    [InlineData("Police arrested him last week.", "2023-03-13", DatePrecision.Week)]
    [InlineData("Police will question him next week.", "2023-03-27", DatePrecision.Week)]
    [InlineData("Police arrested him this week.", "2023-03-20", DatePrecision.Week)]
    [InlineData("Police arrested him last month.", "2023-02-01", DatePrecision.Month)]
    [InlineData("Police arrested him last year.", "2022-01-01", DatePrecision.Year)]
    [InlineData("Police arrested him two days ago.", "2023-03-19", DatePrecision.Day)]
    [InlineData("Police arrested him 3 days ago.", "2023-03-18", DatePrecision.Day)]
    [InlineData("Police arrested him a week ago.", "2023-03-13", DatePrecision.Week)]
    [InlineData("Police arrested him in 2020.", "2020-01-01", DatePrecision.Year)]
    public void Relative_words(string sentence, string date, DatePrecision precision) =>
        AssertDate(Single(sentence, En, "2023-03-21"), date, precision);

    [Theory]
    [InlineData("The next day, he was arrested.", "2022-10-05")]
    [InlineData("He was arrested a day later.", "2022-10-05")]
    [InlineData("He was arrested two days later.", "2022-10-06")]
    [InlineData("He was arrested the following day.", "2022-10-05")]
    public void Text_relative_days(string sentence, string date) =>
        AssertTextRelative(Single(sentence, En, "2022-10-10", anchor: "2022-10-04"), date);

    [Theory]
    [InlineData("He may resign soon.")]
    [InlineData("Protesters will march to the capital.")]
    [InlineData("About 4 people died and 1/2 of the town fled.")]
    [InlineData("The 2022 budget was approved.")]
    [InlineData("A day of mourning was declared.")]
    [InlineData("The next day is uncertain.")]
    public void Non_dates(string sentence) =>
        Assert.Empty(Find(sentence, En, "2023-03-21").Mentions);

    [Fact]
    public void A_part_of_a_year_has_year_precision()
    {
        var m = Single("Prices rose in early 2021.", En, "2022-10-06");
        Assert.Equal((new DateOnly(2021, 1, 1), DatePrecision.Year, "part-early-year"), (m.Date, m.Precision, m.Rule));
    }

    [Fact]
    public void Year_rollover_in_January()
    {
        Assert.Equal(new DateOnly(2022, 12, 28), Single("He arrived on December 28.", En, "2023-01-03").Date);
    }
}
