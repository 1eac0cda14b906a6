namespace Warta.Dates;

/// <summary>How an event's date was decided, written to the output as <c>date_from</c>.</summary>
public enum DateSource : byte
{
    /// <summary>The clause names the date (pada 4 Oktober, Selasa (14/3), on Friday, last week).</summary>
    Text,
    /// <summary>A date relative to an earlier date of the text (sehari kemudian, the next day).</summary>
    TextRelative,
    /// <summary>No date in the clause: the document's published date.</summary>
    Published,
}

/// <summary>How precise a resolved date is; the date itself is the first day of a vaguer span (a weekend's is its Saturday).</summary>
public enum DatePrecision : byte { Day, Week, Month, Year, Weekend }

/// <summary>
/// A date expression found in a sentence and resolved to a calendar date. Token indexes are document-wide
/// and half-open. <see cref="Rule"/> names the pattern that matched, for <c>explain</c>.
/// <see cref="Date"/> reads an expression without a year (23 Agustus, Friday, in December) as past news;
/// <see cref="Forward"/>, when set, is its forward reading for a clause the coder knows is future (akan, will).
/// </summary>
public readonly record struct DateMention(int FirstToken, int EndToken, DateOnly Date, DatePrecision Precision,
    DateSource Source, string Rule, DateOnly? Forward = null)
{
    /// <summary>This mention for a future (<paramref name="future"/> true) or past/neutral clause.</summary>
    public DateMention For(bool future) =>
        future && Forward is { } forward ? this with { Date = forward, Forward = null } : this;
}
