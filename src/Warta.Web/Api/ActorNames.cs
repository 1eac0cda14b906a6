using Warta.Actors;
using Warta.Store;

namespace Warta.Web.Api;

/// <summary>
/// The dictionaries' half of the actor autocomplete: every country, demonym, IGO and group name the coder knows with its
/// code, so typing "Kazakh" or "Kazakhstan" offers KAZ. Built once from the loaded dictionaries; immutable.
/// </summary>
public sealed class ActorNames
{
    private readonly (string Folded, string Name, string Code)[] _names;
    private readonly Dictionary<string, string> _nameOfCode;

    public ActorNames(ActorDictionary dictionary)
    {
        _names = dictionary.Entries
            .Where(e => e.Kind is ActorEntryKind.Country or ActorEntryKind.Demonym or ActorEntryKind.Igo or ActorEntryKind.Group)
            .Select(e => (Name: string.Join(' ', e.Surface), e.Actor.Code))
            .DistinctBy(n => (n.Name.ToLowerInvariant(), n.Code))
            .Select(n => (n.Name.ToLowerInvariant(), n.Name, n.Code))
            .ToArray();
        // A code's display name: the shortest name of its first dictionary line that is not an acronym (countries and IGOs
        // only): "United Nations" rather than "UN" or "Perserikatan Bangsa-Bangsa". The lines carry no language, so a
        // country may be named in Indonesian (DEU: Jerman); the network shows a country by its code anyway.
        _nameOfCode = dictionary.Entries
            .Where(e => e.Kind is ActorEntryKind.Country or ActorEntryKind.Igo)
            .GroupBy(e => e.Actor.Code)
            .ToDictionary(g => g.Key, g =>
            {
                var names = g.GroupBy(e => (e.File, e.Line)).First().Select(e => string.Join(' ', e.Surface)).ToList();
                return names.Where(n => n.Any(char.IsLower)).MinBy(n => n.Length) ?? names[0];
            }, StringComparer.Ordinal);
    }

    /// <summary>The dictionaries' name for a country or IGO code (KAZ → Kazakhstan, IGOUNO → United Nations), or null.</summary>
    public string? NameOf(string code) => _nameOfCode.GetValueOrDefault(code);

    /// <summary>
    /// Names that start with the text (then those that hold it), one per code, shortest name first within each; codes
    /// that start with the text come first of all.
    /// </summary>
    public IReadOnlyList<ActorSuggestion> Find(string text, int limit)
    {
        var folded = text.Trim().ToLowerInvariant();
        if (folded.Length == 0) return [];
        return _names
            .Select(n => (n.Name, n.Code, Rank: n.Code.StartsWith(folded, StringComparison.OrdinalIgnoreCase) ? 0
                : n.Folded.StartsWith(folded, StringComparison.Ordinal) ? 1
                : n.Folded.Contains(folded, StringComparison.Ordinal) ? 2 : -1))
            .Where(n => n.Rank >= 0)
            .OrderBy(n => n.Rank).ThenBy(n => n.Name.Length).ThenBy(n => n.Code, StringComparer.Ordinal)
            .DistinctBy(n => n.Code)
            .Take(limit)
            .Select(n => new ActorSuggestion(n.Code, n.Name, 0))
            .ToList();
    }
}
