using Warta.Data;
using Warta.Dates;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Dates;

public sealed class DateLexiconTests
{
    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void The_shipped_word_lists_load(Language language) =>
        Assert.True(DateFinder.Load(TestPaths.DataDirectory, language).WordCount > 80);

    [Theory]
    [InlineData(Language.English, "st", true)]
    [InlineData(Language.English, "TH", true)]
    [InlineData(Language.English, "xx", false)]
    [InlineData(Language.Indonesian, "st", false)]
    public void Ordinal_suffixes_of_day_numbers_are_each_language_s_data(Language language, string letters, bool ordinal) =>
        Assert.Equal(ordinal, DateLexicon.Load(TestPaths.DataDirectory, language).IsOrdinalSuffix(letters));

    [Theory]
    [InlineData("order\tdmy\t-\nmonth\tJanuari\t13\n", "dates.tsv:3")]
    [InlineData("order\tdmy\t-\nplanet\tMars\t4\n", "dates.tsv:3")]
    [InlineData("order\tdmy\t-\nrelative\tkemarin\t-1x\n", "dates.tsv:3")]
    [InlineData("order\tdmy\t-\nmonth\tJanuari\n", "dates.tsv:3")]
    [InlineData("month\tJanuari\t1\n", "no 'order' line")]
    public void A_malformed_line_is_reported_with_its_file_and_line(string content, string expected)
    {
        var root = Directory.CreateTempSubdirectory("warta-dates-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "id"));
            File.WriteAllText(Path.Combine(root.FullName, "id", "dates.tsv"), "# test\n" + content);
            var error = Assert.Throws<WartaException>(() => DateFinder.Load(DataDirectory.Open(root.FullName), Language.Indonesian));
            Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
            Assert.Contains(expected, error.Message);
        }
        finally { root.Delete(recursive: true); }
    }
}
