using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Warta.Web.Api;

/// <summary>
/// Checks the bearer token of a write request in constant time: both tokens are hashed to the same length first, so
/// neither the comparison nor a length mismatch tells an attacker how much of a guess was right.
/// </summary>
public sealed class BearerTokenCheck(string? configuredToken)
{
    private readonly byte[]? _expected = string.IsNullOrEmpty(configuredToken) ? null : Hash(configuredToken);

    /// <summary>Null when the request may write; else the problem to answer with (403 no token configured, 401 wrong or none).</summary>
    public IResult? Refusal(HttpRequest request)
    {
        if (_expected is null) return Problems.WritesDisabled();
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return Problems.Unauthorized();
        var given = Hash(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, _expected) ? null : Problems.Unauthorized();
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
