using System.Text;

namespace Warta.Morphology;

/// <summary>Grammatical voice as marked by morphology (id: meN-/di-/ter-/ber-) or syntax (en: be/get + participle).</summary>
public enum Voice : byte
{
    None = 0,
    /// <summary>id meN-; en finite or non-passive verb.</summary>
    Active,
    /// <summary>id di-, diper-, passive ter-; en be/get + past participle.</summary>
    Passive,
    /// <summary>id ber-: intransitive, middle or reciprocal (bertemu, berunding).</summary>
    Middle,
}

/// <summary>
/// The analysis of one word form: its root (Indonesian) or lemma (English), the affixes that were removed, and
/// what they say (voice, nominalisation, tense). Immutable and shared by every token of the same form.
/// </summary>
public sealed class MorphAnalysis
{
    public required string Lemma { get; init; }
    /// <summary>Prefixes from the outside in, in their underlying form: meN, di, ter, ber, peN, per, ke, se, memper, diper.</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];
    /// <summary>Suffixes from the inside out: kan, i, an (en: s, ed, ing, er, est).</summary>
    public IReadOnlyList<string> Suffixes { get; init; } = [];
    /// <summary>A clitic or particle that stayed attached (the tokenizer splits most of them off).</summary>
    public IReadOnlyList<string> Clitics { get; init; } = [];
    public Voice Voice { get; init; }
    /// <summary>A nominal derivation (peN-, peN-…-an, per-…-an, ke-…-an, -an): an event noun such as penangkapan or serangan.</summary>
    public bool IsNominal { get; init; }
    /// <summary>English: Past or Pres; null elsewhere.</summary>
    public string? Tense { get; init; }
    /// <summary>English: Fin, Inf, Part or Ger; null elsewhere.</summary>
    public string? VerbForm { get; init; }
    /// <summary>English nouns: Sing or Plur; null elsewhere.</summary>
    public string? Number { get; init; }
    /// <summary>True when the root or lemma was found in a lexicon rather than guessed by rule.</summary>
    public bool Known { get; init; }
    /// <summary>Which rule produced this analysis, for <c>explain</c>.</summary>
    public string Rule { get; init; } = "";

    public static MorphAnalysis Unanalysed(string form) => new() { Lemma = form, Rule = "none" };

    /// <summary>The CoNLL-U FEATS column for this analysis, with <paramref name="voice"/> as decided in context.</summary>
    public string ToFeats(Voice voice)
    {
        var features = new List<string>(6);
        if (Number is not null) features.Add("Number=" + Number);
        if (Prefixes.Count > 0) features.Add("Prefix=" + string.Join(',', Prefixes));
        if (Suffixes.Count > 0) features.Add("Suffix=" + string.Join(',', Suffixes));
        if (Clitics.Count > 0) features.Add("Clitic=" + string.Join(',', Clitics));
        if (IsNominal) features.Add("Deriv=Nom");
        if (Tense is not null) features.Add("Tense=" + Tense);
        if (VerbForm is not null) features.Add("VerbForm=" + VerbForm);
        var v = voice switch { Voice.Active => "Act", Voice.Passive => "Pass", Voice.Middle => "Mid", _ => null };
        if (v is not null) features.Add("Voice=" + v);
        if (features.Count == 0) return "_";
        features.Sort(StringComparer.OrdinalIgnoreCase); // UD orders features alphabetically by name
        var sb = new StringBuilder();
        foreach (var f in features) { if (sb.Length > 0) sb.Append('|'); sb.Append(f); }
        return sb.ToString();
    }
}
