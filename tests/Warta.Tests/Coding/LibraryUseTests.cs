using Warta.Coding;
using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>The coder as a library: the documented three lines, stable ids, and many threads on one instance.</summary>
public sealed class LibraryUseTests
{
    private static readonly string[] Texts =
    [
        "Polisi Rusia menangkap dua aktivis Ukraina di Moskow pada 4 Oktober.",
        "Indonesia dan Malaysia mengecam Israel. Kazakhstan tidak mengecam Rusia.",
        "\"We condemn Russia,\" the Ukrainian foreign minister said on Friday.",
        "Presiden Rusia Vladimir Putin tiba di Astana. Beliau mengecam Ukraina.",
        "Two Ukrainian activists were arrested by Russian police last week.",
        "Kazakhstan memanggil duta besar Rusia pada 4 Oktober. Sehari kemudian, Rusia memanggil duta besar Kazakhstan.",
    ];

    [Fact]
    public void The_documented_three_lines_code_a_document()
    {
        var coder = EventCoder.Load(TestPaths.Data);
        var coded = coder.Code(new NewsDocument("d1", "Rusia mengusir dua diplomat Jepang pada Senin.", new DateOnly(2024, 3, 12)));
        var lines = coded.Asserted.Select(e => $"{e.Date:yyyy-MM-dd} {e.Source.Code} {e.Cameo} {e.Target?.Code}").ToList();
        Assert.Equal(["2024-03-11 RUS 174 JPNGOV"], lines);
    }

    [Fact]
    public void Event_ids_are_the_same_on_every_run_and_differ_between_events()
    {
        var first = Texts.SelectMany((t, i) => Code(t, "2024-01-10").Events.Select(e => e.Id)).ToList();
        var again = Texts.SelectMany((t, i) => Code(t, "2024-01-10").Events.Select(e => e.Id)).ToList();
        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.True(first.Count >= Texts.Length);
    }

    [Fact]
    public void Event_ids_depend_on_the_document_id()
    {
        const string text = "Indonesia mengecam Israel.";
        var a = SharedCoder.Instance.Code(new NewsDocument("a", text, new DateOnly(2024, 1, 10))).Events.Single().Id;
        var b = SharedCoder.Instance.Code(new NewsDocument("b", text, new DateOnly(2024, 1, 10))).Events.Single().Id;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void One_coder_gives_the_same_events_from_many_threads()
    {
        var expected = Texts.Select(t => Snapshot(Code(t, "2024-01-10"))).ToArray();
        var jobs = Enumerable.Range(0, 48).ToArray();
        var results = new string[jobs.Length];
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            j => results[j] = Snapshot(Code(Texts[j % Texts.Length], "2024-01-10")));
        for (int j = 0; j < jobs.Length; j++) Assert.Equal(expected[j % Texts.Length], results[j]);
    }

    private static string Snapshot(CodedDocument coded) =>
        string.Join("\n", coded.Events.Select(e => $"{e.Id} {Describe(e)} {DateOf(e)} {e.Evidence.Start}-{e.Evidence.End} {e.Place?.Name}"));
}
