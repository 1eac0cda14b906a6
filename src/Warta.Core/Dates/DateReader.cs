using Warta.Text;

namespace Warta.Dates;

/// <summary>
/// Reads one date expression starting at a token of a sentence and resolves it against the published date P.
/// A short-lived value made per sentence; the grammar, tried in order at each position after any lead words
/// (pada, tanggal, hari, on, in): relative phrase, anchored phrase, count (dua hari lalu), part of a month
/// (akhir Agustus), weekday with an optional explicit date after it, explicit date, and a year after a lead word.
/// </summary>
internal readonly struct DateReader(DateLexicon lexicon, bool namesNeedCapital, Document doc, int end, DateOnly p, DateOnly? anchor)
{
    private static readonly string[] PartNames = ["early", "mid", "late"];

    /// <summary>
    /// True when an expression starts at <paramref name="start"/>; <paramref name="mention"/> is null when it was read but
    /// cannot be resolved (the next day, with no earlier date), so the caller still skips its tokens.
    /// </summary>
    public bool TryRead(int start, out DateMention? mention, out int next)
    {
        var leads = DateLead.None;
        int j = start;
        for (int n = 0; n < 3 && j < end; n++)
        {
            if (TryCoreInCalendar(start, j, leads, out mention, out next)) return true;
            // Only pada/on/in opens before another lead word: "pada tanggal", never "bulan pada".
            if (leads is not DateLead.None and not DateLead.Any || lexicon.Match(doc, j, end, DateWordKind.Lead) is not { } lead) break;
            leads |= (DateLead)lead.Value;
            j += lead.Words.Length;
        }
        mention = null; next = start;
        return false;
    }

    /// <summary>
    /// <see cref="TryCore"/>, but an expression whose arithmetic leaves the calendar (a published date in year 1 or
    /// 9999, "besok" after 31 December 9999) is no date expression rather than an exception.
    /// </summary>
    private bool TryCoreInCalendar(int start, int j, DateLead leads, out DateMention? mention, out int next)
    {
        try
        {
            return TryCore(start, j, leads, out mention, out next);
        }
        catch (ArgumentOutOfRangeException)
        {
            mention = null; next = start;
            return false;
        }
    }

    private bool TryCore(int start, int j, DateLead leads, out DateMention? mention, out int next)
    {
        if ((leads & DateLead.Weekday) != 0 && TryWeekday(start, j, leads, out mention, out next)) return true;
        if (lexicon.Match(doc, j, end, DateWordKind.Relative) is { } relative)
        {
            next = j + relative.Words.Length;
            var (date, precision) = DateCalendar.Shift(p, relative.Value, relative.Unit);
            // "this weekend", "akhir pekan": the last one for a past clause, this week's for a future one.
            DateOnly? forward = relative is { Unit: 'e', Value: 0 } && DateCalendar.WeekendForward(p) != date ? DateCalendar.WeekendForward(p) : null;
            mention = new DateMention(start, next, date, precision, DateSource.Text, "relative", forward);
            return true;
        }
        if (lexicon.Match(doc, j, end, DateWordKind.Anchored) is { } anchored)
        {
            next = j + anchored.Words.Length;
            mention = FromAnchor(start, next, anchored.Value, anchored.Unit, "anchored");
            return true;
        }
        if (TryCount(start, j, out mention, out next)) return true;
        if (TryPart(start, j, out mention, out next)) return true;
        if (TryWeekday(start, j, leads, out mention, out next)) return true;
        if (TryExplicit(start, j, leads, 0, out mention, out next)) return true;
        // A bare number is a year only after pada/on/in ("pada tahun 2022", "in 2022"), not in "anggaran tahun 2022".
        if ((leads & DateLead.Any) != 0 && YearAt(j) is { } year)
        {
            next = j + 1;
            mention = new DateMention(start, next, new DateOnly(year, 1, 1), DatePrecision.Year, DateSource.Text, "year");
            return true;
        }
        mention = null; next = start;
        return false;
    }

    /// <summary>dua hari lalu, 3 days ago, sehari kemudian, two days later, seminggu sebelumnya.</summary>
    private bool TryCount(int start, int j, out DateMention? mention, out int next)
    {
        mention = null; next = start;
        int count, k;
        char unit;
        if (lexicon.Match(doc, j, end, DateWordKind.Fused) is { } fused) (count, unit, k) = (fused.Value, fused.Unit, j + fused.Words.Length);
        else
        {
            if (!CountAt(j, out count, out k) || lexicon.Match(doc, k, end, DateWordKind.Unit) is not { } u) return false;
            unit = u.Unit;
            k += u.Words.Length;
        }
        if (lexicon.Match(doc, k, end, DateWordKind.Ago) is { } ago)
        {
            next = k + ago.Words.Length;
            var (date, precision) = DateCalendar.Shift(p, -count, unit);
            mention = new DateMention(start, next, date, precision, DateSource.Text, "ago");
            return true;
        }
        var later = lexicon.Match(doc, k, end, DateWordKind.Later);
        var earlier = later is null ? lexicon.Match(doc, k, end, DateWordKind.Earlier) : null;
        if ((later ?? earlier) is not { } direction) return false;
        next = k + direction.Words.Length;
        mention = FromAnchor(start, next, later is null ? -count : count, unit, later is null ? "earlier" : "later");
        return true;
    }

    /// <summary>awal Januari, akhir bulan Agustus 2021, late August, akhir bulan lalu, end of last year, akhir tahun 2021.</summary>
    private bool TryPart(int start, int j, out DateMention? mention, out int next)
    {
        mention = null; next = start;
        if (lexicon.Match(doc, j, end, DateWordKind.Part) is not { } part) return false;
        string rule = "part-" + PartNames[part.Value];
        int k = j + part.Words.Length;
        var lead = lexicon.Match(doc, k, end, DateWordKind.Lead);
        int afterLead = lead is null ? k : k + lead.Words.Length;
        if (MonthAt(afterLead, allowAbbreviation: false) is { } month)
        {
            next = afterLead + 1;
            if (YearAt(next) is { } year)
            {
                mention = new DateMention(start, next + 1, new DateOnly(year, month, 1), DatePrecision.Month, DateSource.Text, rule + "-month");
                next++;
            }
            else mention = MonthMention(start, next, month, rule + "-month", out next);
            return true;
        }
        if (lexicon.Match(doc, k, end, DateWordKind.Relative) is { Unit: 'm' or 'y' } relative)
        {
            next = k + relative.Words.Length;
            var (date, precision) = DateCalendar.Shift(p, relative.Value, relative.Unit);
            mention = new DateMention(start, next, date, precision, DateSource.Text, rule + "-relative");
            return true;
        }
        if (YearAt(afterLead) is { } alone)
        {
            next = afterLead + 1;
            mention = new DateMention(start, next, new DateOnly(alone, 1, 1), DatePrecision.Year, DateSource.Text, rule + "-year");
            return true;
        }
        return false;
    }

    /// <summary>Selasa, hari Selasa, Selasa lalu, last Friday, Rabu malam, 11 April 2012, Selasa (14/3): a date after it wins.</summary>
    private bool TryWeekday(int start, int j, DateLead leads, out DateMention? mention, out int next)
    {
        mention = null; next = start;
        var before = lexicon.Match(doc, j, end, DateWordKind.ModBefore);
        int k = before is null ? j : j + before.Words.Length;
        if (lexicon.Match(doc, k, end, DateWordKind.Weekday) is not { } weekday)
            return before is not null && TryExplicit(start, k, leads, 0, out mention, out next, before.Value, strictPast: true);
        bool named = IsCapitalised(k) || (!namesNeedCapital && ((leads & DateLead.Weekday) != 0 || NumericFollows(k + 1)));
        if (!named) return false;
        k += weekday.Words.Length;
        var after = before is null ? lexicon.Match(doc, k, end, DateWordKind.ModAfter) : null;
        if (after is not null) k += after.Words.Length;
        if (lexicon.Match(doc, k, end, DateWordKind.Daypart) is { } daypart) k += daypart.Words.Length;
        int e = k < end && Is(k, ",") ? k + 1 : k;
        if (TryExplicit(start, e, leads | DateLead.Day, weekday.Value, out mention, out next)) return true;
        next = k;
        int? direction = before?.Value ?? after?.Value;
        var past = DateCalendar.WeekdayPast(p, weekday.Value, strict: direction == -1);
        var forward = DateCalendar.WeekdayForward(p, weekday.Value, strict: direction == 1);
        var date = direction == 1 ? forward : past;
        DateOnly? alternative = direction is null or 0 && forward != past ? forward : null;
        mention = new DateMention(start, next, date, DatePrecision.Day, DateSource.Text, "weekday", alternative);
        return true;
    }

    /// <summary>
    /// (14/3), 14/3/2023, 2022-10-04, 4 Oktober [2022], October 4[, 2022], Oktober 2022, Oktober; then lalu/mendatang.
    /// <paramref name="weekday"/> (ISO, 0 none) picks the year of a date without one; <paramref name="direction"/> comes
    /// from a modifier before it (last October).
    /// </summary>
    private bool TryExplicit(int start, int j, DateLead leads, int weekday, out DateMention? mention, out int next, int? direction = null,
        bool strictPast = false)
    {
        mention = null; next = start;
        if (j >= end) return false;
        int numeric = Is(j, "(") && j + 2 < end && Kind(j + 1) == TokenKind.Date && Is(j + 2, ")") ? j + 1
            : Kind(j) == TokenKind.Date ? j : -1;
        if (numeric >= 0)
        {
            if (!NumericDate.TryParse(TextOf(numeric), lexicon.DayFirst, p, out int y, out int m, out int d)) return false;
            bool trusted = y > 0 || numeric > j || weekday != 0 || (leads & DateLead.Day) != 0;
            if (!trusted) return false;
            int after = numeric > j ? j + 3 : j + 1;
            return TryDay(start, after, y, m, d, weekday, "numeric", direction, out mention, out next);
        }
        if (DayAt(j) is { } day && MonthAt(j + 1, allowAbbreviation: true) is { } month)
        {
            int k = j + 2;
            int year = YearAt(k) is { } y ? y : 0;
            if (year == 0 && !lexicon.DayFirst && k + 1 < end && Is(k, ",") && YearAt(k + 1) is { } afterComma) (year, k) = (afterComma, k + 1);
            return TryDay(start, year > 0 ? k + 1 : k, year, month, day, weekday, year > 0 ? "day-month-year" : "day-month", direction, out mention, out next);
        }
        if (MonthAt(j, allowAbbreviation: true) is not { } named) return false;
        if (!lexicon.DayFirst && DayAt(j + 1) is { } dayAfter)
        {
            int k = j + 2;
            int year = k + 1 < end && Is(k, ",") && YearAt(k + 1) is { } y ? y : YearAt(k) ?? 0;
            int after = year == 0 ? k : Is(k, ",") ? k + 2 : k + 1;
            return TryDay(start, after, year, named, dayAfter, weekday, year > 0 ? "month-day-year" : "month-day", direction, out mention, out next);
        }
        if (YearAt(j + 1) is { } monthYear)
        {
            next = j + 2;
            mention = new DateMention(start, next, new DateOnly(monthYear, named, 1), DatePrecision.Month, DateSource.Text, "month-year");
            return true;
        }
        if (MonthAt(j, allowAbbreviation: false) is null) return false;
        mention = MonthMention(start, j + 1, named, "month", out next, direction, strictPast);
        return true;
    }

    /// <summary>A day and month (and year when given) resolved against P, the weekday and any lalu/mendatang after it.</summary>
    private bool TryDay(int start, int k, int year, int month, int day, int weekday, string rule, int? direction,
        out DateMention? mention, out int next)
    {
        mention = null; next = start;
        if (year > 0)
        {
            if (DateCalendar.TryDate(year, month, day) is not { } exact) return false;
            next = k;
            mention = new DateMention(start, next, exact, DatePrecision.Day, DateSource.Text, rule);
            return true;
        }
        if (DateCalendar.DayMonthPast(p, month, day) is not { } past || DateCalendar.DayMonthForward(p, month, day) is not { } forward)
            return false;
        next = k;
        direction ??= ModifierAfter(ref next);
        if (weekday != 0 && MatchingYear(month, day, weekday, past, forward) is { } checkedDate)
        {
            mention = new DateMention(start, next, checkedDate, DatePrecision.Day, DateSource.Text, rule + "+weekday");
            return true;
        }
        mention = direction switch
        {
            -1 => new DateMention(start, next, past, DatePrecision.Day, DateSource.Text, rule),
            1 => new DateMention(start, next, forward, DatePrecision.Day, DateSource.Text, rule),
            0 when DateCalendar.TryDate(p.Year, month, day) is { } thisYear => new DateMention(start, next, thisYear, DatePrecision.Day, DateSource.Text, rule),
            _ => new DateMention(start, next, past, DatePrecision.Day, DateSource.Text, rule, forward != past ? forward : null),
        };
        return true;
    }

    /// <summary>A month without a year; <paramref name="strictPast"/> for "last October", which said in October means a year ago.</summary>
    private DateMention MonthMention(int start, int k, int month, string rule, out int next, int? direction = null, bool strictPast = false)
    {
        next = k;
        direction ??= ModifierAfter(ref next);
        var past = DateCalendar.MonthPast(p, month);
        var forward = DateCalendar.MonthForward(p, month);
        return direction switch
        {
            -1 => new DateMention(start, next, strictPast && past.Month == p.Month && past.Year == p.Year ? past.AddYears(-1) : past,
                DatePrecision.Month, DateSource.Text, rule),
            1 => new DateMention(start, next, forward, DatePrecision.Month, DateSource.Text, rule),
            0 => new DateMention(start, next, new DateOnly(p.Year, month, 1), DatePrecision.Month, DateSource.Text, rule),
            _ => new DateMention(start, next, past, DatePrecision.Month, DateSource.Text, rule, forward != past ? forward : null),
        };
    }

    /// <summary>The year among the past reading, the forward one and the years from P−2 to P+1 whose weekday agrees, if any.</summary>
    private DateOnly? MatchingYear(int month, int day, int weekday, DateOnly past, DateOnly forward)
    {
        if (DateCalendar.IsoWeekday(past) == weekday) return past;
        if (DateCalendar.IsoWeekday(forward) == weekday) return forward;
        for (int y = p.Year - 2; y <= p.Year + 1; y++)
            if (DateCalendar.TryDate(y, month, day) is { } d && DateCalendar.IsoWeekday(d) == weekday) return d;
        return null;
    }

    /// <summary>lalu / mendatang / ini after an expression: its direction, extending <paramref name="next"/> over it.</summary>
    private int? ModifierAfter(ref int next)
    {
        if (lexicon.Match(doc, next, end, DateWordKind.ModAfter) is not { } modifier) return null;
        next += modifier.Words.Length;
        return modifier.Value;
    }

    private DateMention? FromAnchor(int start, int next, int count, char unit, string rule)
    {
        if (anchor is not { } from) return null;
        var (date, precision) = DateCalendar.ShiftFromDay(from, count, unit);
        return new DateMention(start, next, date, precision, DateSource.TextRelative, rule);
    }

    private bool CountAt(int i, out int count, out int next)
    {
        if (lexicon.Match(doc, i, end, DateWordKind.Number) is { } word) { (count, next) = (word.Value, i + word.Words.Length); return true; }
        next = i + 1;
        return PlainNumber(i, 3, out count) && count is >= 1 and <= 999;
    }

    private int? MonthAt(int i, bool allowAbbreviation)
    {
        if (i >= end) return null;
        var month = lexicon.Match(doc, i, end, DateWordKind.Month)
            ?? (allowAbbreviation ? lexicon.Match(doc, i, end, DateWordKind.MonthAbbr) : null);
        if (month is null || month.Words.Length != 1) return null;
        if (doc.TokenRows[i].Pos is Upos.AUX or Upos.VERB) return null;
        if (namesNeedCapital && !IsCapitalised(i)) return null;
        return month.Value;
    }

    /// <summary>A day of the month: 1–2 digits, 1..31, or an English ordinal (4th, 21st).</summary>
    private int? DayAt(int i)
    {
        if (i >= end) return null;
        var s = TextOf(i);
        int digits = 0, value = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) value = value * 10 + (s[digits++] - '0');
        if (digits is < 1 or > 2 || value is < 1 or > 31) return null;
        var rest = s[digits..];
        return rest.Length == 0 || lexicon.IsOrdinalSuffix(rest) ? value : null;
    }

    private int? YearAt(int i) => PlainNumber(i, 4, out int year) && TextOf(i).Length == 4 && year is >= 1800 and <= 2100 ? year : null;

    private bool PlainNumber(int i, int maxDigits, out int value)
    {
        value = 0;
        if (i >= end || Kind(i) != TokenKind.Number) return false;
        var s = TextOf(i);
        if (s.Length > maxDigits) return false;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private bool NumericFollows(int i) => i + 1 < end && Is(i, "(") && Kind(i + 1) == TokenKind.Date;

    private bool IsCapitalised(int i) => char.IsUpper(TextOf(i)[0]);

    private bool Is(int i, string text) => TextOf(i).SequenceEqual(text);

    private TokenKind Kind(int i) => doc.TokenRows[i].Kind;

    private ReadOnlySpan<char> TextOf(int i)
    {
        ref readonly var row = ref doc.TokenRows[i];
        return doc.Text.AsSpan(row.Start, row.End - row.Start);
    }
}
