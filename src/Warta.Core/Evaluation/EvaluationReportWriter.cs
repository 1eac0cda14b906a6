using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Warta.Coding;

namespace Warta.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> for people (text) or programs (one JSON object).</summary>
public static class EvaluationReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Per document a line of counts and figures with its misses, extras and violations; then per language and in total.</summary>
    public static void WriteText(EvaluationReport report, TextWriter output)
    {
        foreach (var doc in report.Documents)
        {
            var c = doc.Counts;
            output.WriteLine(string.Create(Invariant,
                $"{doc.Id} [{doc.Language}] tp={c.TruePositives} fp={c.FalsePositives} fn={c.FalseNegatives} date={c.DatesCorrect}/{c.DatesScored} must_not={c.Violations}  {Figures(c)}"));
            foreach (var miss in doc.Misses) output.WriteLine($"   missed    {miss}");
            foreach (var extra in doc.Extras) output.WriteLine($"   extra     {Describe(extra)}");
            foreach (var violation in doc.Violations) output.WriteLine($"   violation {violation.Rule} by {Describe(violation.Prediction)}");
        }
        // Who did it to whom, whatever the event: the same metric with the event type not compared, then the actors of the
        // gold events whose type the coder found.
        foreach (var (language, counts) in report.ActorsOnlyByLanguage)
            output.WriteLine($"actors-only {language}: {Figures(counts)}");
        output.WriteLine($"actors-only total: {Figures(report.ActorsOnlyTotal)}");
        foreach (var (language, actors) in report.ActorsByLanguage) output.WriteLine($"actor accuracy {language}: {Accuracy(actors)}");
        output.WriteLine($"actor accuracy total: {Accuracy(report.ActorsTotal)}");
        foreach (var (language, counts) in report.ByLanguage) output.WriteLine($"{language}: {Figures(counts)}");
        var total = report.Total;
        output.WriteLine(string.Create(Invariant,
            $"total: {Figures(total)} date={total.DateAccuracy:0.00} must_not={total.Violations}"));
    }

    public static void WriteJson(EvaluationReport report, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var doc in report.Documents)
            {
                json.WriteStartObject();
                json.WriteString("id", doc.Id);
                json.WriteString("lang", doc.Language);
                WriteCounts(json, doc.Counts);
                WriteActorFigures(json, doc.ActorsOnly, doc.Actors);
                json.WriteStartArray("misses");
                foreach (var miss in doc.Misses) WriteGold(json, miss);
                json.WriteEndArray();
                json.WriteStartArray("extras");
                foreach (var extra in doc.Extras) WritePrediction(json, extra);
                json.WriteEndArray();
                json.WriteStartArray("violations");
                foreach (var violation in doc.Violations)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", violation.Rule.ToString());
                    json.WritePropertyName("event");
                    WritePrediction(json, violation.Prediction);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("by_language");
            foreach (var (language, counts) in report.ByLanguage)
            {
                json.WriteStartObject(language);
                WriteCounts(json, counts);
                WriteActorFigures(json, report.ActorsOnlyByLanguage[language], report.ActorsByLanguage[language]);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("total");
            WriteCounts(json, report.Total);
            WriteActorFigures(json, report.ActorsOnlyTotal, report.ActorsTotal);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static string Accuracy(ActorAccuracy a) => string.Create(Invariant,
        $"{a.Accuracy:0.00} ({a.BothRight}/{a.Found} events whose type was found; source {a.SourceAccuracy:0.00}, target {a.TargetAccuracy:0.00})");

    private static string Figures(ScoreCounts c) => string.Create(Invariant, $"P={c.Precision:0.00} R={c.Recall:0.00} F1={c.F1:0.00}");

    private static string Describe(EventRecord e)
    {
        var sentence = e.Sentence.ReplaceLineEndings(" ");
        if (sentence.Length > 70) sentence = sentence[..70];
        return $"{EventMatching.Key(e.Source)}->{EventMatching.Key(e.Target) ?? "-"} {e.Cameo} ({e.Rule}) | {sentence}";
    }

    private static void WriteCounts(Utf8JsonWriter json, ScoreCounts c)
    {
        json.WriteNumber("tp", c.TruePositives);
        json.WriteNumber("fp", c.FalsePositives);
        json.WriteNumber("fn", c.FalseNegatives);
        json.WriteNumber("precision", Math.Round(c.Precision, 4));
        json.WriteNumber("recall", Math.Round(c.Recall, 4));
        json.WriteNumber("f1", Math.Round(c.F1, 4));
        json.WriteNumber("dates_correct", c.DatesCorrect);
        json.WriteNumber("dates_scored", c.DatesScored);
        json.WriteNumber("date_accuracy", Math.Round(c.DateAccuracy, 4));
        json.WriteNumber("violations", c.Violations);
    }

    private static void WriteActorFigures(Utf8JsonWriter json, ScoreCounts actorsOnly, ActorAccuracy actors)
    {
        json.WriteStartObject("actors_only");
        WriteCounts(json, actorsOnly with { Violations = 0 });
        json.WriteEndObject();
        json.WriteStartObject("actor_accuracy");
        json.WriteNumber("found", actors.Found);
        json.WriteNumber("sources_right", actors.SourcesRight);
        json.WriteNumber("targets_right", actors.TargetsRight);
        json.WriteNumber("both_right", actors.BothRight);
        json.WriteNumber("accuracy", Math.Round(actors.Accuracy, 4));
        json.WriteEndObject();
    }

    private static void WriteGold(Utf8JsonWriter json, GoldEvent gold)
    {
        json.WriteStartObject();
        WriteStrings(json, "src", gold.Sources);
        WriteStrings(json, "tgt", gold.Targets);
        WriteStrings(json, "roots", gold.Roots);
        if (gold.Plover.Count > 0) WriteStrings(json, "plover", gold.Plover);
        WriteStrings(json, "date", gold.Dates);
        json.WriteString("sentence_contains", gold.SentenceContains);
        json.WriteEndObject();
    }

    private static void WritePrediction(Utf8JsonWriter json, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("source", EventMatching.Key(e.Source));
        json.WriteString("target", EventMatching.Key(e.Target));
        json.WriteString("cameo", e.Cameo);
        json.WriteString("date", EventMatching.FormatDate(e.Date));
        json.WriteString("rule", e.Rule);
        json.WriteString("sentence", e.Sentence);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
