using Warta.Coding;
using Warta.Languages;
using Warta.Store.DuckDb;

namespace Warta.Store.Tests;

/// <summary>One loaded coder for all tests (loading takes a second), and small articles written for these tests.</summary>
internal static class Articles
{
    private static readonly Lazy<EventCoder> LazyCoder = new(() => EventCoder.Load(TestPaths.Data));
    public static EventCoder Coder => LazyCoder.Value;

    public static readonly DateOnly Monday = new(2024, 3, 11);

    public const string RussiaKazakhstanId =
        "Kementerian Luar Negeri Rusia memanggil duta besar Kazakhstan di Moskow pada Selasa. " +
        "Presiden Indonesia Joko Widodo mengutuk serangan terhadap warga sipil di Gaza.";

    public const string RussiaKazakhstanEn =
        "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow on Tuesday. " +
        "Indonesian President Joko Widodo condemned the attack on civilians in Gaza.";

    public const string JapanChinaEn =
        "Japan expelled two Chinese diplomats on Monday. The United Nations criticized Myanmar's military government. " +
        "Indonesia did not sign the agreement with Malaysia.";

    public static CodedDocument Code(string id, string text, DateOnly? published = null, string? source = null,
        string? url = null, Language? language = null) =>
        Coder.Code(new NewsDocument(id, text, published ?? Monday, language, Title: $"title of {id}", Url: url, Source: source));

    /// <summary>
    /// The events as a store gives them back: every field but the coder's provenance (<see cref="EventRecord.ActorRule"/>,
    /// <see cref="EventRecord.DateRule"/>, <see cref="EventRecord.DatePrecision"/>), which the stores do not keep
    /// (docs/output.md).
    /// </summary>
    public static IReadOnlyList<EventRecord> AsStored(IEnumerable<EventRecord> events) =>
        [.. events.Select(e => e with { ActorRule = null, DateRule = null, DatePrecision = null })];
}

/// <summary>A fresh store file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : ITestStore
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("warta-store-").FullName;
    public string File => Path.Combine(Folder, "test.duckdb");
    public DuckDbEventStore Store { get; }

    IEventStore ITestStore.Store => Store;

    public TempStore(int? schemaVersion = null) => Store = DuckDbEventStore.Open(File, schemaVersion);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
