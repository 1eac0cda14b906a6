using Warta.Tests.TestSupport;

namespace Warta.Tests.Coding;

/// <summary>The account a failing golden file gives: which events are missing, extra or changed, and in which fields.</summary>
public sealed class EventLineDiffTests
{
    private static string Line(string cameo, string source = "RUS", string target = "UKR", int start = 10, string date = "2024-03-12", string doc = "d1") =>
        $$$"""{"id":"{{{doc}}}-{{{cameo}}}-{{{source}}}-{{{start}}}","doc":"{{{doc}}}","sentence_index":0,"date":"{{{date}}}","source":{"text":"x","code":"{{{source}}}"},"target":{"text":"y","code":"{{{target}}}"},"cameo":"{{{cameo}}}","modality":"asserted","evidence":{"trigger":"t{{{start}}}","start":{{{start}}},"end":{{{start + 5}}}}}""";

    [Fact]
    public void Identical_lists_are_the_same()
    {
        var lines = new[] { Line("111"), Line("174", start: 40) };
        var diff = EventLineDiff.Compare(lines, lines);
        Assert.True(diff.Same);
        Assert.Equal("no difference", diff.Describe());
    }

    [Fact]
    public void A_new_code_for_the_same_trigger_and_actors_is_one_change_naming_the_field()
    {
        var diff = EventLineDiff.Compare([Line("019")], [Line("036")]);
        Assert.Empty(diff.Missing);
        Assert.Empty(diff.Extra);
        var change = Assert.Single(diff.Changed);
        Assert.Equal(0, change.Expected.Line);
        var text = diff.Describe();
        Assert.Contains("cameo: \"019\" → \"036\"", text);
        Assert.DoesNotContain("id:", text);
        Assert.DoesNotContain("date:", text);
    }

    [Fact]
    public void A_new_target_on_the_same_trigger_is_a_change_of_target()
    {
        var diff = EventLineDiff.Compare([Line("111", target: "UKR")], [Line("111", target: "POL")]);
        Assert.Single(diff.Changed);
        Assert.Contains("target.code: \"UKR\" → \"POL\"", diff.Describe());
    }

    [Fact]
    public void Events_on_other_triggers_and_actors_are_missing_and_extra()
    {
        var diff = EventLineDiff.Compare([Line("111"), Line("174", "POL", "RUS", 40)], [Line("111"), Line("042", "FRA", "DEU", 80)]);
        Assert.Empty(diff.Changed);
        Assert.Equal("174", Assert.Single(diff.Missing).Fields["cameo"].Trim('"'));
        Assert.Equal("042", Assert.Single(diff.Extra).Fields["cameo"].Trim('"'));
        var text = diff.Describe();
        Assert.Contains("1 missing, 1 extra, 0 changed", text);
        Assert.Contains("missing (expected line 2): d1 s0 \"t40\" POL 174 RUS [asserted] 2024-03-12", text);
        Assert.Contains("extra (actual line 2): d1 s0 \"t80\" FRA 042 DEU [asserted] 2024-03-12", text);
    }

    [Fact]
    public void The_same_events_in_another_order_are_a_difference()
    {
        var a = Line("111");
        var b = Line("174", start: 40);
        var diff = EventLineDiff.Compare([a, b], [b, a]);
        Assert.False(diff.Same);
        Assert.Equal(0, diff.FirstOutOfOrder);
        Assert.Contains("another order from line 1", diff.Describe());
    }

    [Fact]
    public void An_event_twice_where_once_was_expected_is_one_extra()
    {
        var diff = EventLineDiff.Compare([Line("111")], [Line("111"), Line("111")]);
        Assert.Single(diff.Extra);
        Assert.Empty(diff.Missing);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void A_line_that_is_not_JSON_is_named_by_its_number()
    {
        var error = Assert.Throws<FormatException>(() => EventLineDiff.Compare([Line("111"), "{not json"], []));
        Assert.Contains("line 2", error.Message);
    }
}
