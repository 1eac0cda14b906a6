namespace Warta.Dates;

/// <summary>Choosing among a sentence's date mentions: the one a clause's event takes, and the anchor text carries on.</summary>
public static class DateSelection
{
    /// <summary>
    /// The date of a clause [<paramref name="clauseStart"/>, <paramref name="clauseEnd"/>) whose event word is
    /// <paramref name="trigger"/>: a mention inside the clause (the nearest to the trigger when several), else the
    /// nearest mention that ends at or before the trigger, else none (the caller falls back to the published date).
    /// </summary>
    public static DateMention? ForClause(IReadOnlyList<DateMention> mentions, int clauseStart, int clauseEnd, int trigger)
    {
        DateMention? inside = null, before = null;
        int insideDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (m.FirstToken >= clauseStart && m.EndToken <= clauseEnd)
            {
                int distance = m.EndToken <= trigger ? trigger - m.EndToken : Math.Max(0, m.FirstToken - trigger);
                if (distance < insideDistance) (inside, insideDistance) = (m, distance);
            }
            else if (m.EndToken <= trigger && (before is null || m.EndToken > before.Value.EndToken))
                before = m;
        }
        return inside ?? before;
    }

    /// <summary>
    /// The anchor for the next sentence's "sehari kemudian" / "the next day": the last day-precise date the text gave
    /// (its own dates and ones relative to them), else <paramref name="anchor"/> unchanged.
    /// </summary>
    public static DateOnly? NextAnchor(IReadOnlyList<DateMention> mentions, DateOnly? anchor)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].Precision == DatePrecision.Day && mentions[i].Source != DateSource.Published) return mentions[i].Date;
        return anchor;
    }
}
