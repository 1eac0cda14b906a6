using Warta.Events;

namespace Warta.Coding;

/// <summary>What a clause asserts: negated, hypothetical (condition), a question, or an intention.</summary>
internal readonly record struct Modality(bool Negated, bool Hypothetical, bool Question, bool Intended, bool Alleged = false)
{
    /// <summary>The hypothesis comes from a modal in the verb group (would, could, bisa), not from an "if" clause.</summary>
    public bool Modal { get; init; }
    /// <summary>The intention is a threat (mengancam akan, threaten to).</summary>
    public bool Threat { get; init; }
    /// <summary>The "intention" is only a schedule someone unnamed reported (dijadwalkan, scheduled to): no one is said to
    /// intend the act, so it is hypothetical, not an intent (03x).</summary>
    public bool Scheduled { get; init; }
    /// <summary>The obligation phrase in the verb group (must, harus): what someone must do, so hypothetical.</summary>
    public ModalityMatch? Obligation { get; init; }

    public static readonly Modality Asserted = default;

    public string Label => Negated ? "negated" : Hypothetical ? "hypothetical" : Question ? "question" : Alleged ? "alleged" : "asserted";
}
