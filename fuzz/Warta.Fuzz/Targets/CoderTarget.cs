using CsCheck;
using Warta.Coding;
using Warta.Fuzz.Inputs;
using Warta.Languages;

namespace Warta.Fuzz.Targets;

/// <summary>
/// The whole event coder on mutated articles, in each language and identified, with published dates from the
/// first to the last a DateOnly holds: no exception, every span property of its analysis, events with codes.
/// </summary>
public sealed class CoderTarget(EventCoder coder) : TextFuzzTarget
{
    private static readonly DateOnly?[] PublishedDates = [null, new(2024, 3, 5), DateOnly.MinValue, DateOnly.MaxValue, new(1, 1, 2), new(9999, 12, 30)];
    private static readonly Language?[] Languages = [null, Language.Indonesian, Language.English];

    public override string Name => "coder";

    public override string Description =>
        "EventCoder.Code on mutated articles (id, en, identified; published dates at both ends of the calendar): nothing thrown, span properties, every event coded";

    protected override Gen<string> TextInputs(FuzzCorpus corpus) => new MutatedText(corpus);

    protected override void CheckText(string text)
    {
        // The text picks the date and language, so a saved finding replays exactly the same call.
        int pick = text.Length;
        var document = new NewsDocument("fuzz", text, PublishedDates[pick % PublishedDates.Length], Languages[pick % Languages.Length]);
        var coded = coder.Code(document);
        SpanChecks.Document(coded.Analysis, lemmas: true);
        foreach (var record in coded.Events)
            if (string.IsNullOrEmpty(record.Cameo)) throw new PropertyViolation("an event without a CAMEO code");
    }
}
