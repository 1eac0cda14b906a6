using Warta.Actors;
using Warta.Text;

namespace Warta.Coding;

/// <summary>
/// What a document has said about its actors so far, in reading order: the people it has named with their roles,
/// the actors it has mentioned, and who spoke last. Pronouns, surnames and "both sides" are resolved against it.
/// One instance per document; not shared between threads.
/// </summary>
public sealed class ActorMemory
{
    private readonly Dictionary<string, Actor> _peopleByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Actor Actor, int Token, bool Individual)> _seen = [];

    /// <summary>The country most mentioned in the document: the home of a bare "polisi" or "the government".</summary>
    public string? HomeCountry { get; set; }

    /// <summary>The speaker of the latest attributed quote, for a following quote that names nobody.</summary>
    public Actor? LastSpeaker { get; set; }
    public int LastSpeakerSentence { get; set; } = -10;

    public IReadOnlyCollection<Actor> People => _peopleByName.Values;

    private readonly List<(Actor Actor, int Token, bool CountryNamed)> _subjects = [];
    private readonly List<(Actor Actor, int Token)> _parties = [];

    /// <summary>Records the subject of a clause: "katanya" after a quote points back at subjects that are people.</summary>
    /// <param name="countryNamed">False when its country is only the story's home country ("a ministry official").</param>
    public void ObserveSubject(Actor actor, int token, bool countryNamed = true)
    {
        if (_subjects.Count == 0 || _subjects[^1].Actor.Key != actor.Key) _subjects.Add((actor, token, countryNamed));
    }

    private (Actor First, Actor Second, int Token)? _coordinated;

    /// <summary>
    /// Records two actors named together: as one subject ("Indonesia dan Malaysia mengecam …"), or as what a pair word
    /// stood for ("Iran dan Qatar menyerukan kedua negara menahan diri": a later "kedua pihak" is that pair again, not
    /// the two callers). The pair named last in the text wins, whichever stage of a sentence resolved it first.
    /// </summary>
    public void ObserveCoordinated(Actor first, Actor second, int token)
    {
        if (_coordinated is null || token >= _coordinated.Value.Token) _coordinated = (first, second, token);
    }

    /// <summary>Records the source of an event: "kedua negara", "both sides" refer back to parties that acted.</summary>
    public void ObserveParty(Actor actor, int token)
    {
        if (_parties.Count == 0 || _parties[^1].Actor.Key != actor.Key) _parties.Add((actor, token));
    }

    /// <summary>Records an actor mentioned at <paramref name="token"/>; a named person is remembered by each part of the name.</summary>
    public void Observe(Actor actor, int token, bool individual = false)
    {
        _seen.Add((actor, token, individual || actor.Name is not null));
        if (actor.Name is not { Length: > 0 } name) return;
        _peopleByName[name] = actor;
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (part.Length >= 3 && char.IsUpper(part[0])) _peopleByName.TryAdd(part, actor);
    }

    /// <summary>
    /// A person first named with no country ("Prime Minister Kyriakos Mitsotakis") whose country the story then gave: later
    /// mentions by name ("Mitsotakis") are of that country, whatever has been named since.
    /// </summary>
    public void SettleCountry(Actor person)
    {
        if (person.Name is not { Length: > 0 } name || person.Country is null) return;
        foreach (var key in _peopleByName.Where(p => p.Value.Name == name && p.Value.Country is null).Select(p => p.Key).ToList())
            _peopleByName[key] = person;
    }

    /// <summary>A person named earlier, found by a later mention of the surname or the full name.</summary>
    public bool TryGetPerson(ReadOnlySpan<char> name, out Actor actor)
    {
        var lookup = _peopleByName.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(name, out actor!);
    }

    /// <summary>The latest person mentioned before <paramref name="token"/>, else the latest actor.</summary>
    public Actor? LatestPerson(int token)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token < token && _seen[i].Individual) return _seen[i].Actor;
        // No person yet: "Kazakhstan mengecam Rusia. Dia juga …" means the last subject, not the last actor named.
        for (int i = _subjects.Count - 1; i >= 0; i--)
            if (_subjects[i].Token < token) return _subjects[i].Actor;
        return Latest(token);
    }

    /// <summary>The latest subject of a clause before <paramref name="token"/> ("mereka", "they" point back at it).</summary>
    public Actor? LatestSubject(int token)
    {
        for (int i = _subjects.Count - 1; i >= 0; i--)
            if (_subjects[i].Token < token) return _subjects[i].Actor;
        return null;
    }

    /// <summary>
    /// The subject of the latest clause before <paramref name="token"/> when that clause starts at or after
    /// <paramref name="from"/> and its subject's country was named, not the story's default; else null.
    /// </summary>
    public Actor? LatestNamedSubjectSince(int from, int token)
    {
        for (int i = _subjects.Count - 1; i >= 0; i--)
            if (_subjects[i].Token < token)
                return _subjects[i].Token >= from && (_subjects[i].CountryNamed || !_subjects[i].Actor.IsPeople) ? _subjects[i].Actor : null;
        return null;
    }

    /// <summary>The latest named person who was the subject of a clause before <paramref name="token"/>.</summary>
    public Actor? LatestSubjectPerson(int token)
    {
        for (int i = _subjects.Count - 1; i >= 0; i--)
            if (_subjects[i].Token < token && _subjects[i].Actor.Name is not null) return _subjects[i].Actor;
        return null;
    }

    /// <summary>Actors mentioned in [<paramref name="from"/>, <paramref name="to"/>), latest first, with the token that named each.</summary>
    public IEnumerable<(Actor Actor, int Token)> RecentSince(int from, int to)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token >= from && _seen[i].Token < to) yield return (_seen[i].Actor, _seen[i].Token);
    }

    /// <summary>
    /// The country of the latest people (civilians, workers, protesters…) named before <paramref name="token"/>, of the
    /// same role when there are any, for "para pekerja itu", "the workers".
    /// </summary>
    public string? LatestPeopleCountry(int token, string? role)
    {
        string? any = null;
        for (int i = _seen.Count - 1; i >= 0; i--)
        {
            var actor = _seen[i].Actor;
            if (_seen[i].Token >= token || actor.Country is null || !actor.IsPeople) continue;
            if (actor.Role == role) return actor.Country;
            any ??= actor.Country;
        }
        return any;
    }

    /// <summary>
    /// The country of the latest clause subject of role <paramref name="role"/> in [<paramref name="from"/>,
    /// <paramref name="to"/>): "Kementerian Luar Negeri Yunani menyebut … Menteri Luar Negeri Giorgos Gerapetritis".
    /// </summary>
    public string? LatestSubjectCountryOfRole(string role, int from, int to)
    {
        for (int i = _subjects.Count - 1; i >= 0; i--)
            if (_subjects[i].Token >= from && _subjects[i].Token < to && _subjects[i].CountryNamed && _subjects[i].Actor.Role == role
                && _subjects[i].Actor.Country is { } country)
                return country;
        return null;
    }

    /// <summary>The latest international organisation mentioned before <paramref name="token"/> ("the alliance", "the bloc").</summary>
    public Actor? LatestOrganisation(int token)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token < token && _seen[i].Actor.Code.StartsWith("IGO", StringComparison.Ordinal)) return _seen[i].Actor;
        return null;
    }

    /// <summary>
    /// The latest non-state armed group (rebels, insurgents, separatists, gangs: a group of groups.tsv or a role phrase
    /// such as "kelompok bersenjata TPNPB") of a known country mentioned before <paramref name="token"/>, for "kelompok itu",
    /// "geng tersebut".
    /// </summary>
    public Actor? LatestArmedGroup(int token)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token < token && _seen[i].Actor is { Role: "REB" or "INS" or "SEP" or "CRM", Country: not null }) return _seen[i].Actor;
        return null;
    }

    /// <summary>The latest actor of any kind mentioned before <paramref name="token"/>.</summary>
    public Actor? Latest(int token)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token < token) return _seen[i].Actor;
        return null;
    }

    /// <summary>The latest actor that is not a person (for "it", "its").</summary>
    public Actor? LatestCollective(int token)
    {
        for (int i = _seen.Count - 1; i >= 0; i--)
            if (_seen[i].Token < token && _seen[i].Actor.Name is null) return _seen[i].Actor;
        return null;
    }

    /// <summary>The two latest distinct actors before <paramref name="token"/> (kedua menteri, both sides), persons first when asked.</summary>
    /// <summary>
    /// How many of the latest mentions a pair is looked for in: "both sides" points at parties named recently, and a
    /// document of thousands of mentions would otherwise be read back to its start for every pair word.
    /// </summary>
    private const int PairLookBack = 200;

    public List<Actor> LatestPair(int token, bool people, string? excludeKey = null)
    {
        var pair = new List<Actor>(2);
        if (!people)
        {
            // "kedua negara", "both sides": the two last named together as a subject, else the two latest parties that acted.
            if (_coordinated is { } pairNamed && pairNamed.Token < token && pairNamed.First.Key != excludeKey && pairNamed.Second.Key != excludeKey)
                return [pairNamed.First, pairNamed.Second];
            for (int i = _parties.Count - 1; i >= Math.Max(0, _parties.Count - PairLookBack) && pair.Count < 2; i--)
            {
                var actor = _parties[i].Actor;
                // (People with no country, "300 people", are no side.)
                if (actor.Country is null && actor.Code == actor.Role) continue;
                if (_parties[i].Token >= token || actor.Key == excludeKey || pair.Exists(a => a.Key == actor.Key)) continue;
                pair.Add(actor);
            }
            if (pair.Count == 2) return pair;
            pair.Clear();
        }
        for (int pass = 0; pass < 2 && pair.Count < 2; pass++)
        {
            for (int i = _seen.Count - 1; i >= Math.Max(0, _seen.Count - PairLookBack) && pair.Count < 2; i--)
            {
                var actor = _seen[i].Actor;
                if (_seen[i].Token >= token) continue;
                if (pass == 0 && people && actor.Name is null) continue;
                if (pair.Exists(a => a.Key == actor.Key) || actor.Key == excludeKey) continue;
                pair.Add(actor);
            }
            if (!people) break;
        }
        return pair;
    }
}
