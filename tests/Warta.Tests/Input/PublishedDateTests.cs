using Warta.Errors;
using Warta.Input;

namespace Warta.Tests.Input;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2024-02-30", "February 2024 has 29 days, not 30")]
    [InlineData("2023-02-29", "February 2023 has 28 days, not 29")]
    [InlineData("2024-04-31", "April 2024 has 30 days, not 31")]
    [InlineData("2024-13-01", "there is no month 13")]
    [InlineData("2024-00-10", "there is no month 0")]
    [InlineData("0000-01-01", "there is no year 0")]
    [InlineData("06/10/2022", "is not a date")]
    [InlineData("kemarin", "is not a date")]
    public void An_impossible_date_is_refused_with_the_reason(string value, string reason)
    {
        var error = Assert.Throws<WartaException>(() => PublishedDate.Parse(value, "batch.jsonl:3"));
        Assert.Equal(ErrorCodes.PublishedDateInvalid, error.Code);
        Assert.Contains("batch.jsonl:3", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2022-10-06T08:00:00Z")]
    public void A_real_date_parses(string value) =>
        Assert.True(PublishedDate.TryParse(value, out _));
}
