using Warta.Data;
using Warta.Languages;

namespace Warta.Events;

/// <summary>
/// Checks the event dictionary files of a folder laid out like <c>data/</c> (<c>&lt;lang&gt;/events/predicates.tsv</c> and the
/// modality lists, and <c>cameo/intent-codes.tsv</c> if present): columns, kinds, flags, CAMEO codes, duplicates.
/// Files that are absent are not a problem (a user folder holds only what it changes).
/// </summary>
public static class EventDictionaryValidator
{
    public static IEnumerable<DictionaryProblem> Validate(string folder)
    {
        var own = Path.Combine(folder, CameoCodebook.RelativePath);
        CameoCodebook codebook;
        if (File.Exists(own)) codebook = CameoCodebook.Load(own);
        else
        {
            var shipped = DataDirectory.Open();
            codebook = CameoCodebook.Load(shipped);
        }
        return Validate(folder, codebook);
    }

    public static IEnumerable<DictionaryProblem> Validate(string folder, CameoCodebook codebook)
    {
        var problems = new List<DictionaryProblem>();
        if (!Directory.Exists(folder)) { problems.Add(new DictionaryProblem(folder, 0, "folder not found")); return problems; }
        foreach (var language in LanguageCodes.Supported)
        {
            var lang = language.ToCode();
            var predicates = PredicateFile.PathIn(folder, lang);
            if (File.Exists(predicates)) PredicateFile.Read(predicates, codebook, problems);
            foreach (var spec in ModalityFiles.Specs)
            {
                var path = ModalityFiles.PathIn(folder, lang, spec);
                if (File.Exists(path)) ModalityFiles.Read(path, spec, codebook, problems);
            }
        }
        var intents = Path.Combine(folder, IntentCodes.RelativePath);
        if (File.Exists(intents)) IntentCodes.Load(intents, codebook, problems);
        return problems;
    }
}
