using Warta.Dates;
using Warta.Languages;
using static Warta.Tests.Dates.DateTestKit;

namespace Warta.Tests.Dates;

public sealed class IndonesianDateTests
{
    private const Language Id = Language.Indonesian;

    [Theory]
    [InlineData("Rusia memanggil duta besar pada 5 Oktober.", "2022-10-05", "pada 5 Oktober")]
    [InlineData("Pertemuan itu berlangsung pada 23 Agustus.", "2022-08-23", "pada 23 Agustus")]
    [InlineData("Pada 4 Oktober, kementerian mengeluarkan pernyataan.", "2022-10-04", "Pada 4 Oktober")]
    [InlineData("Ia tiba di Moskow pada 8 September.", "2022-09-08", "pada 8 September")]
    [InlineData("Nota itu dikirim pada tanggal 4 Oktober.", "2022-10-04", "pada tanggal 4 Oktober")]
    [InlineData("Nota itu dikirim tanggal 4 Oktober.", "2022-10-04", "tanggal 4 Oktober")]
    [InlineData("Perjanjian ditandatangani pada 4 Oktober 2021.", "2021-10-04", "pada 4 Oktober 2021")]
    [InlineData("Demonstrasi terjadi pada 4 Desember.", "2021-12-04", "pada 4 Desember")]
    [InlineData("Rapat digelar pada 30 Nopember.", "2021-11-30", "pada 30 Nopember")]
    [InlineData("Kesepakatan dicapai 4 Okt 2022.", "2022-10-04", "4 Okt 2022")]
    [InlineData("Menteri itu berbicara pada 10 agustus lalu.", "2022-08-10", "pada 10 agustus lalu")]
    public void Explicit_days_resolve_against_the_seed_articles_published_date(string sentence, string date, string span)
    {
        var (doc, mentions) = Find(sentence, Id, "2022-10-06");
        var m = Assert.Single(mentions);
        Assert.Equal(DateOnly.Parse(date), m.Date);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.Equal(DateSource.Text, m.Source);
        Assert.Equal(span, SpanText(doc, m));
    }

    [Theory]
    [InlineData("Rusia menyatakan keberatan pada akhir Agustus.", "2022-08-01", "part-late-month")]
    [InlineData("Kunjungan itu dilakukan pada awal Januari.", "2022-01-01", "part-early-month")]
    [InlineData("Harga naik pada pertengahan Maret 2021.", "2021-03-01", "part-mid-month")]
    [InlineData("Harga naik pada akhir bulan Juli.", "2022-07-01", "part-late-month")]
    [InlineData("Pemilu digelar pada Oktober 2020.", "2020-10-01", "month-year")]
    [InlineData("Pemilu digelar pada bulan Februari.", "2022-02-01", "month")]
    [InlineData("Harga naik sejak akhir bulan lalu.", "2022-09-01", "part-late-relative")]
    [InlineData("Harga naik pada awal Oktober lalu.", "2022-10-01", "part-early-month")]
    [InlineData("Harga naik pada Oktober lalu.", "2022-10-01", "month")]
    public void Months_and_parts_of_months_have_month_precision(string sentence, string date, string rule)
    {
        var m = Single(sentence, Id, "2022-10-06");
        Assert.Equal(DateOnly.Parse(date), m.Date);
        Assert.Equal(DatePrecision.Month, m.Precision);
        Assert.Equal(rule, m.Rule);
    }

    [Theory]
    [InlineData("Duta besar itu dipanggil pada Selasa (14/3).", "2023-03-21", "2023-03-14", "pada Selasa (14/3)")]
    [InlineData("Ia berbicara di Jakarta, Senin (13/3).", "2023-03-21", "2023-03-13", "Senin (13/3)")]
    [InlineData("Ia berbicara di Jakarta, Kamis (25/9/2014).", "2014-09-30", "2014-09-25", "Kamis (25/9/2014)")]
    [InlineData("Ia berbicara di Jakarta (14/3).", "2023-03-21", "2023-03-14", "(14/3)")]
    [InlineData("Kontrak diteken 14/3/2023 di Jakarta.", "2023-05-01", "2023-03-14", "14/3/2023")]
    [InlineData("Kontrak diteken 2022-10-04 di Jakarta.", "2023-05-01", "2022-10-04", "2022-10-04")]
    [InlineData("Ia ditangkap senin (9/1/14) malam.", "2014-01-10", "2014-01-09", "senin (9/1/14)")]
    [InlineData("Ia berbicara, Rabu malam, 11 April 2012.", "2012-04-12", "2012-04-11", "Rabu malam, 11 April 2012")]
    public void Numeric_dates_and_datelines(string sentence, string published, string date, string span)
    {
        var (doc, mentions) = Find(sentence, Id, published);
        var m = Assert.Single(mentions);
        Assert.Equal(DateOnly.Parse(date), m.Date);
        Assert.Equal(span, SpanText(doc, m));
    }

    [Fact]
    public void A_weekday_beside_a_date_without_a_year_picks_the_year_it_agrees_with()
    {
        // 20 Desember was a Monday in 2021 and a Tuesday in 2022; published in early 2023 the past reading is 2022.
        var m = Single("Ia berbicara pada Senin (20/12).", Id, "2023-01-05");
        Assert.Equal(new DateOnly(2021, 12, 20), m.Date);
        Assert.EndsWith("+weekday", m.Rule);
    }

    [Theory]
    [InlineData("Menteri itu tiba pada Selasa.", "2023-03-21")]
    [InlineData("Menteri itu tiba pada hari Selasa.", "2023-03-21")]
    [InlineData("Menteri itu tiba Senin.", "2023-03-20")]
    [InlineData("Menteri itu tiba Rabu.", "2023-03-15")]
    [InlineData("Menteri itu tiba Selasa lalu.", "2023-03-14")]
    [InlineData("Menteri itu tiba Senin kemarin.", "2023-03-20")]
    [InlineData("Menteri itu tiba pada hari Minggu.", "2023-03-19")]
    [InlineData("Menteri itu tiba pada hari Minggu lalu.", "2023-03-19")]
    [InlineData("Menteri itu tiba Minggu (19/3).", "2023-03-19")]
    [InlineData("Menteri itu akan tiba Jumat mendatang.", "2023-03-24")]
    public void Weekdays_are_the_latest_such_day_on_or_before_a_Tuesday_published_date(string sentence, string date) =>
        Assert.Equal(DateOnly.Parse(date), Single(sentence, Id, "2023-03-21").Date);

    [Theory]
    [InlineData("Polisi menangkap tersangka kemarin.", "2023-03-20", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka hari ini.", "2023-03-21", DatePrecision.Day)]
    [InlineData("Polisi akan memeriksa tersangka besok.", "2023-03-22", DatePrecision.Day)]
    [InlineData("Polisi akan memeriksa tersangka lusa.", "2023-03-23", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka kemarin lusa.", "2023-03-19", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka tadi malam.", "2023-03-20", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka semalam.", "2023-03-20", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka pagi ini.", "2023-03-21", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka pekan lalu.", "2023-03-13", DatePrecision.Week)]
    [InlineData("Polisi menangkap tersangka minggu lalu.", "2023-03-13", DatePrecision.Week)]
    [InlineData("Minggu lalu polisi menangkap tersangka.", "2023-03-13", DatePrecision.Week)]
    [InlineData("Polisi akan memeriksa tersangka pekan depan.", "2023-03-27", DatePrecision.Week)]
    [InlineData("Polisi menangkap tersangka bulan lalu.", "2023-02-01", DatePrecision.Month)]
    [InlineData("Polisi menangkap tersangka tahun lalu.", "2022-01-01", DatePrecision.Year)]
    [InlineData("Polisi menangkap tersangka dua hari lalu.", "2023-03-19", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka 3 hari yang lalu.", "2023-03-18", DatePrecision.Day)]
    [InlineData("Polisi menangkap tersangka dua minggu lalu.", "2023-03-06", DatePrecision.Week)]
    [InlineData("Polisi menangkap tersangka tiga bulan lalu.", "2022-12-01", DatePrecision.Month)]
    [InlineData("Polisi menangkap tersangka dua tahun silam.", "2021-01-01", DatePrecision.Year)]
    [InlineData("Polisi menangkap tersangka pada tahun 2020.", "2020-01-01", DatePrecision.Year)]
    public void Relative_words_count_from_the_published_date(string sentence, string date, DatePrecision precision) =>
        AssertDate(Single(sentence, Id, "2023-03-21"), date, precision);

    [Theory]
    [InlineData("Sehari kemudian, ia ditangkap.", "2022-10-05")]
    [InlineData("Keesokan harinya, ia ditangkap.", "2022-10-05")]
    [InlineData("Dua hari kemudian, ia ditangkap.", "2022-10-06")]
    [InlineData("Ia ditangkap sehari sebelumnya.", "2022-10-03")]
    public void Text_relative_days_count_from_the_anchor(string sentence, string date) =>
        AssertTextRelative(Single(sentence, Id, "2022-10-10", anchor: "2022-10-04"), date);

    [Fact]
    public void Text_relative_days_without_an_anchor_are_ignored() =>
        Assert.Empty(Find("Sehari kemudian, ia ditangkap.", Id, "2022-10-10").Mentions);

    [Fact]
    public void A_date_earlier_in_the_text_anchors_the_next_day()
    {
        var (_, mentions) = Find("Rusia memanggil duta besar pada 4 Oktober. Keesokan harinya, Kazakhstan membalas.", Id, "2022-10-10");
        Assert.Equal([new DateOnly(2022, 10, 4), new DateOnly(2022, 10, 5)], mentions.Select(m => m.Date));
    }

    [Theory]
    [InlineData("Sebanyak 1/2 warga desa mengungsi.")]
    [InlineData("Sebanyak 4 orang tewas dalam kecelakaan itu.")]
    [InlineData("Anggaran 2022 disetujui parlemen.")]
    [InlineData("Anggaran tahun 2022 disetujui parlemen.")]
    [InlineData("Tim itu menang 3/1 atas lawannya.")]
    [InlineData("Dua minggu kerja sudah cukup.")]
    [InlineData("Skor akhir 2-1 untuk tuan rumah.")]
    [InlineData("Presiden mengatakan bahwa rakyat akan sejahtera.")]
    public void Counts_fractions_and_bare_years_are_not_dates(string sentence) =>
        Assert.Empty(Find(sentence, Id, "2023-03-21").Mentions);

    [Fact]
    public void An_impossible_day_is_not_a_day()
    {
        var (_, mentions) = Find("Rapat digelar pada 31 Februari 2023.", Id, "2023-03-21");
        Assert.DoesNotContain(mentions, m => m.Precision == DatePrecision.Day);
    }

    [Theory]
    [InlineData("2023-01-03", "Ia tiba pada 28 Desember.", "2022-12-28")]
    [InlineData("2022-12-30", "Ia akan tiba pada 2 Januari.", "2023-01-02")]
    [InlineData("2024-03-05", "Ia tiba pada 29 Februari.", "2024-02-29")]
    [InlineData("2023-03-05", "Ia tiba pada 29 Februari.", "2020-02-29")]
    [InlineData("2022-10-06", "Ia tiba pada 12 Oktober.", "2022-10-12")]
    [InlineData("2022-10-06", "Ia tiba pada 20 Oktober.", "2021-10-20")]
    public void Year_inference_looks_back_from_a_week_after_the_published_date(string published, string sentence, string date) =>
        Assert.Equal(DateOnly.Parse(date), Single(sentence, Id, published).Date);

    [Fact]
    public void A_future_clause_can_ask_for_the_forward_reading()
    {
        var m = Single("Pemilu akan digelar pada 20 Oktober.", Id, "2022-10-06");
        Assert.Equal(new DateOnly(2021, 10, 20), m.Date);
        Assert.Equal(new DateOnly(2022, 10, 20), m.Forward);
        Assert.Equal(new DateOnly(2022, 10, 20), m.For(future: true).Date);
        Assert.Equal(new DateOnly(2021, 10, 20), m.For(future: false).Date);
    }

    [Fact]
    public void A_reported_future_a_few_days_before_publication_stays_in_the_past_forward_too()
    {
        var m = Single("Ia mengatakan pertemuan akan digelar pada 5 Oktober.", Id, "2022-10-06");
        Assert.Equal(new DateOnly(2022, 10, 5), m.For(future: true).Date);
    }
}
