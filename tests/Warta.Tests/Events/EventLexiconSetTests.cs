using Warta.Events;
using Warta.Languages;

namespace Warta.Tests.Events;

public sealed class EventLexiconSetTests
{
    [Fact]
    public void The_set_loads_each_language_once_with_its_own_words()
    {
        var set = new EventLexiconSet(SharedAnalyzer.Instance.Packs);
        Assert.Same(set[Language.Indonesian], set[Language.Indonesian]);
        Assert.Equal(Language.Indonesian, set[Language.Indonesian].Language);
        Assert.Equal(Language.English, set[Language.English].Language);
        Assert.Contains(set[Language.English].Entries, e => e.Predicate == "condemn");
        Assert.DoesNotContain(set[Language.Indonesian].Entries, e => e.Predicate == "condemn");
        Assert.Throws<ArgumentOutOfRangeException>(() => set[Language.Unknown]);
    }
}
