using System.Collections.Frozen;
using Warta.Data;
using Warta.Errors;
using Warta.Languages;
using Warta.Text;

namespace Warta.Dates;

/// <summary>What a word or phrase of <c>dates.tsv</c> is to the date finder.</summary>
internal enum DateWordKind : byte
{
    Month, MonthAbbr, Weekday, Relative, Anchored, Number, Fused, Unit, Ago, Later, Earlier, Part, ModAfter, ModBefore,
    Daypart, Lead,
}

/// <summary>Which lead word opened an expression ("pada", "tanggal", "hari", "bulan", "tahun", "on", "in").</summary>
[Flags]
internal enum DateLead : byte { None = 0, Any = 1, Day = 2, Weekday = 4, Month = 8, Year = 16 }

/// <summary>
/// One entry of <c>dates.tsv</c>: its words, and a value whose meaning depends on the kind (month 1..12, ISO weekday,
/// a count with its <see cref="Unit"/> d/w/m/y (e, a weekend, only in an offset), a part 0 early / 1 mid / 2 late, a direction -1 past / 0 this / +1 next,
/// or a <see cref="DateLead"/>).
/// </summary>
internal sealed record DateWord(DateWordKind Kind, string[] Words, int Value, char Unit);

/// <summary>
/// The date words of one language, keyed by their first word (case-insensitive), longest phrase first, so the finder
/// matches a token with one hash lookup on its span and never allocates.
/// </summary>
internal sealed class DateLexicon
{
    private readonly FrozenDictionary<string, DateWord[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalSuffixes;

    private DateLexicon(FrozenDictionary<string, DateWord[]> byFirstWord, bool dayFirst, FrozenSet<string> ordinalSuffixes)
    {
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinalSuffixes = ordinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        DayFirst = dayFirst;
        Count = byFirstWord.Values.Sum(v => v.Length);
    }

    /// <summary>True when numeric dates are day/month (14/3), false for month/day (3/14).</summary>
    public bool DayFirst { get; }
    public int Count { get; }

    public static DateLexicon Load(DataDirectory data, Language language)
    {
        var path = data.File(language, "dates.tsv");
        var name = Path.GetRelativePath(data.Root, path);
        var entries = new List<DateWord>();
        bool? dayFirst = null;
        var ordinalSuffixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in data.ReadTable(path))
        {
            if (fields.Length != 3 || fields[1].Trim().Length == 0)
                throw Invalid(name, line, "expected 3 tab-separated columns: kind, phrase, value");
            var (kind, phrase, value) = (fields[0], fields[1].Trim(), fields[2].Trim());
            if (kind == "order")
            {
                dayFirst = phrase switch
                {
                    "dmy" => true, "mdy" => false, _ => throw Invalid(name, line, $"order '{phrase}' is not dmy or mdy"),
                };
                continue;
            }
            if (kind == "ordinal-suffix")
            {
                ordinalSuffixes.Add(phrase);
                continue;
            }
            entries.Add(Parse(kind, phrase, value) ?? throw Invalid(name, line, $"'{kind}' with value '{value}' is not a known kind and value"));
        }
        if (dayFirst is null) throw Invalid(name, 0, "no 'order' line (dmy or mdy)");
        var byFirst = entries
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new DateLexicon(byFirst, dayFirst.Value, ordinalSuffixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether the letters after a day number make it an ordinal (the 3rd, 21st).</summary>
    public bool IsOrdinalSuffix(ReadOnlySpan<char> letters) => _ordinalSuffixes.Contains(letters);

    /// <summary>True when some entry starts with the token's text: the finder's quick reject.</summary>
    public bool Starts(ReadOnlySpan<char> token) => _byFirstWord.ContainsKey(token);

    /// <summary>The longest entry of <paramref name="kind"/> whose words are the tokens from <paramref name="i"/> on.</summary>
    public DateWord? Match(Document doc, int i, int end, DateWordKind kind)
    {
        if (i >= end || !_byFirstWord.TryGetValue(Text(doc, i), out var candidates)) return null;
        foreach (var word in candidates)
        {
            if (word.Kind != kind || i + word.Words.Length > end) continue;
            bool all = true;
            for (int k = 1; k < word.Words.Length && all; k++)
                all = Text(doc, i + k).Equals(word.Words[k], StringComparison.OrdinalIgnoreCase);
            if (all) return word;
        }
        return null;
    }

    private static ReadOnlySpan<char> Text(Document doc, int i)
    {
        ref readonly var row = ref doc.TokenRows[i];
        return doc.Text.AsSpan(row.Start, row.End - row.Start);
    }

    private static DateWord? Parse(string kind, string phrase, string value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DateWord? Make(DateWordKind k, int v, char unit = '-') => new DateWord(k, words, v, unit);
        return kind switch
        {
            "month" => Int(value, 1, 12) is { } m ? Make(DateWordKind.Month, m) : null,
            "month-abbr" => Int(value, 1, 12) is { } m ? Make(DateWordKind.MonthAbbr, m) : null,
            "weekday" => Int(value, 1, 7) is { } d ? Make(DateWordKind.Weekday, d) : null,
            "number" => Int(value, 1, 100) is { } n ? Make(DateWordKind.Number, n) : null,
            "relative" => Offset(value) is var (n, u) && u != '\0' ? Make(DateWordKind.Relative, n, u) : null,
            "anchored" => Offset(value) is var (n, u) && u != '\0' ? Make(DateWordKind.Anchored, n, u) : null,
            "fused" => Offset(value) is var (n, u) && u != '\0' ? Make(DateWordKind.Fused, n, u) : null,
            "unit" => value is "d" or "w" or "m" or "y" ? Make(DateWordKind.Unit, 0, value[0]) : null,
            "ago" => Make(DateWordKind.Ago, 0),
            "later" => Make(DateWordKind.Later, 0),
            "earlier" => Make(DateWordKind.Earlier, 0),
            "daypart" => Make(DateWordKind.Daypart, 0),
            "part" => value switch
            {
                "early" => Make(DateWordKind.Part, 0), "mid" => Make(DateWordKind.Part, 1), "late" => Make(DateWordKind.Part, 2), _ => null,
            },
            "mod-after" or "mod-before" => Direction(value) is { } dir
                ? Make(kind == "mod-after" ? DateWordKind.ModAfter : DateWordKind.ModBefore, dir) : null,
            "lead" => value switch
            {
                "any" => Make(DateWordKind.Lead, (int)DateLead.Any),
                "day" => Make(DateWordKind.Lead, (int)DateLead.Day),
                "weekday" => Make(DateWordKind.Lead, (int)DateLead.Weekday),
                "month" => Make(DateWordKind.Lead, (int)DateLead.Month),
                "year" => Make(DateWordKind.Lead, (int)DateLead.Year),
                _ => null,
            },
            _ => null,
        };
    }

    private static int? Int(string s, int min, int max) => int.TryParse(s, out int v) && v >= min && v <= max ? v : null;

    private static int? Direction(string s) => s switch { "past" => -1, "this" => 0, "next" => 1, _ => null };

    /// <summary>"-1d", "0w", "+2d", "-1e" (a weekend) → (count, unit); unit '\0' when malformed.</summary>
    private static (int, char) Offset(string s) =>
        s.Length >= 2 && s[^1] is 'd' or 'w' or 'e' or 'm' or 'y' && int.TryParse(s.AsSpan(0, s.Length - 1), out int n) ? (n, s[^1]) : (0, '\0');

    private static WartaException Invalid(string file, int line, string message) =>
        new(ErrorCodes.DictionaryInvalid, new DictionaryProblem(file, line, message).ToString());
}
