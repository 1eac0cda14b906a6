using System.Security.Cryptography;
using System.Text;
using Warta.Dates;
using Warta.Languages;
using Warta.Events;
using Warta.Text;

namespace Warta.Coding;

/// <summary>Turns a coded clause into an <see cref="EventRecord"/>: codebook facts, evidence offsets, date, deterministic id.</summary>
/// <param name="published">The date an event without one of its own takes: the document's, as the coder resolved it.</param>
internal sealed class EventRecordFactory(CameoCodebook codebook, NewsDocument input, Document doc, DateOnly published)
{
    /// <param name="conversionRule">The rule that turned the matched code into <paramref name="code"/>, where it is not the generic intent one.</param>
    public EventRecord Create(int sentenceIndex, PredicateMatch match, string code, ActorRef source, ActorRef? target,
        Modality modality, EventDate date, EventPlace? place, EventActorRule? actorRule = null, string? conversionRule = null)
    {
        var cameo = codebook.TryGet(code, out var found) ? found : throw new InvalidOperationException($"CAMEO code {code} missing from the codebook");
        var sentence = doc.GetSentence(sentenceIndex);
        int evidenceStart = doc.TokenRows[match.TriggerStart].Start;
        int evidenceEnd = doc.TokenRows[Math.Max(match.TriggerEnd, match.CueEnd) - 1].End;
        var sourceActor = ToEventActor(source);
        var targetActor = target is { } t ? ToEventActor(t) : null;
        return new EventRecord
        {
            Id = EventId(input.Id, sentenceIndex, evidenceStart, code, sourceActor.Code, targetActor?.Code),
            Doc = input.Id,
            Language = doc.Language.ToCode(),
            SentenceIndex = sentenceIndex,
            Sentence = sentence.Text.ToString(),
            Date = date.Mention?.Date ?? published,
            DateFrom = date.Mention?.Source ?? DateSource.Published,
            DateText = date.Mention is { } d ? Span(d.FirstToken, d.EndToken) : null,
            DateRule = date.Rule,
            DatePrecision = date.Mention?.Precision ?? DatePrecision.Day,
            Source = sourceActor,
            Target = targetActor,
            Cameo = cameo.Code,
            CameoName = cameo.Name,
            Root = cameo.Root,
            Quad = cameo.Quad,
            Goldstein = cameo.Goldstein,
            Plover = new PloverCode(cameo.PloverType, cameo.PloverMode),
            Negated = modality.Negated,
            Hypothetical = modality.Hypothetical || modality.Question,
            Modality = modality.Label,
            Evidence = new Evidence(doc.Text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd),
            Rule = match.RuleName + (conversionRule is not null ? " " + conversionRule : code != match.Code ? " +intent→" + code : "") + (target is { IsImplicit: true } ? " +implicit-target" : ""),
            Place = place,
            ActorRule = actorRule,
        };
    }

    private EventActor ToEventActor(ActorRef actor) => new(
        actor.Start >= 0 ? Span(actor.Start, actor.End) : actor.Actor.Name ?? actor.Actor.Code,
        actor.Actor.Code, actor.Actor.Country, actor.Actor.Role, actor.Actor.Name);

    private string Span(int first, int end) => doc.Text[doc.TokenRows[first].Start..doc.TokenRows[end - 1].End];

    /// <summary>Deterministic: the same document coded twice gives the same ids, so a re-delivered document overwrites its rows.</summary>
    public static string EventId(string docId, int sentence, int triggerStart, string code, string source, string? target)
    {
        var key = $"{docId}\u001f{sentence}\u001f{triggerStart}\u001f{code}\u001f{source}\u001f{target}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
