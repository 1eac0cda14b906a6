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
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("total");
            WriteCounts(json, report.Total);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

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

    private static void WriteGold(Utf8JsonWriter json, GoldEvent gold)
    {
        json.WriteStartObject();
        WriteStrings(json, "src", gold.Sources);
        WriteStrings(json, "tgt", gold.Targets);
        WriteStrings(json, "roots", gold.Roots);
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
