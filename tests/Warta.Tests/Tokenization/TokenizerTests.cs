using Warta.Text;

namespace Warta.Tests.Tokenization;

using static TokenizerTestKit;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("negara-negara")]
    [InlineData("anti-Rusia")]
    [InlineData("terus-menerus")]
    [InlineData("Kassym-Jomart")]
    [InlineData("mid-October")]
    [InlineData("COVID-19")]
    [InlineData("ke-3")]
    [InlineData("Jum'at")]
    public void Tokenizer_keeps_reduplication_and_hyphenated_words_as_one_token(string word) =>
        Assert.Equal(word, Tokens(Indonesian, word));

    [Theory]
    [InlineData("Rusia mengusir diplomat itu.", "Rusia mengusir diplomat itu .")]
    [InlineData("“Tidak,” kata dia.", "“ Tidak , ” kata dia .")]
    [InlineData("‘ya’ «tidak» (mungkin) [x]", "‘ ya ’ « tidak » ( mungkin ) [ x ]")]
    [InlineData("Kosherbayev … telah", "Kosherbayev … telah")]
    [InlineData("menunggu... lagi?!", "menunggu ... lagi ? !")]
    [InlineData("Astana—Moskow -- Kyiv – Kiev", "Astana — Moskow -- Kyiv – Kiev")]
    [InlineData("\"Ya\", ujarnya; lalu: pergi!", "\" Ya \" , ujarnya ; lalu : pergi !")]
    public void Tokenizer_makes_every_punctuation_mark_and_quote_its_own_token(string text, string expected) =>
        Assert.Equal(expected, Tokens(Indonesian, text));

    [Theory]
    [InlineData("naik 2.000 poin", "naik/Word 2.000/Number poin/Word")]
    [InlineData("turun 1,5 persen", "turun/Word 1,5/Number persen/Word")]
    [InlineData("rose 3.5 percent", "rose/Word 3.5/Number percent/Word")]
    [InlineData("10% suara", "10/Number %/Symbol suara/Word")]
    [InlineData("Rp 5.000", "Rp/Symbol 5.000/Number")]
    [InlineData("Rp5.000.000", "Rp/Symbol 5.000.000/Number")]
    [InlineData("$1,250.75", "$/Symbol 1,250.75/Number")]
    [InlineData("pukul 10.00 WIB", "pukul/Word 10.00/Number WIB/Word")]
    [InlineData("angka 5.", "angka/Word 5/Number ./Punctuation")]
    [InlineData("jaringan 5G", "jaringan/Word 5G/Word")]
    public void Tokenizer_reads_numbers_with_their_separators(string text, string expected) =>
        Assert.Equal(expected, Kinds(Indonesian, text));

    [Theory]
    [InlineData("Senin (14/3)", "Senin/Word (/Punctuation 14/3/Date )/Punctuation")]
    [InlineData("Kamis (5/10/2020)", "Kamis/Word (/Punctuation 5/10/2020/Date )/Punctuation")]
    [InlineData("pada 2022-10-06.", "pada/Word 2022-10-06/Date ./Punctuation")]
    [InlineData("on 7/26/2017", "on/Word 7/26/2017/Date")]
    [InlineData("(9/1/14)", "(/Punctuation 9/1/14/Date )/Punctuation")]
    [InlineData("45/67", "45/Number //Punctuation 67/Number")]
    public void Tokenizer_reads_dates_as_one_token(string text, string expected) =>
        Assert.Equal(expected, Kinds(Indonesian, text));

    [Theory]
    [InlineData("lihat https://eurasianet.org/kazakhstan-russia?id=5.", "lihat/Word https://eurasianet.org/kazakhstan-russia?id=5/Url ./Punctuation")]
    [InlineData("(www.antaranews.com)", "(/Punctuation www.antaranews.com/Url )/Punctuation")]
    [InlineData("oleh Eurasianet.org.", "oleh/Word Eurasianet.org/Url ./Punctuation")]
    [InlineData("JAKARTA, KOMPAS.com -", "JAKARTA/Word ,/Punctuation KOMPAS.com/Url -/Punctuation")]
    [InlineData("tulis ke redaksi@kompas.co.id.", "tulis/Word ke/Word redaksi@kompas.co.id/Email ./Punctuation")]
    public void Tokenizer_keeps_urls_domains_and_emails_whole(string text, string expected) =>
        Assert.Equal(expected, Kinds(Indonesian, text));

    [Theory]
    [InlineData("id", "Dr. Budi di Jl. Merdeka No. 5", "Dr. Budi di Jl. Merdeka No. 5")]
    [InlineData("id", "a.n. Menteri dll.", "a.n. Menteri dll.")]
    [InlineData("en", "the U.S. and the U.K. met Mr. Smith Jr.", "the U.S. and the U.K. met Mr. Smith Jr.")]
    [InlineData("id", "Presiden Kassym-Jomart K. Tokayev", "Presiden Kassym-Jomart K. Tokayev")]
    [InlineData("en", "J. R. Smith", "J. R. Smith")]
    [InlineData("id", "Budi, S.H. datang", "Budi , S.H. datang")]
    [InlineData("en", "vitamin C.", "vitamin C .")]
    public void Tokenizer_keeps_abbreviations_and_initials_with_their_period(string lang, string text, string expected) =>
        Assert.Equal(expected, Tokens(For(lang), text));

    [Theory]
    [InlineData("don't", "do n't")]
    [InlineData("can't", "ca n't")]
    [InlineData("Russia's", "Russia 's")]
    [InlineData("they're we'll I've he'd I'm", "they 're we 'll I 've he 'd I 'm")]
    [InlineData("Russia’s", "Russia ’s")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("the countries' leaders", "the countries ' leaders")]
    public void Tokenizer_splits_english_contractions_and_possessives_as_ud_ewt_does(string text, string expected) =>
        Assert.Equal(expected, Tokens(English, text));

    [Fact]
    public void Tokenizer_marks_english_clitics_as_plain_tokens_without_space_after_the_host()
    {
        var rows = Rows(English, "don't go");
        Assert.Equal([false, false, false], rows.Select(r => r.IsClitic));
        Assert.Equal([false, true, false], rows.Select(r => r.SpaceAfter));
    }

    [Fact]
    public void Tokenizer_records_space_after_and_never_copies_outside_the_sentence()
    {
        var text = "Ia pergi.  Lalu";
        var output = new List<TokenRow>();
        Indonesian.Tokenize(text, new TextSpan(0, 9), output);
        Assert.Equal(["Ia", "pergi", "."], output.Select(t => text[t.Start..t.End]));
        Assert.Equal([true, false, true], output.Select(t => t.SpaceAfter));
    }

    [Fact]
    public void Tokenizer_appends_to_the_output_list_without_clearing_it()
    {
        var output = new List<TokenRow> { new() { Start = 0, End = 0 } };
        Indonesian.Tokenize("Ia pergi", new TextSpan(3, 8), output);
        Assert.Equal(2, output.Count);
        Assert.Equal(3, output[1].Start);
    }

    [Fact]
    public void Tokenizer_rejects_a_sentence_span_outside_the_text() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Indonesian.Tokenize("abc", new TextSpan(1, 9), []));
}
