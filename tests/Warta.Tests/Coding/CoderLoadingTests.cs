using Warta.Coding;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Coding;

/// <summary>What loads when: the coder returns before the actor dictionaries are read, and the lexicons share the pack's morphology.</summary>
public sealed class CoderLoadingTests : IDisposable
{
    private readonly string _user = Path.Combine(Path.GetTempPath(), "warta-loading-" + Guid.NewGuid().ToString("N"));

    public CoderLoadingTests() => Directory.CreateDirectory(Path.Combine(_user, "actors"));

    public void Dispose() => Directory.Delete(_user, recursive: true);

    [Fact]
    public void A_bad_user_actor_file_is_reported_to_the_first_document_coded_naming_its_file_and_line()
    {
        File.WriteAllLines(Path.Combine(_user, "actors", "leaders.tsv"), ["# test file", "", "KAZ\tGOV\t2030-13-01\t\tSomeone"]);

        var coder = EventCoder.Load(TestPaths.Data, [_user]);
        var error = Assert.Throws<WartaException>(() => coder.Code(new NewsDocument("d", "Rusia mengusir dua diplomat Jepang.")));

        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
        Assert.Contains("leaders.tsv:3", error.Message);
    }

    [Fact]
    public void The_morphology_read_before_the_pack_is_the_packs_own()
    {
        var packs = new LanguagePackSet(TestPaths.DataDirectory);

        var early = packs.Morphology(Language.Indonesian);

        Assert.Same(early, packs[Language.Indonesian].Morphology);
        Assert.NotSame(early, packs.Morphology(Language.English));
    }
}
