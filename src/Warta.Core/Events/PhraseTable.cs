using System.Collections.Frozen;
using Warta.Text;

namespace Warta.Events;

/// <summary>
/// Phrases filed by their head word: a head (matched by <see cref="HeadMatcher"/>) and the words that must follow it
/// at once. A lookup costs one dictionary probe per token key; the longest phrase at a token wins.
/// </summary>
internal sealed class PhraseTable<T> where T : class
{
    private readonly HeadMatcher _heads;
    private readonly FrozenDictionary<string, Item[]> _byKey;
    private readonly FrozenDictionary<string, Item[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal sealed record Item(HeadPattern Head, string[] Following, T Value);

    public PhraseTable(HeadMatcher heads, IEnumerable<Item> items, Comparison<Item>? order = null)
    {
        _heads = heads;
        order ??= (a, b) => b.Following.Length.CompareTo(a.Following.Length);
        _byKey = items.GroupBy(i => i.Head.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => { var list = g.ToList(); list.Sort(order); return list.ToArray(); },
                StringComparer.OrdinalIgnoreCase);
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = _byKey.Values.Sum(v => v.Length);
    }

    public int Count { get; }

    /// <summary>The candidate lists, one per head key.</summary>
    public IEnumerable<Item[]> Buckets => _byKey.Values;

    /// <summary>The phrases filed under the token's lemma (or its form), most specific first; test each with <see cref="Matches"/>.</summary>
    public Item[] Candidates(Token token)
    {
        var lemma = token.Morph?.Lemma;
        if (lemma is not null && _byKey.TryGetValue(lemma, out var byLemma)) return byLemma;
        // English tokens may be listed by form (according to); tokens without analysis (punctuation) only by form.
        if ((lemma is null || _heads.Language != Languages.Language.Indonesian) && _bySpan.TryGetValue(token.Text, out var bySurface))
            return bySurface;
        return [];
    }

    /// <summary>Whether <paramref name="item"/>'s head matches the token at <paramref name="index"/> and its words follow at once.</summary>
    public bool Matches(Document doc, int index, int scopeEnd, Item item) =>
        _heads.Matches(doc[index], item.Head) && FollowingMatch(doc, index + 1, scopeEnd, item.Following);

    /// <summary>The longest phrase at <paramref name="index"/>, with the end (exclusive) of its tokens.</summary>
    public (T Value, int End)? Match(Document doc, int index, int scopeEnd)
    {
        foreach (var item in Candidates(doc[index]))
            if (Matches(doc, index, scopeEnd, item)) return (item.Value, index + 1 + item.Following.Length);
        return null;
    }

    /// <summary>
    /// The longest phrase whose head is at <paramref name="index"/> and whose other words follow it at once or start at
    /// <paramref name="detachedStart"/>: "agreed on Monday to resume" is "agree to" with an adverbial between.
    /// </summary>
    public (T Value, int End)? MatchDetached(Document doc, int index, int detachedStart, int scopeEnd)
    {
        foreach (var item in Candidates(doc[index]))
        {
            if (!_heads.Matches(doc[index], item.Head)) continue;
            if (FollowingMatch(doc, index + 1, scopeEnd, item.Following)) return (item.Value, index + 1 + item.Following.Length);
            if (detachedStart > index && FollowingMatch(doc, detachedStart, scopeEnd, item.Following))
                return (item.Value, detachedStart + item.Following.Length);
        }
        return null;
    }

    /// <summary>Whether <paramref name="words"/> occur at <paramref name="start"/>, before <paramref name="end"/>.</summary>
    internal static bool FollowingMatch(Document doc, int start, int end, string[] words)
    {
        if (start + words.Length > Math.Min(end, doc.TokenCount)) return words.Length == 0;
        for (int i = 0; i < words.Length; i++)
            if (!HeadMatcher.WordMatches(doc[start + i], words[i])) return false;
        return true;
    }
}
