using System.Text;
using Warta.Input;

namespace Warta.Tests.Input;

public sealed class EncodingDetectorTests
{
    private const string Sample = "Menlu Retno menyebut langkah itu \u201Ctidak dapat diterima\u201D \u2014 kata café.";

    static EncodingDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_without_a_mark_is_utf8_and_no_guess()
    {
        var detected = EncodingDetector.Detect(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal("UTF-8", detected.Name);
        Assert.False(detected.IsGuess);
        Assert.Equal(0, detected.PreambleLength);
    }

    [Fact]
    public void A_utf8_mark_is_skipped()
    {
        var detected = EncodingDetector.Detect([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.Equal(("UTF-8", 3), (detected.Name, detected.PreambleLength));
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void Utf16_is_known_by_its_mark(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble()
            .Concat(new UnicodeEncoding(bigEndian, false).GetBytes(Sample)).ToArray();
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal((expected, 2, false), (detected.Name, detected.PreambleLength, detected.IsGuess));
        Assert.Equal(Sample, detected.Encoding!.GetString(bytes, 2, bytes.Length - 2));
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void Utf16_without_a_mark_is_known_by_its_alternating_nuls(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Sample);
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal((expected, 0, true), (detected.Name, detected.PreambleLength, detected.IsGuess));
        Assert.Equal(Sample, detected.Encoding!.GetString(bytes));
    }

    [Fact]
    public void Curly_quotes_in_windows_1252_mean_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Sample);
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal(("Windows-1252", true), (detected.Name, detected.IsGuess));
        Assert.Equal(Sample, detected.Encoding!.GetString(bytes));
    }

    [Fact]
    public void Accents_without_1252_punctuation_mean_latin1()
    {
        var bytes = Encoding.Latin1.GetBytes("Le ministre a rencontré son homologue au café.");
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal(("ISO-8859-1 (Latin-1)", true), (detected.Name, detected.IsGuess));
        Assert.Equal("Le ministre a rencontré son homologue au café.", detected.Encoding!.GetString(bytes));
    }

    [Fact]
    public void Nul_bytes_outside_utf16_mean_binary_and_say_where()
    {
        var detected = EncodingDetector.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);
        Assert.Null(detected.Encoding);
        Assert.Contains("NUL bytes (the first at offset 8)", detected.NotTextReason);
    }

    [Fact]
    public void Prose_with_a_stray_control_character_is_text()
    {
        Assert.Null(EncodingDetector.ControlCharacterReason("Baris pertama.\fBaris kedua.\x1B dan seterusnya.\r\n"));
    }

    [Fact]
    public void Text_that_is_mostly_control_characters_is_not()
    {
        var reason = EncodingDetector.ControlCharacterReason(string.Concat(Enumerable.Repeat("ab\x02\x03\x04", 40)));
        Assert.Contains("120 of its first 200 characters are control characters", reason);
    }
}
