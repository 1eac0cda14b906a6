using Warta.Dates;
using Warta.Languages;
using static Warta.Tests.Dates.DateTestKit;

namespace Warta.Tests.Dates;

public sealed class SeedArticleDateTests
{
    [Fact]
    public void Every_date_of_the_seed_article_resolves_against_its_published_date()
    {
        var (doc, mentions) = Find(File.ReadAllText(TestPaths.SeedArticle), Language.Indonesian, "2022-10-06");
        var found = mentions.Select(m => $"{SpanText(doc, m)} = {m.Date:yyyy-MM-dd} {m.Precision}").ToList();
        string[] expected =
        [
            "pada 5 Oktober = 2022-10-05 Day",
            "pada akhir Agustus = 2022-08-01 Month",
            "pada 23 Agustus = 2022-08-23 Day",
            "pada awal Januari = 2022-01-01 Month",
            "Pada 4 Oktober = 2022-10-04 Day",
            "pada 8 September = 2022-09-08 Day",
            "pada tanggal 4 Oktober = 2022-10-04 Day",
        ];
        foreach (var e in expected) Assert.Contains(e, found);
    }
}
