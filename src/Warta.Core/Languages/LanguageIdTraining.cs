using Warta.Errors;

namespace Warta.Languages;

/// <summary>
/// <c>warta train langid</c>: trains the profile on the raw sentences (<c># text =</c>) of the UD training splits,
/// writes it, and measures the result on the held-out test files, which it never trains on.
/// </summary>
public static class LanguageIdTraining
{
    public static readonly string[] IndonesianTrain = ["id/id_csui-ud-train.conllu", "id/id_gsd-ud-dev.conllu", "id/id_pud-ud-test.conllu"];
    public static readonly string[] EnglishTrain = ["en/en_ewt-ud-dev.conllu", "en/en_pud-ud-test.conllu"];
    public static readonly (string File, Language Language)[] Test =
        [("id/id_gsd-ud-test.conllu", Language.Indonesian), ("id/id_csui-ud-test.conllu", Language.Indonesian), ("en/en_ewt-ud-test.conllu", Language.English)];

    public sealed record Result(int Ngrams, int IndonesianSentences, int EnglishSentences, IReadOnlyList<(string File, int Correct, int Total)> Accuracy);

    /// <summary>Trains from <paramref name="udDirectory"/> and writes the profile to <paramref name="output"/>.</summary>
    public static Result Run(string udDirectory, TextWriter output, FunctionWords functionWords)
    {
        var id = Test.Select(t => t.File).Concat(IndonesianTrain).Concat(EnglishTrain)
            .Select(f => Path.Combine(udDirectory, f)).FirstOrDefault(f => !File.Exists(f));
        if (id is not null)
            throw new WartaException(ErrorCodes.TrainingDataMissing, $"'{id}' not found; pass --ud DIR, the folder of the UD treebanks (../shared/ud)");

        var indonesian = IndonesianTrain.SelectMany(f => RawSentences(Path.Combine(udDirectory, f))).ToList();
        var english = EnglishTrain.SelectMany(f => RawSentences(Path.Combine(udDirectory, f))).ToList();
        var rows = LanguageProfileTrainer.Train(indonesian, english);
        LanguageProfile.Write(output, rows,
        [
            "Warta language identification profile: character 1-4-gram weights, log P(n-gram|id) - log P(n-gram|en).",
            "Built by ./warta train langid from the '# text =' sentences of Universal Dependencies treebanks:",
            "id: " + string.Join(", ", IndonesianTrain) + "; en: " + string.Join(", ", EnglishTrain) + ".",
            "Licences: UD_Indonesian-CSUI and -GSD, UD_English-EWT CC BY-SA 4.0; UD_Indonesian-PUD and UD_English-PUD CC BY-SA 3.0.",
            "Columns: n-gram (a space written as _) <TAB> weight.",
        ]);

        var profile = new LanguageProfile(rows.Select(r => new KeyValuePair<ulong, float>(CharNgrams.FromText(r.Ngram), r.Weight)));
        var identifier = new LanguageIdentifier(profile, functionWords);
        var accuracy = Test.Select(t =>
        {
            var sentences = RawSentences(Path.Combine(udDirectory, t.File)).ToList();
            return (t.File, sentences.Count(s => identifier.Identify(s) == t.Language), sentences.Count);
        }).ToList();
        return new Result(rows.Count, indonesian.Count, english.Count, accuracy);
    }

    /// <summary>The raw sentence text of a CoNLL-U file: its "# text = …" comment lines.</summary>
    public static IEnumerable<string> RawSentences(string conlluPath)
    {
        const string prefix = "# text = ";
        foreach (var line in File.ReadLines(conlluPath))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal)) yield return line[prefix.Length..];
        }
    }
}
