namespace Warta.Tests.Segmentation;

using static SegmenterTestKit;

public sealed class SegmenterTests
{
    [Theory]
    [InlineData("id", "Rusia mengusir diplomat itu. Kazakhstan membalas.", "Rusia mengusir diplomat itu. | Kazakhstan membalas.")]
    [InlineData("en", "Russia expelled the diplomat. Kazakhstan responded!", "Russia expelled the diplomat. | Kazakhstan responded!")]
    [InlineData("en", "Is it over? Nobody knows.", "Is it over? | Nobody knows.")]
    [InlineData("id", "Benarkah itu?! Tidak ada yang tahu.", "Benarkah itu?! | Tidak ada yang tahu.")]
    [InlineData("id", "Ia datang.   Lalu pergi.", "Ia datang. | Lalu pergi.")]
    [InlineData("id", "Tanpa tanda akhir", "Tanpa tanda akhir")]
    public void Segmenter_splits_at_sentence_final_punctuation(string lang, string text, string expected) =>
        Assert.Equal(expected, Joined(For(lang), text));

    [Theory]
    [InlineData("id", "“Pernyataan itu tidak dapat diterima,” kata Majelis.", "“Pernyataan itu tidak dapat diterima,” kata Majelis.")]
    [InlineData("id", "“Pernyataan itu tidak dapat diterima.” kata Zakharova.", "“Pernyataan itu tidak dapat diterima.” kata Zakharova.")]
    [InlineData("id", "“Siapa yang salah?” tanya dia. Tidak ada jawaban.", "“Siapa yang salah?” tanya dia. | Tidak ada jawaban.")]
    [InlineData("en", "“We will not accept it.” The next day he left.", "“We will not accept it.” | The next day he left.")]
    [InlineData("en", "\"We will not accept it.\" The next day he left.", "\"We will not accept it.\" | The next day he left.")]
    [InlineData("en", "He called it ‘a disgrace.’ Then he left.", "He called it ‘a disgrace.’ | Then he left.")]
    [InlineData("id", "Ia berkata «tidak mungkin.» Lalu pergi.", "Ia berkata «tidak mungkin.» | Lalu pergi.")]
    [InlineData("id", "Dia pergi. “Saya tidak akan kembali,” katanya.", "Dia pergi. | “Saya tidak akan kembali,” katanya.")]
    [InlineData("id", "(Lihat di bawah.) Lalu ia pergi.", "(Lihat di bawah.) | Lalu ia pergi.")]
    public void Segmenter_handles_quotes_and_a_sentence_ending_inside_a_closing_quote(string lang, string text, string expected) =>
        Assert.Equal(expected, Joined(For(lang), text));

    [Theory]
    [InlineData("id", "Dr. Budi bertemu Prof. Sari di Jl. Merdeka No. 5 kemarin.")]
    [InlineData("id", "Surat itu ditujukan a.n. Menteri dan yth. Ketua DPR.")]
    [InlineData("id", "Ia bertemu Tn. Smith dan Ny. Ani serta H. Ahmad.")]
    [InlineData("en", "Mr. Smith met Dr. Jones in the U.S. Capitol on Jan. 5 at 3 p.m. yesterday.")]
    [InlineData("en", "Martin Luther King Jr. was born in Atlanta.")]
    [InlineData("en", "J. R. Smith spoke to the press.")]
    [InlineData("id", "Presiden Kassym-Jomart K. Tokayev berbicara di Astana.")]
    [InlineData("id", "Nilainya naik 2.000 poin, atau 1,5 persen, menjadi 3.5 kali lipat.")]
    [InlineData("en", "The rate rose 3.5 percent to 1,250.75 dollars.")]
    [InlineData("id", "Artikel ini asli diterbitkan oleh Eurasianet.org hari ini.")]
    [InlineData("id", "“Kosherbayev … telah diberitahu bahwa situasi ini tidak dapat diterima.”")]
    [InlineData("id", "Mereka menunggu... dan menunggu lagi.")]
    [InlineData("id", "“membunuh sebanyak mungkin orang Rusia. mungkin.”")]
    [InlineData("id", "Ia membawa buku, pena, dll. ke kantor.")]
    public void Segmenter_keeps_one_sentence_across_abbreviations_initials_numbers_and_inner_periods(string lang, string text) =>
        Assert.Equal([text], Sentences(For(lang), text));

    [Theory]
    [InlineData("id", "Ia membawa buku, pena, dll. Kemudian ia pergi.", "Ia membawa buku, pena, dll. | Kemudian ia pergi.")]
    [InlineData("en", "They sold apples, pears, etc. Then they left.", "They sold apples, pears, etc. | Then they left.")]
    [InlineData("en", "He works for Acme Inc. The firm is small.", "He works for Acme Inc. | The firm is small.")]
    [InlineData("en", "He waited... Then he left.", "He waited... | Then he left.")]
    [InlineData("id", "Ia menunggu… Lalu pergi.", "Ia menunggu… | Lalu pergi.")]
    [InlineData("id", "Harga naik 5. Kemudian turun.", "Harga naik 5. | Kemudian turun.")]
    public void Segmenter_ends_a_sentence_after_a_final_abbreviation_an_ellipsis_or_a_number(string lang, string text, string expected) =>
        Assert.Equal(expected, Joined(For(lang), text));

    [Theory]
    [InlineData("JAKARTA, KOMPAS.com - Presiden bertemu menteri. Mereka berbicara.", "[JAKARTA, KOMPAS.com -] | Presiden bertemu menteri. | Mereka berbicara.")]
    [InlineData("Jakarta (ANTARA) - Presiden bertemu menteri.", "[Jakarta (ANTARA) -] | Presiden bertemu menteri.")]
    [InlineData("MOSCOW (Reuters) - Russia expelled a diplomat.", "[MOSCOW (Reuters) -] | Russia expelled a diplomat.")]
    [InlineData("KYIV, Ukraine (AP) — Russia fired missiles.", "[KYIV, Ukraine (AP) —] | Russia fired missiles.")]
    [InlineData("WASHINGTON — The Senate voted.", "[WASHINGTON —] | The Senate voted.")]
    [InlineData("Presiden Joko Widodo - yang baru tiba - berbicara.", "Presiden Joko Widodo - yang baru tiba - berbicara.")]
    [InlineData("Serangan anti-Rusia - kata dia - meningkat.", "Serangan anti-Rusia - kata dia - meningkat.")]
    [InlineData("Rusia mengusir diplomat. JAKARTA - bukan dateline di tengah.", "Rusia mengusir diplomat. | JAKARTA - bukan dateline di tengah.")]
    [InlineData("Surabaya - Polisi menahan dua orang.", "[Surabaya -] | Polisi menahan dua orang.")]
    [InlineData("Medan, Harian Kita -- Ribuan buruh berunjuk rasa.", "[Medan, Harian Kita --] | Ribuan buruh berunjuk rasa.")]
    [InlineData("Prabowo - yang baru tiba - berbicara.", "Prabowo - yang baru tiba - berbicara.")]
    [InlineData("Medan, kota terbesar - Polisi berjaga.", "Medan, kota terbesar - Polisi berjaga.")]
    public void Segmenter_splits_off_a_dateline_at_the_start_of_a_paragraph(string text, string expected) =>
        Assert.Equal(expected, Joined(Indonesian, text));

    [Fact]
    public void Segmenter_flags_a_dateline_in_every_paragraph_that_starts_with_one()
    {
        var text = "JAKARTA (ANTARA) - Satu.\n\nBANDUNG (ANTARA) - Dua.";
        var sentences = Indonesian.Segment(text).SelectMany(p => p.Sentences).ToArray();
        Assert.Equal([true, false, true, false], sentences.Select(s => s.IsDateline));
    }
}
