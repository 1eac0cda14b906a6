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
    public void Decode_refuses_invalid_utf8_naming_the_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.Decode([0x41, 0xE9, 0x42], "latin1.txt"));
        Assert.Equal(ErrorCodes.InputInvalidUtf8, error.Code);
        Assert.Contains("latin1.txt", error.Message);
    }

    [Fact]
    public void Decode_refuses_binary_data_naming_the_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "image.png"));
        Assert.Equal(ErrorCodes.InputNotText, error.Code);
        Assert.Contains("image.png", error.Message);
    }

    [Fact]
    public void ReadFile_names_a_missing_file()
    {
        var error = Assert.Throws<WartaException>(() => TextInput.ReadFile("/nonexistent/article.txt"));
        Assert.Equal(ErrorCodes.InputNotFound, error.Code);
        Assert.Contains("/nonexistent/article.txt", error.Message);
    }
}
