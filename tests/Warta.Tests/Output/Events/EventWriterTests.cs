using System.Text;
using System.Text.Json;
using Warta.Coding;
using Warta.Output.Events;
using static Warta.Tests.TestSupport.Events;

namespace Warta.Tests.Output.Events;

public sealed class EventWriterTests
{
    private static readonly NewsDocument Doc = new("seed", "t", new DateOnly(2022, 10, 6), Url: "https://example.org/seed");
    private static readonly DateTime Added = new(2022, 10, 6, 12, 15, 0, DateTimeKind.Utc);

    private static EventRecord WithPlace() =>
        Make("seed", "KAZGOV", "RUS", "111", "Kazakhstan, \"tegas\", membalas\nRusia.") with
        {
            Place = new EventPlace("Astana", "KAZ"),
            Source = new EventActor("Menteri Luar Negeri Kazakh", "KAZGOV", "KAZ", "GOV", "Mukhtar Tileuberdi"),
        };

    private static string Write(string format, params EventRecord[] events)
    {
        using var stream = new MemoryStream();
        var writer = EventFormats.Create(format, stream, Added);
        writer.Write(Doc, events);
        writer.Complete();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Jsonl_writes_every_contract_field_with_its_type()
    {
        var line = Assert.Single(Write(EventFormats.JsonLines, WithPlace()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var e = json.RootElement;
        var expected = new Dictionary<string, JsonValueKind>
        {
            ["id"] = JsonValueKind.String, ["schema"] = JsonValueKind.String, ["doc"] = JsonValueKind.String,
            ["lang"] = JsonValueKind.String, ["sentence_index"] = JsonValueKind.Number, ["sentence"] = JsonValueKind.String,
            ["date"] = JsonValueKind.String, ["date_from"] = JsonValueKind.String, ["date_text"] = JsonValueKind.String,
            ["source"] = JsonValueKind.Object, ["target"] = JsonValueKind.Object, ["cameo"] = JsonValueKind.String,
            ["cameo_name"] = JsonValueKind.String, ["root"] = JsonValueKind.String, ["quad"] = JsonValueKind.Number,
            ["goldstein"] = JsonValueKind.Number, ["plover"] = JsonValueKind.Object, ["modality"] = JsonValueKind.String,
            ["negated"] = JsonValueKind.False, ["hypothetical"] = JsonValueKind.False, ["evidence"] = JsonValueKind.Object,
            ["rule"] = JsonValueKind.String, ["place"] = JsonValueKind.Object,
        };
        Assert.Equal(expected.Keys.Order(), e.EnumerateObject().Select(p => p.Name).Order());
        foreach (var (name, kind) in expected) Assert.Equal(kind, e.GetProperty(name).ValueKind);

        Assert.Equal("1", e.GetProperty("schema").GetString());
        Assert.Equal("2022-10-05", e.GetProperty("date").GetString());
        Assert.Equal("text", e.GetProperty("date_from").GetString());
        Assert.Equal(["text", "code", "country", "role", "name"], e.GetProperty("source").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Mukhtar Tileuberdi", e.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(["text", "code", "country", "role"], e.GetProperty("target").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["type", "mode"], e.GetProperty("plover").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["trigger", "start", "end"], e.GetProperty("evidence").EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, e.GetProperty("evidence").GetProperty("start").GetInt32());
        Assert.Equal(["name", "country"], e.GetProperty("place").EnumerateObject().Select(p => p.Name));
        Assert.Equal(-2.0, e.GetProperty("goldstein").GetDouble());
    }

    [Fact]
    public void Jsonl_writes_null_for_no_target_no_place_and_unknown_country()
    {
        var e = Make("seed", "IGOUNO", null, "020") with { DateFrom = Warta.Dates.DateSource.TextRelative };
        using var json = JsonDocument.Parse(Write(EventFormats.JsonLines, e));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("place").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("source").GetProperty("country").ValueKind);
        Assert.Equal("text_relative", json.RootElement.GetProperty("date_from").GetString());
    }

    [Fact]
    public void Jsonl_writes_one_line_per_event()
    {
        var text = Write(EventFormats.JsonLines, Make("seed", "KAZ", "RUS", "111"), Make("seed", "RUS", "KAZ", "040"));
        Assert.Equal(2, text.Count(c => c == '\n'));
        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_commas_quotes_and_newlines()
    {
        var text = Write(EventFormats.Csv, WithPlace());
        var lines = text.Split("\r\n");
        Assert.Equal(string.Join(',', CsvEventWriter.Columns), lines[0]);
        Assert.Contains("\"Kazakhstan, \"\"tegas\"\", membalas\nRusia.\"", text);
        var fields = ParseCsvRecord(text[(lines[0].Length + 2)..]);
        Assert.Equal(CsvEventWriter.Columns.Count, fields.Count);
        Assert.Equal("Kazakhstan, \"tegas\", membalas\nRusia.", fields[CsvEventWriter.Columns.ToList().IndexOf("sentence")]);
        Assert.Equal("KAZ", fields[CsvEventWriter.Columns.ToList().IndexOf("source_country")]);
        Assert.Equal("Astana", fields[CsvEventWriter.Columns.ToList().IndexOf("place_name")]);
    }

    [Fact]
    public void Gdelt_rows_have_61_columns_in_the_codebook_places()
    {
        var text = Write(EventFormats.Gdelt, WithPlace(), Make("seed", "IGOUNO", null, "0233", sentenceIndex: 7));
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('\t')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(GdeltEventWriter.ColumnCount, r.Length));
        var row = rows[0];
        Assert.Equal("20221005", row[1]);
        Assert.Equal("202210", row[2]);
        Assert.Equal("2022", row[3]);
        Assert.Equal(("KAZGOV", "MUKHTAR TILEUBERDI", "KAZ", "GOV"), (row[5], row[6], row[7], row[12]));
        Assert.Equal(("RUS", "RUS"), (row[15], row[17]));
        Assert.Equal(("1", "111", "111", "11", "3", "-2.0"), (row[25], row[26], row[27], row[28], row[29], row[30]));
        Assert.Equal("Astana", row[52]);
        Assert.Equal("20221006121500", row[59]);
        Assert.Equal("https://example.org/seed", row[60]);
        Assert.True(long.Parse(row[0]) >= 0);
        Assert.DoesNotContain('\n', row[0] + row[60]);
        Assert.Equal(("023", "0", ""), (rows[1][27], rows[1][25], rows[1][15]));
    }

    [Fact]
    public void Gdelt_event_ids_are_stable_integers_per_event_id()
    {
        Assert.Equal(GdeltEventWriter.GlobalEventId("seed-1"), GdeltEventWriter.GlobalEventId("seed-1"));
        Assert.NotEqual(GdeltEventWriter.GlobalEventId("seed-1"), GdeltEventWriter.GlobalEventId("seed-2"));
    }

    [Fact]
    public void Plover_records_carry_type_mode_and_entity_lists()
    {
        using var json = JsonDocument.Parse(Write(EventFormats.Plover, WithPlace()));
        var e = json.RootElement;
        Assert.Equal("ACCUSE", e.GetProperty("event_type").GetString());
        Assert.Equal("disapprove", e.GetProperty("mode").GetString());
        Assert.Equal("2022-10-05", e.GetProperty("date").GetString());
        var actor = Assert.Single(e.GetProperty("actor").EnumerateArray().ToList());
        Assert.Equal(("Menteri Luar Negeri Kazakh", "KAZ", "KAZGOV", "GOV"),
            (actor.GetProperty("entity_text").GetString(), actor.GetProperty("country").GetString(),
             actor.GetProperty("code").GetString(), actor.GetProperty("sector").GetString()));
        Assert.Single(e.GetProperty("recipient").EnumerateArray());
        Assert.Equal("mengutuk", e.GetProperty("event_text").GetString());
        Assert.Equal("https://example.org/seed", e.GetProperty("link").GetString());

        using var untargeted = JsonDocument.Parse(Write(EventFormats.Plover, Make("seed", "KAZ", null, "010")));
        Assert.Empty(untargeted.RootElement.GetProperty("recipient").EnumerateArray());
    }

    [Fact]
    public void Table_aligns_columns_under_a_heading_per_document()
    {
        var text = Write(EventFormats.Table, Make("seed", "KAZ", "RUS", "111"), Make("seed", "RUSGOV", null, "0233", modality: "negated"));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seed: 2 events", lines[0]);
        Assert.StartsWith("  date", lines[1]);
        int cameoColumn = lines[1].IndexOf("cameo", StringComparison.Ordinal);
        Assert.Equal("111", lines[2].Substring(cameoColumn, 3));
        Assert.Equal("0233", lines[3].Substring(cameoColumn, 4));
        Assert.Contains("negated", lines[3]);
    }

    /// <summary>A minimal RFC 4180 reader for one record, to check the writer round-trips.</summary>
    private static List<string> ParseCsvRecord(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') break;
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
