using Warta.Coding;

namespace Warta.Web.Api;

/// <summary>
/// Finds the characters of an event's source and target in the document. <see cref="EventRecord"/> keeps the trigger's
/// offsets but only the actors' words, so the actor is searched for in the event's sentence, taking the occurrence
/// nearest the trigger. An actor carried over from an earlier sentence (or written differently) is not found: null.
/// </summary>
public static class ActorSpanLocator
{
    /// <summary>How far around the trigger to look when the sentence itself cannot be found in the text.</summary>
    private const int FallbackWindow = 400;

    public static EventHighlight Locate(string text, EventRecord e)
    {
        var trigger = new CharRange(Math.Clamp(e.Evidence.Start, 0, text.Length), Math.Clamp(e.Evidence.End, 0, text.Length));
        var sentence = SentenceRange(text, e.Sentence, trigger);
        return new EventHighlight(trigger, Find(text, sentence, trigger, e.Source), Find(text, sentence, trigger, e.Target));
    }

    private static CharRange SentenceRange(string text, string sentence, CharRange trigger)
    {
        if (sentence.Length > 0)
        {
            for (var at = text.IndexOf(sentence, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(sentence, at + 1, StringComparison.Ordinal))
            {
                if (at > trigger.Start) break;
                if (at + sentence.Length >= trigger.End) return new CharRange(at, at + sentence.Length);
            }
        }
        return new CharRange(Math.Max(0, trigger.Start - FallbackWindow), Math.Min(text.Length, trigger.End + FallbackWindow));
    }

    private static CharRange? Find(string text, CharRange within, CharRange trigger, EventActor? actor)
    {
        if (actor is null || string.IsNullOrWhiteSpace(actor.Text)) return null;
        return Nearest(text, within, trigger, actor.Text, StringComparison.Ordinal)
               ?? Nearest(text, within, trigger, actor.Text, StringComparison.OrdinalIgnoreCase);
    }

    private static CharRange? Nearest(string text, CharRange within, CharRange trigger, string words, StringComparison comparison)
    {
        CharRange? best = null;
        var bestDistance = int.MaxValue;
        var end = within.End;
        for (var at = text.IndexOf(words, within.Start, end - within.Start, comparison); at >= 0;
             at = at + 1 < end ? text.IndexOf(words, at + 1, end - at - 1, comparison) : -1)
        {
            var range = new CharRange(at, at + words.Length);
            if (range.End > end) break;
            if (range.Start < trigger.End && trigger.Start < range.End) continue;   // the trigger's own words
            var distance = range.End <= trigger.Start ? trigger.Start - range.End : range.Start - trigger.End;
            if (distance < bestDistance) (best, bestDistance) = (range, distance);
        }
        return best;
    }
}
