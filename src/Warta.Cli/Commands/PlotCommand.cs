using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Warta.Plots;
using Warta.Store;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta plot dyad A B [--from D] [--to D] [--interval day|week] [--db FILE] --out FILE.png|svg</c>: draws the
/// events between two actors per period, stacked by QuadClass, with the Goldstein sum (<see cref="DyadChartRenderer"/>).
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CliIo io)
    {
        var a = new Argument<string>("a") { Description = "One actor or country (RUS, KAZGOV)" };
        var b = new Argument<string>("b") { Description = "The other actor or country" };
        var from = DateOption("--from", "First day (YYYY-MM-DD); default: the first event");
        var to = DateOption("--to", "Last day (YYYY-MM-DD); default: the last event");
        var interval = new Option<string>("--interval")
        {
            Description = "One bar per day or per week (weeks start on Monday)",
            DefaultValueFactory = _ => "day",
        };
        interval.AcceptOnlyFromAmong("day", "week");
        var db = StoreOptions.Database("to read");
        var output = new Option<string>("--out", "-o") { Description = "The picture to write: FILE.png or FILE.svg", Required = true };
        var dyad = new Command("dyad", "Chart the events between two actors per day or week, by QuadClass, with the Goldstein sum")
        {
            a, b, from, to, interval, db, output,
        };
        dyad.SetAction(parse => RunAsync(io, new DyadQuery(
                parse.GetValue(a)!.Trim().ToUpperInvariant(), parse.GetValue(b)!.Trim().ToUpperInvariant(),
                CommonOptions.ToDate(parse.GetValue(from)), CommonOptions.ToDate(parse.GetValue(to)),
                parse.GetValue(interval) == "week" ? TimelineInterval.Week : TimelineInterval.Day),
            parse.GetValue(db)!, parse.GetValue(output)!).GetAwaiter().GetResult());
        return new Command("plot", "Draw charts from the event store") { dyad };
    }

    private static Option<string?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => ParseDate(name, r.Tokens.Single().Value, r),
    };

    private static string? ParseDate(string name, string value, ArgumentResult result)
    {
        if (Input.PublishedDate.TryParse(value, out _)) return value;
        result.AddError($"{name} '{value}' is not a date: write it as YYYY-MM-DD");
        return null;
    }

    private static async Task<int> RunAsync(CliIo io, DyadQuery query, string dbPath, string outPath)
    {
        if (!DyadChartRenderer.TryFormatOf(outPath, out _))
        {
            io.Error.WriteLine($"error: --out {outPath}: a chart is written as .png or .svg");
            return ExitCodes.Usage;
        }
        var store = StoreOptions.OpenExisting(io, dbPath, out int exitCode);
        if (store is null) return exitCode;
        await using (store)
        {
            var timeline = await store.DyadTimelineAsync(query);
            try { new DyadChartRenderer().Render(timeline, outPath); }
            catch (IOException e)
            {
                io.Error.WriteLine($"error: --out {outPath}: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (UnauthorizedAccessException e)
            {
                io.Error.WriteLine($"error: --out {outPath}: {e.Message}");
                return ExitCodes.Usage;
            }
            int events = timeline.Points.Sum(p => p.Events);
            io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"plot: {query.A}–{query.B}: {events} events in {timeline.Points.Count(p => p.Events > 0)} {(query.Interval == TimelineInterval.Week ? "weeks" : "days")} -> {outPath}"));
        }
        return ExitCodes.Ok;
    }
}
