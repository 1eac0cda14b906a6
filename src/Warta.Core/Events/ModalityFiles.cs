using Warta.Data;

namespace Warta.Events;

/// <summary>
/// The modality lists of <c>&lt;folder&gt;/&lt;lang&gt;/events/</c>: which file holds which cue, and what its columns are.
/// Every file: one phrase per line in its first column (head word first, e.g. "menolak untuk", "refuse to").
/// </summary>
internal static class ModalityFiles
{
    internal sealed record Spec(ModalityCue Cue, string File, bool HasKind, bool HasCode, string[] Kinds);

    internal sealed record Row(ModalityCue Cue, string Phrase, string Kind, string? Code, string Origin);

    public static readonly Spec[] Specs =
    [
        new(ModalityCue.Speech, "speech.tsv", HasKind: false, HasCode: true, []),
        new(ModalityCue.Negator, "negators.txt", HasKind: false, HasCode: false, []),
        new(ModalityCue.Refusal, "refusals.tsv", HasKind: true, HasCode: true, RefusalKind.All),
        new(ModalityCue.Intent, "intents.tsv", HasKind: true, HasCode: false, IntentKind.All),
        new(ModalityCue.Condition, "conditions.txt", HasKind: false, HasCode: false, []),
        new(ModalityCue.Question, "questions.txt", HasKind: false, HasCode: false, []),
        new(ModalityCue.Allegation, "allegations.txt", HasKind: false, HasCode: false, []),
        new(ModalityCue.Obligation, "obligations.tsv", HasKind: false, HasCode: true, []),
    ];

    public static string PathIn(string folder, string languageCode, Spec spec) => Path.Combine(folder, languageCode, "events", spec.File);

    public static List<Row> Read(string path, Spec spec, CameoCodebook codebook, List<DictionaryProblem> problems)
    {
        var rows = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int columns = 1 + (spec.HasKind ? 1 : 0) + (spec.HasCode ? 1 : 0);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line[0] == '#') continue;
            void Problem(string message) => problems.Add(new DictionaryProblem(path, lineNumber, message));
            var f = line.Split('\t');
            if (f.Length != columns) { Problem($"expected {columns} tab-separated column(s), found {f.Length}"); continue; }
            var phrase = string.Join(' ', f[0].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0) { Problem("empty phrase"); continue; }
            int next = 1;
            var kind = "";
            if (spec.HasKind)
            {
                kind = f[next++].Trim();
                if (!spec.Kinds.Contains(kind)) { Problem($"kind '{kind}' must be one of {string.Join(", ", spec.Kinds)}"); continue; }
            }
            string? code = null;
            if (spec.HasCode)
            {
                code = f[next].Trim();
                if (code is "" or "-") code = null;
                else if (!codebook.Contains(code)) { Problem($"unknown CAMEO code '{code}'"); continue; }
            }
            if (seen.TryGetValue(phrase, out var first)) Problem($"duplicate phrase '{phrase}' (first on line {first})");
            else seen[phrase] = lineNumber;
            rows.Add(new Row(spec.Cue, phrase, kind, code, $"{path}:{lineNumber}"));
        }
        return rows;
    }
}
