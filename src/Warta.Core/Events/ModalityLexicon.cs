using System.Collections.Frozen;
using Warta.Text;

namespace Warta.Events;

/// <summary>The kinds of word that change what a predicate asserts.</summary>
public enum ModalityCue : byte
{
    /// <summary>tidak, belum, not, n't: the event did not happen.</summary>
    Negator,
    /// <summary>akan, berencana, will, plan to: the event is intended (kind: future, plan, schedule, promise, want, ready, threat).</summary>
    Intent,
    /// <summary>menolak untuk, enggan, refuse to, deny that (kind: refuse, abstain, deny, fail).</summary>
    Refusal,
    /// <summary>jika, seandainya, if, would, unless: the event is hypothetical.</summary>
    Condition,
    /// <summary>apakah, whether, '?': the event is asked about.</summary>
    Question,
    /// <summary>kata, menurut, say, according to: reported speech (code 010 when the verb itself is a statement, else none).</summary>
    Speech,
    /// <summary>diduga, allegedly: the act it frames is someone's claim (alleged), not a fact the text asserts.</summary>
    Allegation,
    /// <summary>harus, must, should: the event is what someone must do (hypothetical); said of another party, a demand (its code).</summary>
    Obligation,
}

/// <summary>A modality phrase found at a token: its tokens (half-open), its kind and the CAMEO code it implies, if any.</summary>
public sealed record ModalityMatch(ModalityCue Cue, string Phrase, string Kind, string? Code, int Start, int End);

/// <summary>
/// The speech, negation, refusal, intent, condition, question and allegation words of one language
/// (<c>data/&lt;lang&gt;/events/*.txt|tsv</c>), and the intent/threat code of each CAMEO code (<c>data/cameo/intent-codes.tsv</c>).
/// </summary>
public sealed class ModalityLexicon
{
    private readonly FrozenDictionary<ModalityCue, PhraseTable<ModalityMatch>> _tables;
    private readonly IntentCodes _intentCodes;

    internal ModalityLexicon(FrozenDictionary<ModalityCue, PhraseTable<ModalityMatch>> tables, IntentCodes intentCodes)
    {
        _tables = tables;
        _intentCodes = intentCodes;
    }

    /// <summary>The longest phrase of <paramref name="cue"/>'s list starting at <paramref name="index"/>, within the scope.</summary>
    public ModalityMatch? Match(ModalityCue cue, Document doc, int index, int scopeEnd)
    {
        if (!_tables.TryGetValue(cue, out var table)) return null;
        if (table.Match(doc, index, scopeEnd) is not { } found) return null;
        return found.Value with { Start = index, End = found.End };
    }

    /// <summary>
    /// The intent or refusal phrase of a control verb at <paramref name="verb"/> whose clause-opening words start at
    /// <paramref name="complementStart"/> ("agreed on Monday to resume": "agree to"), or null.
    /// </summary>
    public ModalityMatch? MatchControl(ModalityCue cue, Document doc, int verb, int complementStart, int scopeEnd)
    {
        if (!_tables.TryGetValue(cue, out var table)) return null;
        if (table.MatchDetached(doc, verb, complementStart, scopeEnd) is not { } found) return null;
        return found.Value with { Start = verb, End = found.End };
    }

    public bool IsNegator(Document doc, int index) => Match(ModalityCue.Negator, doc, index, doc.TokenCount) is not null;
    public bool IsCondition(Document doc, int index) => Match(ModalityCue.Condition, doc, index, doc.TokenCount) is not null;
    public bool IsQuestionCue(Document doc, int index) => Match(ModalityCue.Question, doc, index, doc.TokenCount) is not null;
    public bool IsAllegation(Document doc, int index) => Match(ModalityCue.Allegation, doc, index, doc.TokenCount) is not null;
    public ModalityMatch? MatchIntent(Document doc, int index, int scopeEnd) => Match(ModalityCue.Intent, doc, index, scopeEnd);
    public ModalityMatch? MatchRefusal(Document doc, int index, int scopeEnd) => Match(ModalityCue.Refusal, doc, index, scopeEnd);
    public ModalityMatch? MatchSpeech(Document doc, int index, int scopeEnd) => Match(ModalityCue.Speech, doc, index, scopeEnd);
    public ModalityMatch? MatchObligation(Document doc, int index, int scopeEnd) => Match(ModalityCue.Obligation, doc, index, scopeEnd);

    /// <summary>The number of phrases of one kind (for tests and <c>lint-dict</c> summaries).</summary>
    public int Count(ModalityCue cue) => _tables.TryGetValue(cue, out var t) ? t.Count : 0;

    /// <summary>The CAMEO 03x code for intending <paramref name="code"/> (meet 04x → 036, aid 07x → 033), or null.</summary>
    public string? IntentCode(string code) => _intentCodes.Intent(code);

    /// <summary>The CAMEO 13x code for threatening <paramref name="code"/> (sanctions 163 → 1312, force 19x → 138), or null.</summary>
    public string? ThreatCode(string code) => _intentCodes.Threat(code);

    /// <summary>The 12x code of refusing <paramref name="code"/> ("would not allow inspectors" → 1245), or null.</summary>
    public string? RefusalCode(string code) => _intentCodes.Refusal(code);
}
