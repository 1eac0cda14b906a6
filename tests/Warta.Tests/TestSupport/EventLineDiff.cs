using System.Text;
using System.Text.Json;

namespace Warta.Tests.TestSupport;

/// <summary>
/// Compares two lists of events as <c>code</c> writes them (one JSON object per line) and says which are missing,
/// which are extra and which changed, field by field. Events are paired by what places them in the text (document,
/// sentence, trigger, actors), so that a new code or date reads as a change of one event, not as a loss and a gain.
/// </summary>
internal sealed class EventLineDiff
{
    private EventLineDiff(List<FlatEvent> missing, List<FlatEvent> extra, List<(FlatEvent Expected, FlatEvent Actual)> changed, int firstOutOfOrder)
    {
        Missing = missing;
        Extra = extra;
        Changed = changed;
        FirstOutOfOrder = firstOutOfOrder;
    }

    public IReadOnlyList<FlatEvent> Missing { get; }
    public IReadOnlyList<FlatEvent> Extra { get; }
    public IReadOnlyList<(FlatEvent Expected, FlatEvent Actual)> Changed { get; }

    /// <summary>The first line (0-based) where the two lists differ when they hold the same events in another order; -1 otherwise.</summary>
    public int FirstOutOfOrder { get; }

    public bool Same => Missing.Count == 0 && Extra.Count == 0 && Changed.Count == 0 && FirstOutOfOrder < 0;

    // From the strictest pairing to the loosest: same trigger and actors, same trigger, same actors in the sentence.
    private static readonly Func<FlatEvent, string>[] PairingKeys =
    [
        e => e.Key("doc", "sentence_index", "evidence.start", "evidence.end", "source.code", "target.code"),
        e => e.Key("doc", "sentence_index", "evidence.start", "evidence.end"),
        e => e.Key("doc", "sentence_index", "source.code", "target.code"),
    ];

    public static EventLineDiff Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var unmatchedExpected = expected.Select((line, i) => FlatEvent.Parse(line, i)).ToList();
        var unmatchedActual = actual.Select((line, i) => FlatEvent.Parse(line, i)).ToList();

        // Identical lines first, so that pairing by keys only sees the events that differ.
        var identical = unmatchedActual.GroupBy(e => e.Text).ToDictionary(g => g.Key, g => new Queue<FlatEvent>(g));
        var missing = new List<FlatEvent>();
        foreach (var e in unmatchedExpected)
        {
            if (identical.TryGetValue(e.Text, out var same) && same.Count > 0) unmatchedActual.Remove(same.Dequeue());
            else missing.Add(e);
        }

        var changed = new List<(FlatEvent, FlatEvent)>();
        foreach (var key in PairingKeys)
        {
            foreach (var e in missing.ToList())
            {
                var partner = unmatchedActual.FirstOrDefault(a => key(a) == key(e));
                if (partner is null) continue;
                changed.Add((e, partner));
                missing.Remove(e);
                unmatchedActual.Remove(partner);
            }
        }

        int outOfOrder = -1;
        if (missing.Count == 0 && unmatchedActual.Count == 0 && changed.Count == 0)
            for (int i = 0; i < expected.Count; i++)
                if (expected[i] != actual[i]) { outOfOrder = i; break; }
        return new EventLineDiff(missing, unmatchedActual, changed, outOfOrder);
    }

    /// <summary>The differences for a reader: one line per missing or extra event, and the changed fields under each changed one.</summary>
    public string Describe()
    {
        if (Same) return "no difference";
        var text = new StringBuilder();
        text.Append($"{Missing.Count} missing, {Extra.Count} extra, {Changed.Count} changed");
        if (FirstOutOfOrder >= 0) text.Append($"; the same events in another order from line {FirstOutOfOrder + 1}");
        text.AppendLine();
        foreach (var e in Missing) text.AppendLine($"  missing (expected line {e.Line + 1}): {e.Summary}");
        foreach (var e in Extra) text.AppendLine($"  extra (actual line {e.Line + 1}): {e.Summary}");
        foreach (var (expected, actual) in Changed)
        {
            text.AppendLine($"  changed (expected line {expected.Line + 1}, actual line {actual.Line + 1}): {expected.Summary}");
            var fields = expected.Fields.Keys.Union(actual.Fields.Keys)
                .Where(f => expected.Fields.GetValueOrDefault(f) != actual.Fields.GetValueOrDefault(f)).ToList();
            // The id hashes the other fields: name it only when nothing else differs.
            if (fields.Count > 1) fields.Remove("id");
            foreach (var field in fields)
                text.AppendLine($"      {field}: {expected.Fields.GetValueOrDefault(field) ?? "(absent)"} → {actual.Fields.GetValueOrDefault(field) ?? "(absent)"}");
        }
        return text.ToString();
    }

    /// <summary>One event line with its fields flattened to dotted paths ("source.code") and their JSON values.</summary>
    internal sealed class FlatEvent
    {
        private FlatEvent(int line, string text, Dictionary<string, string> fields)
        {
            Line = line;
            Text = text;
            Fields = fields;
        }

        public int Line { get; }
        public string Text { get; }
        public IReadOnlyDictionary<string, string> Fields { get; }

        public string Key(params string[] names) => string.Join('\u001f', names.Select(n => Fields.GetValueOrDefault(n) ?? ""));

        /// <summary>"doc s2 'trigger' SRC 174 TGT [modality] date", what a reader needs to find the event.</summary>
        public string Summary =>
            $"{Plain("doc")} s{Plain("sentence_index")} \"{Plain("evidence.trigger")}\" {Plain("source.code")} {Plain("cameo")} " +
            $"{(Plain("target.code") is "" ? "-" : Plain("target.code"))} [{Plain("modality")}] {Plain("date")}";

        private string Plain(string field)
        {
            var value = Fields.GetValueOrDefault(field);
            if (value is null || value == "null") return "";
            return value.StartsWith('"') ? JsonSerializer.Deserialize<string>(value)! : value;
        }

        public static FlatEvent Parse(string line, int index)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException($"line {index + 1} is not a JSON object: {line}");
                Flatten(json.RootElement, "", fields);
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {index + 1} is not JSON ({e.Message}): {line}", e);
            }
            return new FlatEvent(index, line, fields);
        }

        private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> fields)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                fields[prefix] = element.GetRawText();
                return;
            }
            foreach (var property in element.EnumerateObject())
                Flatten(property.Value, prefix.Length == 0 ? property.Name : prefix + "." + property.Name, fields);
        }
    }
}
