using Warta.Dates;

namespace Warta.Tests.Dates;

public sealed class DateSelectionTests
{
    private static DateMention At(int first, int end, int day, DatePrecision precision = DatePrecision.Day) =>
        new(first, end, new DateOnly(2022, 10, day), precision, DateSource.Text, "test");

    [Fact]
    public void A_date_inside_the_clause_wins_over_one_before_it()
    {
        DateMention[] mentions = [At(0, 2, 1), At(8, 10, 4)];
        Assert.Equal(4, DateSelection.ForClause(mentions, 6, 14, 7)!.Value.Date.Day);
    }

    [Fact]
    public void Of_two_dates_inside_the_clause_the_nearer_to_the_trigger_wins()
    {
        DateMention[] mentions = [At(5, 7, 1), At(12, 14, 4)];
        Assert.Equal(4, DateSelection.ForClause(mentions, 4, 20, 11)!.Value.Date.Day);
    }

    [Fact]
    public void Without_a_date_inside_the_clause_the_nearest_one_before_the_trigger_is_taken()
    {
        DateMention[] mentions = [At(0, 2, 1), At(3, 5, 2), At(20, 22, 9)];
        Assert.Equal(2, DateSelection.ForClause(mentions, 8, 15, 10)!.Value.Date.Day);
    }

    [Fact]
    public void A_date_after_the_clause_is_never_taken() =>
        Assert.Null(DateSelection.ForClause([At(20, 22, 9)], 0, 10, 3));

    [Fact]
    public void The_anchor_moves_to_the_last_day_precise_date_only()
    {
        DateMention[] mentions = [At(0, 2, 4), At(5, 7, 1, DatePrecision.Month)];
        Assert.Equal(new DateOnly(2022, 10, 4), DateSelection.NextAnchor(mentions, new DateOnly(2022, 9, 1)));
        Assert.Equal(new DateOnly(2022, 9, 1), DateSelection.NextAnchor([], new DateOnly(2022, 9, 1)));
    }
}
