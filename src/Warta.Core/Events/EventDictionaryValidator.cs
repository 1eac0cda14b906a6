using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Events;

/// <summary>
/// Checks the event dictionary files of a folder laid out like <c>data/</c> (<c>&lt;lang&gt;/events/predicates.tsv</c> and the imported predicates, the
/// modality lists, and <c>cameo/intent-codes.tsv</c> and <c>cameo/codes.tsv</c> if present): columns, kinds, flags,
/// CAMEO codes, duplicates. Absent files are not a problem: a user folder holds only what it changes.
/// </summary>
/// <param name="codebook">The codes to check against; by default the folder's own <c>cameo/codes.tsv</c>, else the shipped one.</param>
public sealed class EventDictionaryValidator(CameoCodebook? codebook = null) : IDictionaryValidator
{
    /// <summary>The name <c>lint-dict</c> reports this validator under.</summary>
    public string Name => "events";

    public IEnumerable<DictionaryProblem> Validate(string folder)
    {
        if (codebook is not null) return Check(folder, codebook);
        var own = Path.Combine(folder, CameoCodebook.RelativePath);
        try
        {
            return Check(folder, File.Exists(own) ? CameoCodebook.Load(own) : CameoCodebook.Load(DataDirectory.Open()));
        }
        catch (WartaException e)
        {
            return [new DictionaryProblem(own, 0, e.Message)];
        }
    }

    public static IEnumerable<DictionaryProblem> Check(string folder, CameoCodebook codebook)
    {
        var problems = new List<DictionaryProblem>();
        if (!Directory.Exists(folder)) { problems.Add(new DictionaryProblem(folder, 0, "folder not found")); return problems; }
        foreach (var language in LanguageCodes.Supported)
        {
            var lang = language.ToCode();
            foreach (var file in PredicateFile.Files)
            {
                var predicates = PredicateFile.PathIn(folder, lang, file.File);
                if (File.Exists(predicates)) PredicateFile.Read(predicates, codebook, problems);
            }
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
