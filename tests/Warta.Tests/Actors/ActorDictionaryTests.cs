using Warta.Actors;
using Warta.Coding;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Actors;

public sealed class ActorDictionaryTests : IDisposable
{
    private readonly string _user = Path.Combine(Path.GetTempPath(), "warta-actors-" + Guid.NewGuid().ToString("N"));

    public ActorDictionaryTests() => Directory.CreateDirectory(Path.Combine(_user, "actors"));

    public void Dispose() => Directory.Delete(_user, recursive: true);

    private void Write(string file, params string[] lines) =>
        File.WriteAllLines(Path.Combine(_user, "actors", file), ["# test file", .. lines]);

    [Fact]
    public void The_shipped_dictionary_covers_every_iso_country_and_the_other_files()
    {
        var dict = ActorTestKit.Dictionary;
        Assert.True(dict.CountryCodes.Count >= 249, $"{dict.CountryCodes.Count} countries");
        Assert.Contains("KAZ", dict.CountryCodes);
        Assert.Contains("TMP", dict.CountryCodes);
        Assert.True(dict.EntryCount > 1500, $"{dict.EntryCount} entries");
    }

    [Fact]
    public void A_user_folder_adds_a_newer_minister()
    {
        Write("leaders.tsv", "KAZ\tGOV\t2030-01-01\t\tAsel Nurlanovna|Nurlanovna");
        var finder = new MentionFinder(ActorDictionary.Load(TestPaths.DataDirectory, [_user]));
        var doc = SharedAnalyzer.Instance.Analyze("Nurlanovna tiba di Moskow.", "t", Language.Indonesian);
        var mention = finder.Find(doc, 0, new DateOnly(2031, 1, 1))[0];
        Assert.Equal(("KAZGOV", "Asel Nurlanovna"), (mention.Actor.Code, mention.Actor.Name));
        // Before the term the name is the private person: the country, no role.
        var before = finder.Find(doc, 0, new DateOnly(2029, 1, 1))[0];
        Assert.Equal(("KAZ", null, "Asel Nurlanovna"), (before.Actor.Code, before.Actor.Role, before.Actor.Name));
    }

    [Fact]
    public void A_user_folder_overrides_a_shipped_name()
    {
        Write("seats.tsv", "USAGOV\tPentagon");
        var finder = new MentionFinder(ActorDictionary.Load(TestPaths.DataDirectory, [_user]));
        var doc = SharedAnalyzer.Instance.Analyze("The Pentagon said so.", "t", Language.English);
        Assert.Equal("USAGOV", Assert.Single(finder.Find(doc, 0, null)).Actor.Code);
        Assert.Equal("USAMIL", Assert.Single(ActorTestKit.Finder.Find(doc, 0, null)).Actor.Code);
    }

    [Theory]
    [InlineData("leaders.tsv", "KAZ\tGOV\t2030-13-01\t\tSomeone", "start date")]
    [InlineData("leaders.tsv", "KAZ\tGOV\t2030-01-01", "5 separated by tabs")]
    [InlineData("roles.tsv", "XYZ\tperson\tkanselir", "unknown role code 'XYZ'")]
    [InlineData("places.tsv", "QQQ\tAtlantis", "unknown country code 'QQQ'")]
    [InlineData("countries.tsv", "kaz\tcountry\tKazakstan", "three capital letters")]
    public void A_bad_user_line_is_an_error_naming_its_file_and_line(string file, string line, string message)
    {
        Write(file, "", line);
        var error = Assert.Throws<WartaException>(() => ActorDictionary.Load(TestPaths.DataDirectory, [_user]));
        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
        Assert.Contains($"{file}:3", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_bad_user_line_is_reported_to_the_first_document_coded_not_by_loading_the_coder()
    {
        Write("leaders.tsv", "", "KAZ\tGOV\t2030-13-01\t\tSomeone");

        // The dictionaries load beside the first document's language pack, so loading the coder cannot fail on them.
        var coder = EventCoder.Load(TestPaths.Data, [_user]);
        var error = Assert.Throws<WartaException>(() => coder.Code(new NewsDocument("d", "Rusia mengusir dua diplomat Jepang.")));

        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
        Assert.Contains("leaders.tsv:3", error.Message);
    }

    [Fact]
    public void A_missing_user_folder_is_an_error()
    {
        var error = Assert.Throws<WartaException>(() => ActorDictionary.Load(TestPaths.DataDirectory, [Path.Combine(_user, "nope")]));
        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
    }

    [Theory]
    [InlineData("AS", "AS", true)]
    [InlineData("AS", "as", false)]
    [InlineData("AS", "As", false)]
    [InlineData("Rusia", "RUSIA", true)]
    [InlineData("Rusia", "rusia", false)]
    [InlineData("presiden", "Presiden", true)]
    [InlineData("U.S.", "U.S.", true)]
    public void Case_rules_follow_how_the_name_is_written(string written, string text, bool accepted) =>
        Assert.Equal(accepted, NameCase.Accepts(written, text));

    [Theory]
    [InlineData("Of", "of", true, true)]
    [InlineData("Of", "of", false, false)]
    [InlineData("Bin", "bin", true, true)]
    [InlineData("Liberation", "liberation", true, false)]
    [InlineData("Al-Qaeda", "al-Qaeda", false, true)]
    [InlineData("Al-Qaeda", "al-qaeda", false, false)]
    [InlineData("Ban", "ban", false, false)]
    public void A_short_joining_word_inside_a_name_matches_in_lower_case(string written, string text, bool inner, bool accepted) =>
        Assert.Equal(accepted, NameCase.Accepts(written, text, inner));

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("People’s", "people's")]
    public void Folding_removes_case_and_diacritics(string text, string folded) =>
        Assert.Equal(folded, NameFolding.Fold(text));
}
