using Warta.Text;

namespace Warta.Conllu;

/// <summary>
/// One syntactic word of a CoNLL-U sentence (multiword-token range lines are folded into <see cref="ConlluWord.InMultiword"/>).
/// <see cref="Head"/> is the 1-based position of the head word (0: the root; -1: the file gives none), <see cref="Deprel"/> the
/// relation with its subtype ("_" when absent).
/// </summary>
public sealed record ConlluWord(string Form, string Lemma, Upos Upos, string Feats, bool SpaceAfter, bool InMultiword, bool IsMultiwordTail,
    int Head = -1, string Deprel = "_");

/// <summary>A sentence read from a CoNLL-U file: its raw text (from "# text =") and its words.</summary>
public sealed record ConlluSentence(string File, int Line, string? SentId, string? Text, IReadOnlyList<ConlluWord> Words);
