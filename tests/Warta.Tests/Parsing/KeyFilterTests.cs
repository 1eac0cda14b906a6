using Warta.Parsing;

namespace Warta.Tests.Parsing;

public sealed class KeyFilterTests
{
    [Fact]
    public void Every_added_key_may_be_present_and_most_other_keys_are_not()
    {
        var random = new Random(7);
        var added = new HashSet<uint>();
        while (added.Count < 20_000) added.Add((uint)random.Next(1, int.MaxValue));
        var filter = new KeyFilter(added.Count);
        foreach (var key in added) filter.Add(key);

        Assert.All(added, key => Assert.True(filter.MayContain(key)));
        int falsePositives = 0, others = 0;
        while (others < 20_000)
        {
            uint key = (uint)random.Next(1, int.MaxValue);
            if (added.Contains(key)) continue;
            others++;
            if (filter.MayContain(key)) falsePositives++;
        }
        // Eight bits per key and one hash: about 12 % of absent keys pass.
        Assert.InRange(falsePositives, 0, others / 5);
    }
}
