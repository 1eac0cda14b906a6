namespace Warta.Coding;

/// <summary>
/// How the coder chose an event's date among the dates of its sentence and story, written to the output as
/// <c>date_rule</c> (docs/dates.md, "Which date an event takes"). <see cref="Warta.Dates.DateSource"/> says what kind of
/// words gave the date; this says which rule tied those words to the event.
/// </summary>
public enum DateRule : byte
{
    /// <summary>A date inside the event's own clause (or the nearest before its verb): "arrested two activists on Friday".</summary>
    Clause,
    /// <summary>A date later in the sentence that no other coded verb holds: "exchanged fire near the temple on Tuesday".</summary>
    LaterInSentence,
    /// <summary>
    /// The act is reported by a dated speech verb after it ("X did Y, officials said on Thursday"): it happened no later
    /// than the report, and the event takes the day before the report's day.
    /// </summary>
    BeforeReport,
    /// <summary>A quote without a date takes its attribution's ("“…,” kata X, kemarin").</summary>
    QuoteAttribution,
    /// <summary>
    /// An event noun with a demonstrative in a clause with no date ("agreed during the call") takes the day the same noun
    /// was named with earlier in the story ("in a phone call on Tuesday").
    /// </summary>
    EventNoun,
    /// <summary>An intent, threat or refusal is dated when the control verb states it ("agreed on Monday to meet next year").</summary>
    ControlVerb,
    /// <summary>The sentence names no date for it: the latest day-precise date of an earlier sentence of the story.</summary>
    Story,
    /// <summary>No date anywhere before it in the story: the published date.</summary>
    Published,
}

/// <summary>The date an event takes (null: the published date) and the rule that chose it.</summary>
internal readonly record struct EventDate(Warta.Dates.DateMention? Mention, DateRule Rule);
