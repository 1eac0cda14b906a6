using System.Globalization;
using Warta.Input;
using Warta.Languages;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>Turns query-string text into store queries; a bad value gives an error naming the parameter.</summary>
public static class FilterParser
{
    public static EventFilter? Parse(FilterParameters p, out string? error)
    {
        error = null;
        if (!TryDate(p.From, "from", out var from, ref error) || !TryDate(p.To, "to", out var to, ref error)) return null;
        if (from is { } f && to is { } t && f > t)
        {
            error = $"\"from\" {f:yyyy-MM-dd} is after \"to\" {t:yyyy-MM-dd}";
            return null;
        }
        (string, string)? dyad = null;
        if (!string.IsNullOrWhiteSpace(p.Dyad))
        {
            var parts = p.Dyad.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                error = $"\"dyad\" '{p.Dyad}' must be two actors separated by a comma, e.g. RUS,KAZ";
                return null;
            }
            dyad = (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
        }
        var root = Blank(p.Root);
        if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
        {
            error = $"\"root\" '{root}' must be a two-digit CAMEO root such as 11";
            return null;
        }
        var cameo = Blank(p.Cameo);
        if (cameo is not null && (cameo.Length > 4 || !cameo.All(char.IsAsciiDigit)))
        {
            error = $"\"cameo\" '{cameo}' must be a CAMEO code or prefix of digits such as 111";
            return null;
        }
        int? quad = null;
        if (Blank(p.Quad) is { } q)
        {
            if (!int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 4)
            {
                error = $"\"quad\" '{q}' must be a QuadClass from 1 to 4";
                return null;
            }
            quad = value;
        }
        string? lang = null;
        if (Blank(p.Lang) is { } l)
        {
            if (!LanguageCodes.TryParse(l, out var language))
            {
                error = $"unknown \"lang\" '{l}': use id or en";
                return null;
            }
            lang = language.ToCode();
        }
        if (!TryBool(p.All, "all", false, out var all, ref error) || !TryBool(p.Syndicated, "syndicated", false, out var syndicated, ref error))
            return null;
        return new EventFilter
        {
            From = from, To = to, Actor = Upper(p.Actor), Source = Upper(p.Source), Target = Upper(p.Target), Dyad = dyad,
            Root = root, Cameo = cameo, Quad = quad, Language = lang, Outlet = Blank(p.Outlet),
            IncludeAll = all, IncludeSyndicated = syndicated,
        };
    }

    public static EventQuery? ParseQuery(FilterParameters filters, PageParameters paging, int maxPageSize, out string? error)
    {
        if (Parse(filters, out error) is not { } filter) return null;
        if (!TryInt(paging.Page, "page", 1, int.MaxValue, 1, out var page, ref error)
            || !TryInt(paging.PageSize, "page_size", 1, maxPageSize, 50, out var pageSize, ref error)
            || !TryBool(paging.Desc, "desc", true, out var descending, ref error))
            return null;
        var sort = EventSort.Date;
        if (Blank(paging.Sort) is { } s && !Enum.TryParse(s, ignoreCase: true, out sort))
        {
            error = $"\"sort\" '{s}' must be one of date, cameo, goldstein, source, target, articles";
            return null;
        }
        return new EventQuery(filter, page, pageSize, sort, descending);
    }

    public static bool TryDate(string? text, string name, out DateOnly? date, ref string? error)
    {
        date = null;
        if (Blank(text) is not { } value) return true;
        if (PublishedDate.TryParse(value, out var parsed))
        {
            date = parsed;
            return true;
        }
        error = $"\"{name}\" '{value}' is not a date: write it as YYYY-MM-DD";
        return false;
    }

    public static bool TryBool(string? text, string name, bool fallback, out bool value, ref string? error)
    {
        value = fallback;
        switch (Blank(text)?.ToLowerInvariant())
        {
            case null: return true;
            case "true" or "1" or "yes": value = true; return true;
            case "false" or "0" or "no": value = false; return true;
            default:
                error = $"\"{name}\" '{text}' must be true or false";
                return false;
        }
    }

    private static bool TryInt(string? text, string name, int min, int max, int fallback, out int value, ref string? error)
    {
        value = fallback;
        if (Blank(text) is not { } s) return true;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = $"\"{name}\" '{s}' must be a whole number from {min} to {max}";
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Upper(string? text) => Blank(text)?.ToUpperInvariant();
}
