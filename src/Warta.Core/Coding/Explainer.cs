using System.Globalization;
using System.Runtime.CompilerServices;
using Warta.Actors;
using Warta.Clauses;
using Warta.Dates;
using Warta.Events;
using Warta.Languages;
using Warta.Morphology;
using Warta.Output.Events;
using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// Writes, for a text, every decision the coder made: tokens and tags, actor mentions, dates, each clause with its
/// arguments, the lexicon rule that fired (or that none did), the rules for the same predicate that did not and why,
/// and the events with the actor rules that chose their parties. What <c>warta explain</c> prints: only what the
/// coding stages recorded during the run (<see cref="CodingRecord"/>), never a second computation.
/// </summary>
public sealed class Explainer(EventCoder coder)
{
    public void Explain(NewsDocument document, TextWriter output) => Write(Run(document), output);

    /// <summary>Codes the document once and keeps what the run recorded; <see cref="Write"/> prints it and recomputes no event.</summary>
    public Explanation Run(NewsDocument document)
    {
        var (coded, record) = coder.CodeWithRecord(document);
        return new Explanation(coded, record);
    }

    public void Write(Explanation explanation, TextWriter output)
    {
        var (coded, record) = explanation;
        var trace = record.Trace;
        var document = coded.Input;
        var doc = coded.Analysis;
        var published = document.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var language = coder.Resources.For(doc.Language);
        output.WriteLine($"language: {doc.Language.ToCode()}{(doc.LanguageWasGiven ? " (given)" : " (identified)")}   published: {published:yyyy-MM-dd}{(document.Published is null ? " (today: none given)" : "")}   home country: {record.HomeCountry ?? "none"}");
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.GetSentence(s);
            output.WriteLine();
            output.WriteLine($"sentence {s}: {sentence.Text}");
            WriteTokens(doc, sentence, output);
            var recorded = record.Sentences[s];
            var mentions = recorded?.Mentions ?? [];
            output.WriteLine(recorded is { IsDateline: true } ? "  mentions (dateline: where the story is from; not coded):" : "  mentions:");
            if (mentions.Count == 0) output.WriteLine("    (none)");
            foreach (var m in mentions)
                output.WriteLine($"    {Span(doc, m.FirstToken, m.EndToken)} → {m.Actor} [{m.Kind.ToString().ToLowerInvariant()}, {m.Why}]");
            var dates = recorded?.Dates ?? [];
            if (dates.Count > 0)
            {
                output.WriteLine("  dates:");
                foreach (var d in dates)
                    output.WriteLine($"    {Span(doc, d.FirstToken, d.EndToken)} → {d.Date:yyyy-MM-dd} [{d.Precision.ToString().ToLowerInvariant()}, {d.Rule}]");
            }
            output.WriteLine("  clauses:");
            bool any = false;
            foreach (var t in trace.Where(t => t.Sentence == s))
            {
                any = true;
                WriteClause(doc, t, language.Lexicon, output);
            }
            if (!any) output.WriteLine("    (no verb and no event noun)");
            output.WriteLine("  events:");
            var events = coded.Events.Where(e => e.SentenceIndex == s).ToList();
            if (events.Count == 0) output.WriteLine("    (none)");
            foreach (var e in events) output.WriteLine(EventLine(e));
        }
    }

    /// <summary>How an event is printed under "events:", indented as printed.</summary>
    public static string EventLine(EventRecord e) => string.Create(CultureInfo.InvariantCulture,
        $"    {e.Date:yyyy-MM-dd} ({e.DateFrom.ToString().ToLowerInvariant()}{DateRuleText(e)}) {e.Source.Code} {e.Cameo} {e.Target?.Code ?? "-"}  {e.CameoName}  [{e.Modality}]  rule {e.Rule}{ActorRuleText(e)}  evidence \"{e.Evidence.Trigger}\"");

    private static string DateRuleText(EventRecord e) =>
        e.DateRule is { } rule ? $", {EventFields.DateRule(rule)}, {EventFields.DatePrecision(e.DatePrecision ?? DatePrecision.Day)}" : "";

    private static string ActorRuleText(EventRecord e) =>
        e.ActorRule is { } r ? $"  actors by {r.Source ?? "-"} → {r.Target ?? "-"}" : "";

    private static void WriteTokens(Document doc, Sentence sentence, TextWriter output)
    {
        output.WriteLine("  tokens:");
        foreach (var token in sentence.Tokens)
        {
            var morph = token.Morph;
            var voice = token.Voice == Voice.None ? "" : " voice=" + token.Voice.ToString().ToLowerInvariant();
            output.WriteLine($"    {token.Index,4} {token.Form,-22} {token.Pos,-6} {morph?.Lemma ?? "_"}{voice}");
        }
    }

    private void WriteClause(Document doc, ClauseTrace trace, EventLexicon lexicon, TextWriter output)
    {
        var c = trace.Clause;
        var head = doc[c.Predicate];
        output.WriteLine($"    {(c.IsNominal ? "noun" : "verb")} '{head.Form}' ({(c.IsNominal ? "event noun" : c.Voice.ToString().ToLowerInvariant())}{(c.InQuote ? ", quoted" : "")}{(c.Opener != ClauseOpener.None ? ", " + c.Opener.ToString().ToLowerInvariant() : "")})");
        WritePhrases("subject", c.Subject, doc, output);
        if (c.Antecedent is { } antecedent) WritePhrases("antecedent", [antecedent], doc, output);
        if (c.SubjectFrom >= 0 && c.Subject.Count == 0 && c.Antecedent is null) output.WriteLine($"      subject: shared with clause {c.SubjectFrom}");
        WritePhrases("objects", c.Objects, doc, output);
        WritePhrases("obliques", c.Obliques, doc, output);
        WritePhrases("agent", c.Agent, doc, output);
        output.WriteLine(trace.Match is { } match ? $"      rule: {match.RuleName}" : "      rule: none");
        foreach (var other in NearbyRules(head, trace.Match, lexicon, c.IsNominal))
            output.WriteLine(other.Code == PredicateFile.NoEventCode
                ? $"      not: {other.RuleName} (a sense discard: with its cue '{string.Join(' ', other.Cue)}' in the clause the word is no event)"
                : $"      not: {other.RuleName} (cue '{string.Join(' ', other.Cue)}' not in the clause)");
        if (trace.Outcome.Length > 0) output.WriteLine($"      outcome: {trace.Outcome}");
        foreach (var why in trace.ActorsWhy) output.WriteLine($"        actor {why}");
    }

    /// <summary>Entries for the same predicate that did not fire (their cue was missing), sense discards first.</summary>
    private IEnumerable<PredicateEntry> NearbyRules(Token head, PredicateMatch? match, EventLexicon lexicon, bool nominal)
    {
        var lemma = head.Morph?.Lemma ?? head.Form.ToLowerInvariant();
        var kind = nominal ? PredicateKind.Noun : PredicateKind.Verb;
        return CuedEntryHeads(lexicon)
            .Where(h => h.Entry.Kind == kind && h.Entry != match?.Entry)
            .Where(h => h.FirstWord.Equals(head.Form, StringComparison.OrdinalIgnoreCase)
                        || h.Analysis.Lemma.Equals(lemma, StringComparison.OrdinalIgnoreCase)
                           && (nominal || lexicon.Language != Languages.Language.Indonesian || SameSuffixes(h.Analysis, head.Morph)))
            .Select(h => h.Entry)
            // A sense discard first: it may be why the word is no event.
            .OrderBy(e => e.Code != PredicateFile.NoEventCode)
            .Take(6);
    }

    /// <summary>A cued entry with the analysis of its first word, which every clause's listing compares against.</summary>
    private sealed record EntryHead(PredicateEntry Entry, string FirstWord, MorphAnalysis Analysis);

    // Analysing the first word of every entry for every clause made explain several times slower than coding;
    // the analyses depend only on the lexicon, so they are made once per lexicon.
    private static readonly ConditionalWeakTable<EventLexicon, EntryHead[]> EntryHeads = new();

    private EntryHead[] CuedEntryHeads(EventLexicon lexicon) => EntryHeads.GetValue(lexicon, l =>
    {
        var morphology = coder.Analyzer.Packs[l.Language].Morphology;
        return [.. l.Entries.Where(e => e.Cue.Count > 0).Select(e =>
        {
            var first = e.Predicate.Split(' ')[0];
            return new EntryHead(e, first, morphology.Analyze(first.ToLowerInvariant()));
        })];
    });

    private static bool SameSuffixes(MorphAnalysis entry, MorphAnalysis? token) =>
        token is not null && entry.Suffixes.SequenceEqual(token.Suffixes);

    private static void WritePhrases(string label, IReadOnlyList<Phrase> phrases, Document doc, TextWriter output)
    {
        if (phrases.Count == 0) return;
        var text = string.Join("; ", phrases.Select(p => (p.Preposition >= 0 ? doc[p.Preposition].Form + " " : "") + Span(doc, p.Start, p.End)));
        output.WriteLine($"      {label}: {text}");
    }

    private static string Span(Document doc, int first, int end) =>
        doc.Text[doc.TokenRows[first].Start..doc.TokenRows[end - 1].End];
}

/// <summary>One explain run: the coded document and what its stages recorded.</summary>
public sealed record Explanation(CodedDocument Coded, CodingRecord Record)
{
    public IReadOnlyList<EventRecord> Events => Coded.Events;
}
