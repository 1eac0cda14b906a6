using System.Text;
using Warta.Errors;
using Warta.Input;

namespace Warta.Tests.Input;

public sealed class TextInputTests
{
    [Fact]
    public void Decode_strips_a_utf8_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Rusia")).ToArray();
        Assert.Equal("Rusia", TextInput.Decode(bytes, "a.txt"));
    }

    [Fact]
    public void Decode_reads_utf16_with_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Astana")).ToArray();
        Assert.Equal("Astana", TextInput.Decode(bytes, "a.txt"));
    }

    [Fact]
    public void Decode_refuses_invalid_utf8_after_a_utf8_byte_order_mark_naming_the_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.Decode([0xEF, 0xBB, 0xBF, 0x41, 0xE9, 0x42], "latin1.txt"));
        Assert.Equal(ErrorCodes.InputInvalidUtf8, error.Code);
        Assert.Contains("latin1.txt", error.Message);
        Assert.Contains("offset 4", error.Message);
    }

    [Fact]
    public void Decode_reads_unmarked_invalid_utf8_as_latin1_with_a_warning()
    {
        var decoded = TextInput.DecodeWithEncoding([0x41, 0xE9, 0x42], "latin1.txt");
        Assert.Equal("AéB", decoded.Text);
        Assert.Contains("latin1.txt", decoded.Warning);
        Assert.Contains("ISO-8859-1", decoded.Warning);
    }

    [Fact]
    public void DecodeDocument_refuses_an_empty_or_blank_input()
    {
        var empty = Assert.Throws<WartaException>(() => TextInput.DecodeDocument([], "empty.txt", InputLimits.Default));
        Assert.Equal(ErrorCodes.InputEmpty, empty.Code);
        Assert.Contains("empty.txt: is empty (0 bytes)", empty.Message);
        var blank = Assert.Throws<WartaException>(() => TextInput.DecodeDocument(" \n\t\n"u8, "blank.txt", InputLimits.Default));
        Assert.Equal(ErrorCodes.InputEmpty, blank.Code);
        Assert.Contains("only white space", blank.Message);
    }

    [Fact]
    public void DecodeDocument_refuses_a_text_over_the_limit_naming_the_option()
    {
        var error = Assert.Throws<WartaException>(() =>
            TextInput.DecodeDocument(Encoding.UTF8.GetBytes(new string('a', 101)), "big.txt", new InputLimits(MaxDocumentBytes: 100)));
        Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
        Assert.Contains("big.txt: 101 bytes", error.Message);
        Assert.Contains("--max-document-bytes", error.Message);
    }

    [Fact]
    public void Decode_refuses_text_full_of_control_characters_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var error = Assert.Throws<WartaException>(() => TextInput.Decode(bytes, "blob.txt"));
        Assert.Equal(ErrorCodes.InputNotText, error.Code);
        Assert.Contains("control characters", error.Message);
    }

    [Fact]
    public void Decode_refuses_binary_data_naming_the_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "image.png"));
        Assert.Equal(ErrorCodes.InputNotText, error.Code);
        Assert.Contains("image.png", error.Message);
    }

    [Fact]
    public void ReadFile_without_limits_reads_a_file_larger_than_a_document_may_be()
    {
        // Gold files and saved events are many documents in one file; only documents have a size limit.
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('a', 5 * 1024 * 1024));
            Assert.Equal(5 * 1024 * 1024, TextInput.ReadFile(path).Length);
            var error = Assert.Throws<WartaException>(() => TextInput.ReadFile(path, new InputLimits(MaxDocumentBytes: 1024 * 1024)));
            Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
            Assert.Contains("in the file", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ReadFile_names_a_missing_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.ReadFile("/nonexistent/article.txt"));
        Assert.Equal(ErrorCodes.InputNotFound, error.Code);
        Assert.Contains("/nonexistent/article.txt", error.Message);
    }
}
