using System.Text;
using Warta.Errors;
using Warta.Input;
using Warta.Languages;

namespace Warta.Tests.Input;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static List<InputDocument> Read(string path, InputDefaults? defaults = null, string stdin = "") =>
        new DocumentReader(defaults ?? new InputDefaults(), () => new MemoryStream(Encoding.UTF8.GetBytes(stdin))).Read(path).ToList();

    [Fact]
    public void A_txt_file_is_one_article_named_by_its_file_and_dated_by_the_option()
    {
        var path = WriteFile("kazakh-protest.txt", "Kazakhstan memprotes Rusia.");
        var doc = Assert.Single(Read(path, new InputDefaults(new DateOnly(2022, 10, 6), Language.Indonesian))).Document!;
        Assert.Equal("kazakh-protest", doc.Id);
        Assert.Equal("Kazakhstan memprotes Rusia.", doc.Text);
        Assert.Equal(new DateOnly(2022, 10, 6), doc.Published);
        Assert.Equal(Language.Indonesian, doc.Language);
    }

    [Fact]
    public void A_jsonl_line_gives_every_field_and_its_own_date_and_language_win_over_the_defaults()
    {
        var path = WriteFile("batch.jsonl",
            """{"id": "a1", "text": "Russia expelled two diplomats.", "published": "2023-03-14T08:30:00Z", "lang": "en", "title": "T", "url": "https://example.org/a1", "source": "Wire"}""" + "\n");
        var doc = Assert.Single(Read(path, new InputDefaults(new DateOnly(2000, 1, 1), Language.Indonesian))).Document!;
        Assert.Equal(("a1", "Russia expelled two diplomats."), (doc.Id, doc.Text));
        Assert.Equal(new DateOnly(2023, 3, 14), doc.Published);
        Assert.Equal(Language.English, doc.Language);
        Assert.Equal(("T", "https://example.org/a1", "Wire"), (doc.Title, doc.Url, doc.Source));
    }

    [Fact]
    public void A_jsonl_line_without_date_or_language_takes_the_defaults()
    {
        var path = WriteFile("b.jsonl", """{"id": "x", "text": "t"}""");
        var doc = Assert.Single(Read(path, new InputDefaults(new DateOnly(2022, 10, 6), Language.English))).Document!;
        Assert.Equal(new DateOnly(2022, 10, 6), doc.Published);
        Assert.Equal(Language.English, doc.Language);
    }

    [Fact]
    public void Bad_jsonl_lines_cost_only_their_document_and_name_file_and_line()
    {
        var path = WriteFile("mixed.jsonl", string.Join('\n',
            """{"id": "ok1", "text": "a"}""",
            """{"id": "broken", "text": """,
            "",
            """{"id": "notext"}""",
            """{"id": "baddate", "text": "b", "published": "06/10/2022"}""",
            """{"id": "badlang", "text": "b", "lang": "fr"}""",
            """{"id": "ok2", "text": "c"}"""));
        var read = Read(path);
        Assert.Equal(["ok1", "ok2"], read.Where(d => d.Document is not null).Select(d => d.Document!.Id));
        var errors = read.Where(d => d.Error is not null).Select(d => d.Error!).ToList();
        Assert.Equal([ErrorCodes.DocumentInvalid, ErrorCodes.DocumentInvalid, ErrorCodes.PublishedDateInvalid, ErrorCodes.DocumentInvalid],
            errors.Select(e => e.Code));
        Assert.Contains($"{path}:2:", errors[0].Message);
        Assert.Contains($"{path}:4:", errors[1].Message);
        Assert.Contains("\"text\"", errors[1].Message);
        Assert.Contains($"{path}:5:", errors[2].Message);
        Assert.Contains("06/10/2022", errors[2].Message);
    }

    [Fact]
    public void A_latin1_jsonl_line_is_read_with_a_warning_naming_the_line()
    {
        var path = Path.Combine(_folder, "latin1.jsonl");
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \"caf")
            .Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var read = Read(path);
        Assert.Equal("a", read[0].Document!.Id);
        Assert.Empty(read[0].Warnings);
        Assert.Equal("café", read[1].Document!.Text);
        var warning = Assert.Single(read[1].Warnings);
        Assert.Contains($"{path}:2", warning);
        Assert.Contains("Latin-1", warning);
    }

    [Fact]
    public void Utf16_json_lines_on_stdin_are_read_line_by_line()
    {
        var text = "{\"id\": \"a\", \"text\": \"satu\"}\n{\"id\": \"b\", \"text\": \"dua\"}\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var read = new DocumentReader(new InputDefaults(), () => new MemoryStream(bytes)).Read(DocumentReader.StdinName).ToList();
        Assert.Equal(["a", "b"], read.Select(r => r.Document!.Id));
        Assert.Equal("dua", read[1].Document!.Text);
    }

    [Fact]
    public void One_article_on_stdin_stops_being_read_at_the_limit()
    {
        var limits = new InputLimits(MaxDocumentBytes: 1000);
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 100_000)));
        var read = Assert.Single(new DocumentReader(new InputDefaults(), () => stdin, limits).Read(DocumentReader.StdinName));
        Assert.Equal(ErrorCodes.DocumentTooLarge, read.Error!.Code);
        Assert.StartsWith("WRT0228: stdin:", read.Error.Message);
        Assert.True(stdin.Position < 100_000);
    }

    [Fact]
    public void A_jsonl_line_without_id_is_named_by_file_and_line()
    {
        var path = WriteFile("noid.jsonl", "\n" + """{"text": "t"}""");
        Assert.Equal("noid-2", Assert.Single(Read(path)).Document!.Id);
    }

    [Fact]
    public void Stdin_is_one_article_unless_it_starts_with_a_json_object()
    {
        var text = Assert.Single(Read("-", stdin: "Rusia mengusir diplomat.")).Document!;
        Assert.Equal(("stdin", "Rusia mengusir diplomat."), (text.Id, text.Text));

        var lines = Read("-", stdin: "  {\"id\": \"s1\", \"text\": \"a\"}\n{\"id\": \"s2\", \"text\": \"b\"}\n");
        Assert.Equal(["s1", "s2"], lines.Select(d => d.Document!.Id));
        Assert.Equal("stdin:1", lines[0].Origin);
    }

    [Fact]
    public void A_folder_gives_its_txt_and_jsonl_files_in_name_order()
    {
        WriteFile("b.txt", "two");
        WriteFile("a.jsonl", """{"id": "one", "text": "one"}""");
        WriteFile("notes.md", "ignored");
        Assert.Equal(["one", "b"], Read(_folder).Select(d => d.Document!.Id));
    }

    [Fact]
    public void A_missing_file_is_a_failed_input_not_an_exception()
    {
        var missing = Path.Combine(_folder, "nope.jsonl");
        Assert.Equal(ErrorCodes.InputNotFound, Assert.Single(Read(missing)).Error!.Code);
        Assert.Equal(ErrorCodes.InputNotFound, Assert.Single(Read(Path.Combine(_folder, "nope.txt"))).Error!.Code);
    }

    [Theory]
    [InlineData("2022-10-06", true)]
    [InlineData("2022-10-06T23:59:00+07:00", true)]
    [InlineData("2022-10-06 12:00", true)]
    [InlineData("2022-13-01", false)]
    [InlineData("06-10-2022", false)]
    [InlineData("", false)]
    public void Published_dates_are_iso_dates_or_timestamps(string text, bool valid)
    {
        Assert.Equal(valid, PublishedDate.TryParse(text, out var date));
        if (valid) Assert.Equal(new DateOnly(2022, 10, 6), date);
    }
}
