using System.Buffers;
using Warta.Languages;
using Warta.Text;

namespace Warta.Actors;

/// <summary>
/// The dictionary matches of one sentence: for each token, the longest dictionary name that starts there and whose
/// case rules the text satisfies. Arrays are rented and returned by <see cref="Dispose"/>, so scanning a sentence
/// allocates nothing. Positions are document token indexes.
/// </summary>
internal sealed class SentenceMatches : IDisposable
{
    private const int MaxTokenLength = 64;
    private readonly int[] _words;
    private readonly int[] _ends;
    private readonly int[] _nodes;
    private readonly ActorEntry?[] _entries;

    public SentenceMatches(Document doc, int first, int end, PhraseTrie trie, ActorWords words)
    {
        Doc = doc;
        Words = words;
        First = first;
        End = end;
        int n = end - first;
        _words = ArrayPool<int>.Shared.Rent(n);
        _ends = ArrayPool<int>.Shared.Rent(n);
        _nodes = ArrayPool<int>.Shared.Rent(n);
        _entries = ArrayPool<ActorEntry?>.Shared.Rent(n);
        var rows = doc.TokenRows;
        bool english = doc.Language == Language.English;
        Span<char> folded = stackalloc char[MaxTokenLength];
        Span<char> foldedLemma = stackalloc char[MaxTokenLength];
        for (int i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[first + i];
            var text = doc.Text.AsSpan(row.Start, row.End - row.Start);
            _words[i] = WordOf(text, trie, folded);
            // Most lemmas fold to the form itself ("police", "the"): only one that differs can find another word.
            if (_words[i] == PhraseTrie.NoWord && english && row.Morph is { } morph && !FoldsAlike(text, morph.Lemma, folded, foldedLemma))
                _words[i] = WordOf(morph.Lemma, trie, foldedLemma);
        }
        for (int i = 0; i < n; i++) FindLongest(i, trie);
    }

    public Document Doc { get; }
    /// <summary>The function words of the document's language.</summary>
    public ActorWords Words { get; }
    public int First { get; }
    public int End { get; }

    /// <summary>The longest accepted dictionary entry starting at token <paramref name="i"/>, or null.</summary>
    public ActorEntry? EntryAt(int i) => i >= First && i < End ? _entries[i - First] : null;
    public int EntryEnd(int i) => _ends[i - First];
    /// <summary>The trie node of <see cref="EntryAt"/>: every entry of that name (a leader's several terms).</summary>
    public int EntryNode(int i) => _nodes[i - First];

    public bool Is(int i, ActorEntryKind kind) => EntryAt(i) is { } e && e.Kind == kind;

    public ReadOnlySpan<char> Text(int i)
    {
        ref readonly var row = ref Doc.TokenRows[i];
        return Doc.Text.AsSpan(row.Start, row.End - row.Start);
    }

    public ref readonly TokenRow Row(int i) => ref Doc.TokenRows[i];

    /// <summary>True when token <paramref name="i"/> exists and is a function word of <paramref name="kind"/>.</summary>
    public bool IsWord(int i, ActorWordKind kind) => i >= First && i < End && Words.Has(kind, Text(i));

    /// <summary>As <see cref="IsWord(int, ActorWordKind)"/>, or by its lemma ("heads", "led": head, lead).</summary>
    public bool IsLemma(int i, ActorWordKind kind) =>
        IsWord(i, kind) || i >= First && i < End && Row(i).Morph is { } morph && Words.Has(kind, morph.Lemma);

    /// <summary>True when token <paramref name="i"/> exists and is the punctuation mark <paramref name="mark"/>.</summary>
    public bool IsMark(int i, string mark) => i >= First && i < End && Text(i).SequenceEqual(mark);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_words);
        ArrayPool<int>.Shared.Return(_ends);
        ArrayPool<int>.Shared.Return(_nodes);
        ArrayPool<ActorEntry?>.Shared.Return(_entries, clearArray: true);
    }

    /// <summary>True when <paramref name="lemma"/> folds to the folded <paramref name="text"/> (which <paramref name="folded"/> holds).</summary>
    private static bool FoldsAlike(ReadOnlySpan<char> text, ReadOnlySpan<char> lemma, Span<char> folded, Span<char> lemmaBuffer)
    {
        if (lemma.Length != text.Length || lemma.Length > lemmaBuffer.Length) return false;
        NameFolding.Fold(lemma, lemmaBuffer);
        return lemmaBuffer[..lemma.Length].SequenceEqual(folded[..text.Length]);
    }

    private static int WordOf(ReadOnlySpan<char> text, PhraseTrie trie, Span<char> buffer)
    {
        if (text.Length > buffer.Length) return PhraseTrie.NoWord;
        var folded = buffer[..text.Length];
        NameFolding.Fold(text, folded);
        return trie.WordId(folded);
    }

    private void FindLongest(int start, PhraseTrie trie)
    {
        _entries[start] = null;
        int node = PhraseTrie.Root;
        for (int i = start; i < End - First; i++)
        {
            if (_words[i] == PhraseTrie.NoWord || !trie.TryStep(node, _words[i], out node)) return;
            var best = Accepted(trie.EntriesAt(node), First + start);
            if (best is null) continue;
            _entries[start] = best;
            _ends[start] = First + i + 1;
            _nodes[start] = node;
        }
    }

    /// <summary>The first entry (in kind order: countries before roles before leaders) whose case rules the text meets.</summary>
    private ActorEntry? Accepted(ActorEntry[] entries, int first)
    {
        ActorEntry? best = null;
        foreach (var entry in entries)
        {
            if (best is not null && entry.Kind >= best.Kind) continue;
            bool ok = true;
            for (int k = 0; k < entry.Surface.Length && ok; k++) ok = NameCase.Accepts(entry.Surface[k], Text(first + k), innerWord: k < entry.Surface.Length - 1);
            if (ok) best = entry;
        }
        return best;
    }
}
