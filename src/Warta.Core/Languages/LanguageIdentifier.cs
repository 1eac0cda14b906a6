using Warta.Data;

namespace Warta.Languages;

/// <summary>
/// Tells Indonesian from English: a naive-Bayes sum of character 1–4-gram log-odds (<see cref="LanguageProfile"/>,
/// trained on UD text) plus a fixed vote for each function word (yang, dan / the, of). Only the first
/// <see cref="WindowLength"/> characters are read, so long documents cost no more than a paragraph. Capitalised
/// words after the first count half: names (Kassym-Jomart Tokayev) say little about the language around them.
/// Thread-safe: the profile is read-only after loading.
/// </summary>
public sealed class LanguageIdentifier(LanguageProfile profile, FunctionWords functionWords)
{
    public const int WindowLength = 2000;
    /// <summary>A function word's vote in log-odds: worth a few n-grams, so two of them outweigh a name.</summary>
    private const double FunctionWordWeight = 3.0;
    private const double NameWeight = 0.5;

    public static LanguageIdentifier Load(DataDirectory data) => new(LanguageProfile.Load(data), FunctionWords.Load(data));

    /// <summary>The language of <paramref name="text"/> (id or en), reliable on a single sentence; Indonesian when there is no evidence.</summary>
    public Language Identify(ReadOnlySpan<char> text) => Score(text).Language;

    public LanguageScore Score(ReadOnlySpan<char> text)
    {
        if (text.Length > WindowLength) text = text[..WindowLength];
        var sink = new ScoreSink(profile, functionWords);
        CharNgrams.Walk(text, ref sink);
        double logOdds = sink.LogOdds;
        double probabilityId = 1 / (1 + Math.Exp(-Math.Clamp(logOdds, -500, 500)));
        // No evidence (no letters): Indonesian, the language Warta is built for first.
        return logOdds >= 0
            ? new LanguageScore(Language.Indonesian, probabilityId, logOdds)
            : new LanguageScore(Language.English, 1 - probabilityId, logOdds);
    }

    private struct ScoreSink(LanguageProfile profile, FunctionWords functionWords) : INgramSink
    {
        public double LogOdds;

        public void Ngram(ulong key, int order, bool inName) => LogOdds += (inName ? NameWeight : 1.0) * profile.Weight(key);

        public void Word(ReadOnlySpan<char> foldedWord, bool isName)
        {
            var language = functionWords.Find(foldedWord);
            if (language == Language.Indonesian) LogOdds += FunctionWordWeight;
            else if (language == Language.English) LogOdds -= FunctionWordWeight;
        }
    }
}
