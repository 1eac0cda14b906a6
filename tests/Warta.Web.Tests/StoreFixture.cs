using Warta.Coding;
using Warta.Languages;
using Warta.Store;
using Warta.Store.DuckDb;

namespace Warta.Web.Tests;

/// <summary>A few short articles about Kazakhstan and Russia (and one elsewhere), written for these tests.</summary>
internal static class StoreArticles
{
    public const string KazRusId =
        "Kementerian Luar Negeri Rusia memanggil duta besar Kazakhstan di Moskow pada Selasa. " +
        "Presiden Kazakhstan Kassym-Jomart Tokayev mengkritik Rusia atas pernyataan itu.";

    public const string KazRusEn =
        "Kazakhstan and Russia signed an agreement on gas supplies on Monday. " +
        "Russian President Vladimir Putin praised Kazakhstan for its cooperation.";

    public const string JapanChinaEn = "Japan accused China of violating its airspace on Friday.";

    public static IEnumerable<NewsDocument> All() =>
    [
        new("kazrus-id", KazRusId, new DateOnly(2023, 3, 8), Language.Indonesian, "Rusia memanggil duta besar Kazakhstan", Source: "antaranews"),
        new("kazrus-en", KazRusEn, new DateOnly(2023, 3, 21), Language.English, "Gas deal", "https://example.org/gas", "example"),
        new("japan-en", JapanChinaEn, new DateOnly(2023, 4, 2), Language.English, Source: "example"),
        new("seed", File.ReadAllText(TestPaths.SeedArticle), new DateOnly(2023, 3, 15), Language.Indonesian, "Kazakhstan dan Rusia", Source: "eurasianet"),
    ];
}

/// <summary>A DuckDB store in a temporary folder filled with <see cref="StoreArticles"/>, and the app serving it with a token.</summary>
public sealed class StoreServerFixture : IAsyncLifetime
{
    public const string Token = "store-test-token";
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-web-store-").FullName;
    private IEventStore? _store;

    public WebServer Server { get; private set; } = null!;
    public IEventStore Store => _store!;

    public async Task InitializeAsync()
    {
        _store = DuckDbEventStore.Open(Path.Combine(_folder, "web.duckdb"));
        var coded = StoreArticles.All().Select(d => WebServer.SharedCoder.Code(d)).ToList();
        await _store.SaveAsync(coded);
        Server = await WebServer.StartAsync(Token, _store);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
