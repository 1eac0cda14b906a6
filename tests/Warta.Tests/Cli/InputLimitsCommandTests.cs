using System.Text;
using System.Text.Json;
using Warta.Cli;

namespace Warta.Tests.Cli;

/// <summary>Bad, odd and oversized inputs through the real commands: each is reported by name, the rest is coded.</summary>
public sealed class InputLimitsCommandTests : IDisposable
{
    private const string Event = "Rusia mengusir dua diplomat Kazakhstan pada Senin.";

    private readonly string _folder = Directory.CreateTempSubdirectory("warta-limits-").FullName;

    static InputLimitsCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> CodedDocuments(string output) =>
        Lines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!).ToHashSet();

    [Fact]
    public void Code_reads_every_encoding_refuses_bad_files_by_name_and_codes_the_rest()
    {
        File("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Event)]);
        File("utf16-nobom.txt", Encoding.BigEndianUnicode.GetBytes(Event));
        File("cp1252.txt", Encoding.GetEncoding(1252).GetBytes($"Menurut kafe \u201Ccafé\u201D itu, {Event}"));
        File("latin1.txt", Encoding.Latin1.GetBytes($"Di café itu, {Event}"));
        var binary = File("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var empty = File("empty.txt", []);
        var blank = File("blank.txt", " \n\n\t "u8.ToArray());
        var big = File("big.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Event + " ", 3 * 1024 * 1024 / Event.Length))));
        File("long.txt", Encoding.UTF8.GetBytes(Event + " " + string.Join(" ", Enumerable.Repeat("dan", 50_000 / 4)) + "."));

        var result = CliRunner.Run("code", _folder, "--data", TestPaths.Data, "--lang", "id", "--published", "2024-03-11");

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var errors = Lines(result.Error).Where(l => l.StartsWith("error:")).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("WRT0202") && e.Contains(binary) && e.Contains("NUL bytes"));
        Assert.Contains(errors, e => e.Contains("WRT0227") && e.Contains(empty) && e.Contains("is empty (0 bytes)"));
        Assert.Contains(errors, e => e.Contains("WRT0227") && e.Contains(blank) && e.Contains("only white space"));
        Assert.Contains(errors, e => e.Contains("WRT0228") && e.Contains(big) && e.Contains("over the limit of 2.0 MB")
                                     && e.Contains("--max-document-bytes"));
        var warnings = Lines(result.Error).Where(l => l.StartsWith("warning:")).ToList();
        Assert.Contains(warnings, w => w.Contains("cp1252.txt") && w.Contains("Windows-1252"));
        Assert.Contains(warnings, w => w.Contains("latin1.txt") && w.Contains("Latin-1"));
        Assert.Contains(warnings, w => w.Contains("utf16-nobom.txt") && w.Contains("UTF-16BE"));
        Assert.Contains(warnings, w => w.Contains("long.txt") && w.Contains("1 sentence(s) longer than 2000") && w.Contains("--max-sentence-chars"));
        Assert.DoesNotContain(warnings, w => w.Contains("utf16.txt"));
        Assert.Equal(["cp1252", "latin1", "long", "utf16", "utf16-nobom"], CodedDocuments(result.Output).Order());
    }

    [Fact]
    public void The_limits_are_options()
    {
        var path = File("article.txt", Encoding.UTF8.GetBytes(Event + " " + Event));

        var tooBig = CliRunner.Run("code", path, "--data", TestPaths.Data, "--max-document-bytes", "50");
        var cut = CliRunner.Run("code", path, "--data", TestPaths.Data, "--max-sentence-chars", "30", "--lang", "id");
        var invalid = CliRunner.Run("code", path, "--data", TestPaths.Data, "--max-sentence-chars", "0");

        Assert.Equal(ExitCodes.SomeInputFailed, tooBig.ExitCode);
        Assert.Contains("over the limit of 50 bytes", tooBig.Error);
        Assert.Equal(ExitCodes.Ok, cut.ExitCode);
        Assert.Contains("2 sentence(s) longer than 30 characters", cut.Error);
        Assert.Equal(ExitCodes.Usage, invalid.ExitCode);
        Assert.Contains("--max-sentence-chars must be 1 or more", invalid.Error);
    }

    [Fact]
    public void Each_bad_jsonl_line_is_named_by_its_line_and_costs_only_itself()
    {
        var path = Path.Combine(_folder, "batch.jsonl");
        System.IO.File.WriteAllLines(path,
        [
            $$"""{"id": "good1", "text": "{{Event}}", "published": "2024-03-11", "lang": "id"}""",
            """{"id": "broken", "text": "no closing brace" """,
            """{"id": "notext"}""",
            """{"id": "number", "text": 42}""",
            """{"id": "klingon", "text": "Qapla'", "lang": "tlh"}""",
            """{"id": "feb30", "text": "teks", "published": "2024-02-30"}""",
            """{"id": "month13", "text": "teks", "published": "2024-13-01"}""",
            """{"id": "year0", "text": "teks", "published": "0000-01-01"}""",
            """{"id": "blank", "text": "   "}""",
            """["not", "an", "object"]""",
            $$"""{"id": "good2", "text": "{{Event}}", "published": "2024-03-12", "lang": "id"}""",
        ]);

        var result = CliRunner.Run("code", path, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var errors = Lines(result.Error);
        Assert.Equal(9, errors.Length);
        string[] expected =
        [
            $"WRT0204: {path}:2: is not valid JSON", $"WRT0204: {path}:3: has no \"text\"", $"WRT0204: {path}:4: \"text\" must be a string",
            $"WRT0204: {path}:5: unknown \"lang\" 'tlh'", $"WRT0205: {path}:6: published date '2024-02-30' is impossible: February 2024 has 29 days",
            $"WRT0205: {path}:7: published date '2024-13-01' is impossible: there is no month 13",
            $"WRT0205: {path}:8: published date '0000-01-01' is impossible: there is no year 0",
            $"WRT0227: {path}:9: has an empty \"text\"", $"WRT0204: {path}:10: expected a JSON object",
        ];
        for (int i = 0; i < expected.Length; i++) Assert.StartsWith($"error: {expected[i]}", errors[i]);
        Assert.Equal(["good1", "good2"], CodedDocuments(result.Output).Order());
    }

    [Fact]
    public void A_utf16_jsonl_file_is_read_line_by_line()
    {
        var text = $$"""{"id": "u16", "text": "{{Event}}", "published": "2024-03-11", "lang": "id"}""" + "\n";
        var path = File("utf16.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text + text.Replace("u16", "u16b"))]);

        var result = CliRunner.Run("code", path, "--data", TestPaths.Data);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["u16", "u16b"], CodedDocuments(result.Output).Order());
    }

    [Fact]
    public void A_jsonl_line_too_long_for_any_document_is_skipped_unread_and_named()
    {
        var path = Path.Combine(_folder, "huge.jsonl");
        System.IO.File.WriteAllLines(path,
        [
            $$"""{"id": "huge", "text": "{{new string('a', 100_000)}}"}""",
            $$"""{"id": "fine", "text": "{{Event}}", "published": "2024-03-11", "lang": "id"}""",
        ]);

        var result = CliRunner.Run("code", path, "--data", TestPaths.Data, "--max-document-bytes", "100");
        var small = CliRunner.Run("code", path, "--data", TestPaths.Data, "--max-document-bytes", "90000");

        Assert.Equal(ExitCodes.SomeInputFailed, small.ExitCode);
        Assert.Contains($"WRT0228: {path}:1: 100,000 bytes of text, over the limit of 90,000 bytes", small.Error);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        var error = Assert.Single(Lines(result.Error));
        Assert.Contains($"WRT0228: {path}:1:", error);
        Assert.Contains("in this line", error);
        Assert.Equal(["fine"], CodedDocuments(result.Output));
    }

    [Fact]
    public void An_empty_jsonl_file_is_reported()
    {
        var path = File("none.jsonl", "\n\n"u8.ToArray());
        var result = CliRunner.Run("code", path, "--data", TestPaths.Data);
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains($"WRT0227: {path}: holds only blank lines", result.Error);
    }

    [Fact]
    public void Analyze_reads_a_1252_file_with_a_warning_and_names_a_binary_one()
    {
        var legacy = File("legacy.txt", Encoding.GetEncoding(1252).GetBytes("Menlu berkata \u201Ccukup\u201D di café."));
        var binary = File("blob.txt", [0x00, 0x01, 0x02, 0x03]);

        var result = CliRunner.Run("analyze", legacy, binary, "--data", TestPaths.Data, "--lang", "id");

        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("\u201Ccukup\u201D", result.Output);
        Assert.Contains("café", result.Output);
        Assert.Contains($"warning: {legacy}: has no byte-order mark and is not UTF-8; read as Windows-1252", result.Error);
        Assert.Contains($"error: WRT0202: {binary}: looks like binary data", result.Error);
    }

    [Fact]
    public void Explain_refuses_a_text_over_the_limit_with_exit_2()
    {
        var result = CliRunner.Run("explain", Event, "--data", TestPaths.Data, "--max-document-bytes", "10");
        Assert.Equal(ExitCodes.SomeInputFailed, result.ExitCode);
        Assert.Contains("WRT0228: the text to explain:", result.Error);
    }
}
