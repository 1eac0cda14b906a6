using Warta.Actors;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Actors;

/// <summary>
/// The generated PETRARCH-2 files are parsed line by line when a text reaches them; these tests pin that the
/// dictionary this gives is the one parsing everything at load gives, entry for entry at every trie node.
/// </summary>
public sealed class DeferredLoadingTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "warta-deferred-" + Guid.NewGuid().ToString("N"));

    public DeferredLoadingTests() => Directory.CreateDirectory(Path.Combine(_temp, "user", "actors"));

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_deferred_load_gives_every_node_the_entries_of_the_eager_load()
    {
        var eager = ActorDictionary.Load(TestPaths.DataDirectory, null, deferGenerated: false);
        var deferred = ActorDictionary.Load(TestPaths.DataDirectory, null, deferGenerated: true);
        AssertSameTries(eager, deferred);
        // The generated files are in the shipped data, so the comparison covered them.
        Assert.True(eager.EntryCount > 60_000, $"{eager.EntryCount} entries");
    }

    [Fact]
    public void With_a_user_folder_overriding_imported_names_the_deferred_load_equals_the_eager_one()
    {
        var user = Path.Combine(_temp, "user");
        // Museveni and the Red Brigades are PETRARCH-2 names (phoenix-actors.tsv); the user recodes both.
        File.WriteAllLines(Path.Combine(user, "actors", "leaders.tsv"), ["UGA\tGOV\t2026-01-01\t\tYoweri Museveni|Museveni"]);
        File.WriteAllLines(Path.Combine(user, "actors", "groups.tsv"), ["UGAOPP\tNational Unity Platform|Red Brigades"]);
        var eager = ActorDictionary.Load(TestPaths.DataDirectory, [user], deferGenerated: false);
        var deferred = ActorDictionary.Load(TestPaths.DataDirectory, [user], deferGenerated: true);
        AssertSameTries(eager, deferred);
        Assert.Equal(eager.EntryCount, deferred.EntryCount);

        var doc = SharedAnalyzer.Instance.Analyze("President Yoweri Museveni met the Red Brigades.", "t", Language.English);
        var mentions = new MentionFinder(deferred).Find(doc, 0, new DateOnly(2026, 6, 1));
        Assert.Equal(["UGAGOV", "UGAOPP"], mentions.Select(m => m.Actor.Code));
    }

    [Fact]
    public void A_bad_generated_line_is_an_error_naming_its_file_and_line_when_a_text_reaches_it()
    {
        var data = Path.Combine(_temp, "data");
        Directory.CreateDirectory(Path.Combine(data, "actors"));
        File.Copy(TestPaths.DataDirectory.File("actors/countries.tsv"), Path.Combine(data, "actors", "countries.tsv"));
        foreach (var language in new[] { Language.English, Language.Indonesian })
        {
            Directory.CreateDirectory(Path.Combine(data, language.ToCode()));
            File.Copy(TestPaths.DataDirectory.File(language, ActorWords.FileName), Path.Combine(data, language.ToCode(), ActorWords.FileName));
        }
        File.WriteAllLines(Path.Combine(data, "actors", "phoenix-actors.tsv"),
            ["# generated", "named\tUGAOPP\tNational Unity Platform", "named\tUGAXYZ\tPeople Power Movement"]);
        var dict = ActorDictionary.Load(DataDirectory.Open(data));
        var finder = new MentionFinder(dict);

        var good = SharedAnalyzer.Instance.Analyze("The National Unity Platform protested.", "t", Language.English);
        Assert.Equal("UGAOPP", Assert.Single(finder.Find(good, 0, null)).Actor.Code);
        var bad = SharedAnalyzer.Instance.Analyze("The People Power Movement protested.", "t", Language.English);
        var error = Assert.Throws<WartaException>(() => finder.Find(bad, 0, null));
        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
        Assert.Contains("phoenix-actors.tsv:3", error.Message);
        Assert.Contains("unknown role code 'XYZ'", error.Message);
    }

    private static void AssertSameTries(ActorDictionary eager, ActorDictionary deferred)
    {
        Assert.Equal(eager.Trie.NodeCount, deferred.Trie.NodeCount);
        for (int node = 0; node < eager.Trie.NodeCount; node++)
        {
            var expected = eager.Trie.EntriesAt(node).Select(Describe).ToList();
            var actual = deferred.Trie.EntriesAt(node).Select(Describe).ToList();
            if (!expected.SequenceEqual(actual))
                Assert.Fail($"node {node}:\n eager    {string.Join("\n          ", expected)}\n deferred {string.Join("\n          ", actual)}");
        }
    }

    private static string Describe(ActorEntry e) =>
        $"{e.Kind} {e.Actor.Code}/{e.Actor.Country}/{e.Actor.Role}/{e.Actor.Name} [{string.Join('_', e.Surface)}] {e.RoleClass} " +
        $"weak={e.IsWeakRole} title={e.AfterTitleOnly} {e.Start}..{e.End} L{e.Layer} {e.Source} {e.File}:{e.Line}";
}
