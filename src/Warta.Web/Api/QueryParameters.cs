using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Warta.Web.Api;

/// <summary>
/// The query parameters each API endpoint accepts, declared once where the endpoint is mapped
/// (<c>.AcceptsQuery(QueryParameters.Filters, ["format"])</c>): a request with any other name is answered 400 naming it
/// and the accepted ones, instead of being served as if the parameter were not there (<c>limit=-1</c>, a mistyped
/// <c>date=</c>). A new parameter is one more name in the endpoint's list, or one more property of
/// <see cref="FilterParameters"/> / <see cref="PageParameters"/>, whose names are read from their <c>[FromQuery]</c>.
/// </summary>
public static class QueryParameters
{
    /// <summary>The filters of <see cref="FilterParameters"/>.</summary>
    public static IReadOnlyList<string> Filters { get; } = NamesOf<FilterParameters>();

    /// <summary>The paging and order of <see cref="PageParameters"/>.</summary>
    public static IReadOnlyList<string> Paging { get; } = NamesOf<PageParameters>();

    /// <summary>Refuses, with 400, a request to this endpoint that has a query parameter outside <paramref name="lists"/>.</summary>
    public static TBuilder AcceptsQuery<TBuilder>(this TBuilder builder, params IReadOnlyList<string>[] lists)
        where TBuilder : IEndpointConventionBuilder
    {
        // Model binding reads query names without regard to case, so the check does too.
        var accepted = new HashSet<string>(lists.SelectMany(l => l), StringComparer.OrdinalIgnoreCase);
        builder.AddEndpointFilter(async (context, next) =>
            Refusal(context.HttpContext.Request.Query.Keys, accepted) is { } refusal
                ? Problems.BadRequest(refusal)
                : await next(context));
        return builder;
    }

    /// <summary>The 400 message for the names not accepted, or null when every name is accepted.</summary>
    public static string? Refusal(IEnumerable<string> names, IReadOnlySet<string> accepted)
    {
        var unknown = names.Where(n => !accepted.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0) return null;
        var list = string.Join(", ", unknown.Select(n => $"\"{n}\""));
        var known = accepted.Count == 0 ? "this endpoint takes no query parameters"
            : "accepted: " + string.Join(", ", accepted.Order(StringComparer.Ordinal));
        return $"unknown query parameter{(unknown.Count == 1 ? "" : "s")} {list} ({known})";
    }

    private static string[] NamesOf<T>() =>
        typeof(T).GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name).OfType<string>().ToArray();
}
