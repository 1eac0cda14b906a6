namespace Warta.Store.Tests;

/// <summary>
/// Three articles from three outlets on two weeks: seven asserted events (RUS–KAZ four times, one Indonesian, one
/// Japanese and one UN event) and two negated ones.
/// </summary>
internal static class SampleStore
{
    public const string KazakhstanRussia =
        "Kazakhstan's foreign ministry criticized Russia on Monday. Kazakhstan and Russia signed a trade agreement on Monday.";

    public static async Task<TempStore> CreateAsync() => await FillAsync(new TempStore());

    public static async Task<T> FillAsync<T>(T temp) where T : ITestStore
    {
        await temp.Store.SaveAsync([
            Articles.Code("ru", Articles.RussiaKazakhstanId, published: new DateOnly(2024, 3, 13), source: "Kompas"),
            Articles.Code("jp", Articles.JapanChinaEn, source: "Reuters"),
            Articles.Code("kz", KazakhstanRussia, published: new DateOnly(2024, 3, 18), source: "AP"),
        ]);
        return temp;
    }
}
