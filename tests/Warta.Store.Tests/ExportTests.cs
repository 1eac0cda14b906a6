using System.Text;
using DuckDB.NET.Data;
using Warta.Coding;
using Warta.Output.Events;

namespace Warta.Store.Tests;

public sealed class ExportTests
{
    [Fact]
    public async Task Csv_export_is_what_the_csv_writer_gives_for_the_stored_events()
    {
        await using var temp = await SampleStore.CreateAsync();
        var expected = new MemoryStream();
        var writer = new CsvEventWriter(expected);
        foreach (var id in new[] { "jp", "kz", "ru" })
        {
            var events = (await temp.Store.EventsOfDocumentAsync(id)).Where(e => e.Modality == "asserted").ToList();
            writer.Write(new NewsDocument(id, ""), events);
        }
        writer.Complete();

        var output = new MemoryStream();
        await temp.Store.ExportAsync(new EventFilter(), ExportFormat.Csv, output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), text);
        Assert.StartsWith(string.Join(",", CsvEventWriter.Columns) + "\r\n", text);
        Assert.Equal(1 + 7, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Gdelt_export_has_61_columns_per_event_and_the_article_url()
    {
        await using var temp = new TempStore();
        await temp.Store.SaveAsync([Articles.Code("jp", Articles.JapanChinaEn, url: "https://example.org/jp")]);

        var output = new MemoryStream();
        await temp.Store.ExportAsync(new EventFilter { IncludeAll = true }, ExportFormat.GdeltTsv, output);

        var rows = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((await temp.Store.EventsOfDocumentAsync("jp")).Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(GdeltEventWriter.ColumnCount, r.Split('\t').Length));
        Assert.All(rows, r => Assert.Equal("https://example.org/jp", r.Split('\t')[60]));
        Assert.Equal("20240311", rows[0].Split('\t')[1]);
        Assert.Equal("174", rows[0].Split('\t')[26]);
    }

    [Fact]
    public async Task Parquet_export_reads_back_through_duckdb_with_the_csv_columns()
    {
        await using var temp = await SampleStore.CreateAsync();
        var file = Path.Combine(temp.Folder, "export.parquet");
        await using (var stream = File.Create(file))
            await temp.Store.ExportAsync(new EventFilter { Actor = "KAZ" }, ExportFormat.Parquet, stream);

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{file}') ORDER BY id";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        int rows = 0;
        var codes = new List<string>();
        while (reader.Read())
        {
            rows++;
            codes.Add(reader.GetString(reader.GetOrdinal("cameo")));
            Assert.Equal(typeof(DateOnly), reader.GetFieldType(reader.GetOrdinal("date")));
        }

        Assert.Equal(CsvEventWriter.Columns, columns);
        Assert.Equal(4, rows);
        Assert.Equal(["057", "057", "111", "114"], codes.Order());
    }
}
