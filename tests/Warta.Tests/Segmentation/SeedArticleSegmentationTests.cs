using Warta.Tests.TestSupport;

namespace Warta.Tests.Segmentation;

using static SegmenterTestKit;

/// <summary>
/// Pins the segmentation of the seed article (21 lines, one paragraph each). Decisions worth knowing:
/// "… orang Rusia. mungkin.”" is one sentence (a lower-case word follows the period); "… kata Zakharova.
/// dikatakan pada …" is one sentence for the same reason (a machine-translation slip); "Eurasianet.org." is
/// not split at the inner period; the paragraph without a final period still ends at its line break.
/// </summary>
public sealed class SeedArticleSegmentationTests
{
    private static readonly string Text = File.ReadAllText(TestPaths.SeedArticle);

    private static readonly string[] ExpectedStarts =
    [
        "Kazakhstan membalas Rusia pada",
        "Kebuntuan diplomatik telah menjelaskan",
        "Kazakhstan telah berusaha untuk",
        "Moskow, pada bagiannya, telah",
        "Duta Besar Ukraina untuk",
        "Dalam satu hari Vrublevsky",
        "Majelis Rakyat Kazakhstan, sebuah",
        "“Di negara kami, di",
        "Itu tidak cukup untuk",
        "Beberapa komentator di media",
        "Presiden Kassym-Jomart Tokayev memperkenalkan ketentuan",
        "Banyak orang di Rusia",
        "Maria Zakharova, juru bicara",
        "Zakharova melangkah lebih jauh",
        "“Tidak mungkin untuk memahami",
        "Setelah berlalunya beberapa minggu,",
        "Pada 4 Oktober, duta",
        "Menurut laporan media, Vrublevsky",
        "Sejak itu dia muncul",
        "“Dengan sangat menyesal kami",
        "“Kosherbayev … telah diberitahu",
        "Aibek Smadiyarov, juru bicara",
        "Harapan yang jelas sekarang",
        "Smadiyarov mengatakan bahwa pemerintah",
        "“Saya ingin mencatat bahwa",
        "Artikel ini asli diterbitkan",
    ];

    [Fact]
    public void Segmenter_finds_the_26_sentences_of_the_seed_article()
    {
        var sentences = Sentences(Indonesian, Text);
        Assert.Equal(ExpectedStarts.Length, sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
            Assert.True(sentences[i].StartsWith(ExpectedStarts[i], StringComparison.Ordinal), $"sentence {i}: {sentences[i]}");
    }

    [Fact]
    public void Segmenter_finds_one_paragraph_per_line_of_the_seed_article()
    {
        var paragraphs = Indonesian.Segment(Text);
        Assert.Equal(21, paragraphs.Count);
        Assert.DoesNotContain(paragraphs.SelectMany(p => p.Sentences), s => s.IsDateline);
    }

    [Theory]
    [InlineData("niat pasukan Ukraina adalah untuk “membunuh sebanyak mungkin orang Rusia. mungkin.”")]
    [InlineData("“tidak sesuai dengan kegiatan duta besar negara asing.”")]
    [InlineData("tidak peduli dari siapa mereka berasal,” kata Majelis.")]
    [InlineData("terpenuhi,” kata Zakharova. dikatakan pada tanggal 4 Oktober,")]
    [InlineData("Artikel ini asli diterbitkan oleh Eurasianet.org.")]
    public void Segmenter_keeps_these_seed_passages_inside_one_sentence(string passage)
    {
        var sentences = Sentences(Indonesian, Text);
        Assert.Single(sentences, s => s.Contains(passage, StringComparison.Ordinal));
    }

    [Fact]
    public void Segmenter_ends_every_seed_sentence_on_final_punctuation_except_the_unfinished_one()
    {
        var sentences = Sentences(Indonesian, Text);
        var unfinished = sentences.Where(s => !(s.EndsWith('.') || s.EndsWith(".”"))).ToArray();
        Assert.Equal(["Majelis Rakyat Kazakhstan, sebuah badan yang dirancang untuk mempromosikan keharmonisan antaretnis, juga mengutuk Vrublevsky dalam sebuah penyataan pada 23 Agustus"], unfinished);
    }
}
