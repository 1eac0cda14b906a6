using Warta.Text;

namespace Warta.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword-token range lines are folded into <see cref="ConlluWord.InMultiword"/>).</summary>
public sealed record ConlluWord(string Form, string Lemma, Upos Upos, string Feats, bool SpaceAfter, bool InMultiword, bool IsMultiwordTail);

/// <summary>A sentence read from a CoNLL-U file: its raw text (from "# text =") and its words.</summary>
public sealed record ConlluSentence(string File, int Line, string? SentId, string? Text, IReadOnlyList<ConlluWord> Words);
