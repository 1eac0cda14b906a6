namespace Warta.Languages;

/// <summary>
/// The identifier's verdict: <see cref="IndonesianLogOdds"/> &gt; 0 favours Indonesian. <see cref="Confidence"/> is
/// the naive-Bayes probability of the chosen language; like every naive-Bayes figure it is over-confident on long
/// texts, so read it as a ranking (0.5 = no evidence, e.g. no letters at all), not as a calibrated probability.
/// </summary>
public readonly record struct LanguageScore(Language Language, double Confidence, double IndonesianLogOdds)
{
    public bool HasEvidence => IndonesianLogOdds != 0;
}
