using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warta.Coding;

namespace Warta.Store;

/// <summary>
/// The id of the cluster an event belongs to: the same day, source code, target code and CAMEO code mean the same
/// event, whichever article reports it. Deterministic, so every store and every run gives the same id.
/// </summary>
public static class ClusterKey
{
    public static string Of(EventRecord e) => Of(e.Date, e.Source.Code, e.Target?.Code, e.Cameo);

    public static string Of(DateOnly date, string sourceCode, string? targetCode, string cameo)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}|{sourceCode}|{targetCode}|{cameo}");
        return "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 10));
    }
}
