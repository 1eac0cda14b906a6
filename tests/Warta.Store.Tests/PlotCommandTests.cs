using System.Xml.Linq;
using Warta.Cli;

namespace Warta.Store.Tests;

public sealed class PlotCommandTests : IDisposable
{
    private const string KazakhstanRussiaEn =
        "Kazakhstan and Russia signed an agreement on gas supplies on Monday. " +
        "Russian President Vladimir Putin praised Kazakhstan for its cooperation.";

    private readonly string _folder = Directory.CreateTempSubdirectory("warta-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Db => Path.Combine(_folder, "store.duckdb");

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => InProcessCli.Run(args);

    private void IngestKazakhstanRussia()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "ru.txt"), Tests.Articles.RussiaKazakhstanId);
        File.WriteAllText(Path.Combine(articles, "kz.txt"), KazakhstanRussiaEn);
        var ingest = Run("ingest", articles, "--db", Db, "--data", TestPaths.Data, "--published", "2024-03-13");
        Assert.Equal(0, ingest.ExitCode);
    }

    [Fact]
    public void A_dyad_chart_is_written_as_png_and_as_svg()
    {
        IngestKazakhstanRussia();
        var png = Path.Combine(_folder, "kaz-rus.png");
        var svg = Path.Combine(_folder, "kaz-rus.svg");

        var first = Run("plot", "dyad", "kaz", "RUS", "--db", Db, "--out", png);
        var second = Run("plot", "dyad", "KAZ", "RUS", "--db", Db, "--interval", "week", "--from", "2024-01-01", "--out", svg);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^plot: KAZ–RUS: [1-9]\d* events in [1-9]\d* days", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(" weeks ", second.Output);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, File.ReadAllBytes(png)[..8]);
        var root = XDocument.Load(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Contains("KAZ", File.ReadAllText(svg));
    }

    [Fact]
    public void An_unknown_picture_extension_is_a_usage_error_and_nothing_is_written()
    {
        IngestKazakhstanRussia();
        var gif = Path.Combine(_folder, "kaz-rus.gif");

        var result = Run("plot", "dyad", "KAZ", "RUS", "--db", Db, "--out", gif);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(".png or .svg", result.Error);
        Assert.False(File.Exists(gif));
    }

    [Fact]
    public void A_missing_store_is_exit_code_3_and_no_store_is_created()
    {
        var missing = Path.Combine(_folder, "nowhere.duckdb");

        var result = Run("plot", "dyad", "KAZ", "RUS", "--db", missing, "--out", Path.Combine(_folder, "x.png"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no such store", result.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_bad_date_or_interval_is_a_usage_error()
    {
        Assert.Equal(1, Run("plot", "dyad", "KAZ", "RUS", "--db", Db, "--from", "March", "--out", "x.png").ExitCode);
        Assert.Equal(1, Run("plot", "dyad", "KAZ", "RUS", "--db", Db, "--interval", "month", "--out", "x.png").ExitCode);
    }
}
