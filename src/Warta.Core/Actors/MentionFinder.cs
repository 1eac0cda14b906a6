using System.Diagnostics.CodeAnalysis;
using Warta.Text;

namespace Warta.Actors;

/// <summary>
/// Finds the actors and places named in one sentence: countries, demonyms, seats, IGOs, places, role phrases
/// ("pasukan Rusia", "the Russian Foreign Ministry"), titled and apposed people ("Presiden Kassym-Jomart Tokayev",
/// "Maria Zakharova, juru bicara Kementerian Luar Negeri Rusia") and known leaders by name at the document's date.
/// Mentions do not overlap; at each position the longest pattern wins. Stateless and thread-safe.
/// It does not resolve pronouns or earlier people: a person mention carries the <see cref="Actor.Name"/> for that.
/// </summary>
public sealed class MentionFinder(ActorDictionary dictionary)
{
    private const int MaxNameTokens = 6;

    public ActorDictionary Dictionary { get; } = dictionary;

    public IReadOnlyList<Mention> Find(Document doc, int sentenceIndex, DateOnly? date) => Find(doc, sentenceIndex, date, null);

    /// <summary>
    /// As <see cref="Find(Document, int, DateOnly?)"/>, and adds to <paramref name="unknownNames"/> the token ranges
    /// [Start, End) of capitalised names that gave no mention ("Vrublevsky" alone), for the coder's document memory
    /// to match against the <see cref="Actor.Name"/> of earlier person mentions.
    /// </summary>
    public IReadOnlyList<Mention> Find(Document doc, int sentenceIndex, DateOnly? date, List<(int Start, int End)>? unknownNames)
    {
        var sentence = doc.SentenceRows[sentenceIndex];
        using var m = new SentenceMatches(doc, sentence.FirstToken, sentence.EndToken, Dictionary.Trie, Dictionary.Words(doc.Language));
        List<Mention>? found = null;
        for (int i = m.First; i < m.End;)
        {
            if (TryAt(m, i, date, out var mention, out int next)) (found ??= []).Add(mention);
            else if (next > i + 1 || (unknownNames is not null && NameEnd(m, i) > i)) unknownNames?.Add((i, next));
            i = next;
        }
        return found is null ? [] : found;
    }

    /// <summary>The mention starting at token <paramref name="i"/> if any; <paramref name="next"/> is where to look next
    /// (past the mention, or past a whole unknown name so its surname is not read as something else).</summary>
    private bool TryAt(SentenceMatches m, int i, DateOnly? date, out Mention mention, out int next)
    {
        mention = default;
        next = i + 1;
        bool found = TryPatterns(m, i, date, ref mention, ref next);
        if (found) next = mention.EndToken;
        return found;
    }

    private bool TryPatterns(SentenceMatches m, int i, DateOnly? date, ref Mention mention, ref int next)
    {
        if (RolePhraseParser.TryParse(m, i, out var phrase)) return FromRolePhrase(m, phrase, date, out mention);
        if (NameEnd(m, i) is var nameEnd && nameEnd > i)
        {
            next = nameEnd;
            return FromName(m, i, nameEnd, date, out mention);
        }
        if (TryForeignInstitution(m, i, out mention)) return true;
        if (TryOrigin(m, i, out mention)) return true;
        if (RolePhraseParser.TryModifier(m, i, out var modifier))
        {
            var e = modifier.Entry;
            var (kind, rule) = e.Kind switch
            {
                ActorEntryKind.Country => (MentionKind.Country, "country"),
                ActorEntryKind.Demonym => (MentionKind.Demonym, "demonym"),
                ActorEntryKind.Seat => (MentionKind.Seat, "seat"),
                ActorEntryKind.Igo => (MentionKind.Igo, "igo"),
                ActorEntryKind.Group => (MentionKind.Group, "group"),
                _ => (MentionKind.Place, "place"),
            };
            int head = e.Kind == ActorEntryKind.Seat && m.EntryAt(i) != e ? modifier.End - 1 : m.EntryEnd(i) - 1;
            bool where = e.Kind is ActorEntryKind.Seat or ActorEntryKind.Place;
            mention = new Mention(i, modifier.End, head, kind, where ? Dictionary.Statehood.On(e.Actor, date) : e.Actor, rule)
            {
                Source = e.Source,
                OtherReadings = where && m.EntryAt(i) == e ? OtherPlaces(m.EntryNode(i), e, date) : null,
            };
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Tripoli" is Libya's capital and a Lebanese port: the places and seats of other countries the same name has in
    /// the dictionary (each as of <paramref name="date"/>), for the coder to choose by the story; null when it has none.
    /// </summary>
    private IReadOnlyList<(MentionKind Kind, Actor Actor)>? OtherPlaces(int node, ActorEntry chosen, DateOnly? date)
    {
        List<(MentionKind, Actor)>? others = null;
        foreach (var entry in Dictionary.Trie.EntriesAt(node))
        {
            if (entry.Kind is not (ActorEntryKind.Seat or ActorEntryKind.Place) || entry.Actor.Country is not { } country
                || country == chosen.Actor.Country || others?.Exists(o => o.Item2.Country == country) == true) continue;
            (others ??= []).Add((entry.Kind == ActorEntryKind.Seat ? MentionKind.Seat : MentionKind.Place, Dictionary.Statehood.On(entry.Actor, date)));
        }
        return others;
    }

    /// <summary>
    /// "Kejaksaan Agung Peru", "Mahkamah Konstitusi Korea Selatan": the name of one state's institution followed by
    /// another country is that country's like institution (its role, that country).
    /// </summary>
    private static bool TryForeignInstitution(SentenceMatches m, int i, out Mention mention)
    {
        mention = default;
        if (m.EntryAt(i) is not { Kind: ActorEntryKind.Seat, Actor.Role: { } role } seat) return false;
        int end = m.EntryEnd(i);
        if (m.EntryAt(end) is not { Kind: ActorEntryKind.Country or ActorEntryKind.Demonym } other
            || other.Actor.Country is not { } country || country == seat.Actor.Country)
            return false;
        mention = new Mention(i, m.EntryEnd(end), i, MentionKind.Role, Actor.Combine(country, country, role), "institution+country") { Source = other.Source };
        return true;
    }

    /// <summary>
    /// "seorang misionaris asal Kanada", "pengusaha berkebangsaan Jepang": a word of origin after a noun the dictionary
    /// does not know as a role still says whose people the noun names: the country's (or the place's) civilians.
    /// (After a known people noun the role phrase reads it: "nelayan asal Vietnam".)
    /// </summary>
    private static bool TryOrigin(SentenceMatches m, int i, out Mention mention)
    {
        mention = default;
        if (i <= m.First || !RolePhraseParser.IsOriginWord(m, i)) return false;
        // "asal" is also "as long as" ("asal Rusia setuju"): only after the noun it modifies.
        if (m.Row(i - 1).Pos is not (Upos.NOUN or Upos.PROPN or Upos.ADJ)) return false;
        if (!RolePhraseParser.TryModifier(m, i + 1, out var origin) || origin.Country is not { } country || origin.IsIgo) return false;
        mention = new Mention(i, origin.End, origin.End - 1, MentionKind.Role, Actor.Combine(country, country, "CVL"), "origin")
            { Source = origin.Entry.Source };
        return true;
    }

    /// <summary>A role phrase, then a name ("Presiden Kassym-Jomart Tokayev") or an apposed one (", Pyotr Vrublevsky").</summary>
    private bool FromRolePhrase(SentenceMatches m, RolePhrase phrase, DateOnly? date, out Mention mention)
    {
        if (phrase.IsTitle)
        {
            int nameStart = phrase.End, rule = 0;
            // A rank between the title and the name belongs to the person: "Panglima TNI Jenderal Agus Subiyanto".
            if (m.EntryAt(nameStart) is { Kind: ActorEntryKind.Role, RoleClass: RoleClass.Person } && NameEnd(m, m.EntryEnd(nameStart)) > m.EntryEnd(nameStart))
                nameStart = m.EntryEnd(nameStart);
            if (NameEnd(m, nameStart) <= nameStart && m.IsMark(nameStart, ",")) { nameStart++; rule = 1; }
            int nameEnd = NameEnd(m, nameStart);
            var leader = nameEnd > nameStart ? LeaderOf(m, nameStart, nameEnd, date, titled: true) : null;
            // One capitalised word after a lower-case role is usually a modifier ("utusan Banderite"), not a name.
            bool plausible = nameEnd - nameStart >= 2 || leader is not null || (rule == 0 && char.IsUpper(m.Text(phrase.Start)[0]));
            if (nameEnd > nameStart && plausible)
            {
                // "Foreign Minister Kelvin Mwansa of Zambia", "Raja Hassan dari Maroko": the owner after the name.
                if (phrase.Owner is null && m.IsWord(nameEnd, ActorWordKind.NameOwnerPreposition)
                    && RolePhraseParser.TryModifier(m, m.IsWord(nameEnd + 1, ActorWordKind.Article) ? nameEnd + 2 : nameEnd + 1, out var of) && of.Entry.Kind != ActorEntryKind.Place)
                {
                    var owned = phrase with { Owner = of };
                    var ownedName = leader?.Actor.Name ?? NameText(m, nameStart, nameEnd);
                    mention = new Mention(phrase.Start, of.End, nameEnd - 1, MentionKind.Person, owned.ToActor(ownedName), "title+name+of")
                        { PostedTo = phrase.PostedTo, IsIndividual = true, Source = of.Entry.Source };
                    return true;
                }
                var name = leader?.Actor.Name ?? NameText(m, nameStart, nameEnd);
                var actor = phrase.Owner is null && leader is not null ? Titled(leader.Actor, phrase) : phrase.ToActor(name);
                mention = new Mention(phrase.Start, nameEnd, nameEnd - 1, MentionKind.Person, actor, rule == 0 ? "title+name" : "role,name")
                    { PostedTo = phrase.PostedTo, IsIndividual = true, Source = phrase.Owner?.Entry.Source ?? leader?.Source };
                return true;
            }
        }
        mention = new Mention(phrase.Start, phrase.End, phrase.Head, MentionKind.Role, phrase.ToActor(), phrase.Owner is null ? "role" : "role+owner")
            { PostedTo = phrase.PostedTo, IsIndividual = phrase.IsTitle, IsEnvoy = phrase.FirstClass == RoleClass.Envoy, Source = phrase.Owner?.Entry.Source };
        mention = PlacedRole(m, mention, phrase, date);
        return true;
    }

    /// <summary>
    /// "pasukan di Tripoli", "the Juba government": a role owned by a place or seat of no role of its own is of the country
    /// the place was in on <paramref name="date"/>, and has the other readings the place's name has.
    /// </summary>
    private Mention PlacedRole(SentenceMatches m, Mention mention, RolePhrase phrase, DateOnly? date)
    {
        if (phrase.Owner is not { Entry: { Kind: ActorEntryKind.Seat or ActorEntryKind.Place, Actor.Role: null } entry } owner
            || mention.Actor.Country is null) return mention;
        int start = owner.End - entry.Surface.Length;
        var others = m.EntryAt(start) == entry ? OtherPlaces(m.EntryNode(start), entry, date) : null;
        return mention with
        {
            Actor = Dictionary.Statehood.On(mention.Actor, date),
            OtherReadings = others?.Select(o => (MentionKind.Role, Actor.Combine(o.Actor.Country!, o.Actor.Country, phrase.Role))).ToList(),
        };
    }

    /// <summary>A name, then an apposed title ("Maria Zakharova, juru bicara …"), or a known leader on its own.</summary>
    private bool FromName(SentenceMatches m, int start, int end, DateOnly? date, out Mention mention)
    {
        mention = default;
        var leader = LeaderOf(m, start, end, date, titled: false);
        var name = leader?.Actor.Name ?? NameText(m, start, end);
        if (m.IsMark(end, ",") && RolePhraseParser.TryParse(m, end + 1, out var phrase) && phrase.IsTitle)
        {
            var actor = phrase.Owner is null && leader is not null ? Titled(leader.Actor, phrase) : phrase.ToActor(name);
            mention = new Mention(start, phrase.End, end - 1, MentionKind.Person, actor, "name,role")
                { PostedTo = phrase.PostedTo, IsIndividual = true, Source = phrase.Owner?.Entry.Source ?? leader?.Source };
            return true;
        }
        if (leader is null && TryLedBody(m, end, name, out var led, out var source))
        {
            mention = new Mention(start, end, end - 1, MentionKind.Person, led, "name,who-leads") { IsIndividual = true, Source = source };
            return true;
        }
        if (leader is null) return false;
        mention = new Mention(start, end, end - 1, MentionKind.Person, leader.Actor, "leader") { IsIndividual = true, Source = leader.Source };
        return true;
    }

    /// <summary>
    /// An unknown name defined by the body it leads: "Abdulqader al-Murtada, who heads the Houthi prisoners' committee",
    /// "X, yang memimpin kelompok Houthi". The person is that body's (a role phrase's actor, a group or IGO, a country's
    /// government). The mention stays the name: the relative clause is still read as a clause.
    /// </summary>
    private static bool TryLedBody(SentenceMatches m, int nameEnd, string name, [NotNullWhen(true)] out Actor? actor, out string? source)
    {
        actor = null;
        source = null;
        if (!m.IsMark(nameEnd, ",") || !m.IsWord(nameEnd + 1, ActorWordKind.Relative) || !m.IsLemma(nameEnd + 2, ActorWordKind.LeadingVerb))
            return false;
        int k = m.IsWord(nameEnd + 3, ActorWordKind.Article) ? nameEnd + 4 : nameEnd + 3;
        if (RolePhraseParser.TryParse(m, k, out var phrase))
        {
            (actor, source) = (phrase.ToActor(name), phrase.Owner?.Entry.Source);
            return true;
        }
        if (!RolePhraseParser.TryModifier(m, k, out var body) || body.Entry.Kind == ActorEntryKind.Place) return false;
        var e = body.Entry;
        actor = e.Kind is ActorEntryKind.Country or ActorEntryKind.Demonym
            ? Actor.Combine(body.Country!, body.Country, "GOV", name)
            : e.Actor with { Name = name };
        source = e.Source;
        return true;
    }

    /// <summary>
    /// A known person outside a term of office keeps the role the title gives ("President Yeltsin" after 1999 is still
    /// RUSGOV); a title of the branch of an older sub-office the dictionary lists names the office held now ("President
    /// William Ruto", a minister until 2013 in PETRARCH-2: KENGOVEDU → KENGOV).
    /// </summary>
    private static Actor Titled(Actor leader, RolePhrase phrase)
    {
        if (leader.Country is not { } country) return leader;
        var titled = country + phrase.Role;
        bool olderSubOffice = !phrase.AllWeak && leader.Role is not null && leader.Code.Length > titled.Length
            && leader.Code.StartsWith(titled, StringComparison.Ordinal);
        return leader.Role is null || olderSubOffice ? Actor.Combine(country, country, phrase.Role, leader.Name) : leader;
    }

    /// <summary>A leader named by the whole name or by its last words (a surname), valid at <paramref name="date"/>.</summary>
    private ActorEntry? LeaderOf(SentenceMatches m, int start, int end, DateOnly? date, bool titled)
    {
        for (int i = start; i < end; i++)
        {
            if (m.EntryAt(i) is not { Kind: ActorEntryKind.Leader } || m.EntryEnd(i) != end) continue;
            if (ActorDictionary.TryPickLeader(Dictionary.Trie.EntriesAt(m.EntryNode(i)), date, titled, out var leader)
                && (i == start || SameFirstName(m, start, leader.Actor.Name)))
                return leader;
        }
        return null;
    }

    /// <summary>
    /// A surname inside a longer name is that leader's only with the leader's first name ("Vladimir V. Putin"):
    /// "Mohammed Al Jaber" is not "Yassin Jaber".
    /// </summary>
    private static bool SameFirstName(SentenceMatches m, int start, string? leaderName)
    {
        if (leaderName is null) return false;
        int space = leaderName.IndexOf(' ');
        var first = space < 0 ? leaderName : leaderName[..space];
        return NameFolding.Fold(m.Text(start)) == NameFolding.Fold(first);
    }

    /// <summary>
    /// The end of a run of capitalised proper-noun tokens starting at <paramref name="i"/> (hyphenated ones included,
    /// particles such as bin/von/al between them), or <paramref name="i"/> when no name starts there. A name does not
    /// start with a country, role or other dictionary word, but a leader's name is one.
    /// </summary>
    private static int NameEnd(SentenceMatches m, int i)
    {
        int j = i;
        while (j < m.End && j - i < MaxNameTokens)
        {
            if (IsNameToken(m, j, first: j == i)) { j++; continue; }
            if (j > i && IsParticle(m, j) && (IsNameToken(m, j + 1, first: false) || IsPlaceInName(m, j + 1))) { j += 2; continue; }
            break;
        }
        return j;
    }

    private static bool IsNameToken(SentenceMatches m, int j, bool first)
    {
        if (j >= m.End) return false;
        ref readonly var row = ref m.Row(j);
        if (row.Kind != TokenKind.Word || row.IsClitic) return false;
        var text = m.Text(j);
        if (!char.IsUpper(text[0]) && !HasParticlePrefix(m, text) || text.Length < 2 && !first) return false;
        if (row.Pos is not (Upos.PROPN or Upos.X or Upos.NOUN) || CalendarWords.Contains(text)) return false;
        if (j == m.First && row.Pos != Upos.PROPN) return false;
        return m.EntryAt(j) is not { } e || e.Kind == ActorEntryKind.Leader;
    }

    /// <summary>
    /// "Mocimboa da Praia": a city's name after a particle inside a longer name is part of that name, not the city (here
    /// Cape Verde's capital).
    /// </summary>
    private static bool IsPlaceInName(SentenceMatches m, int j) =>
        j < m.End && m.Row(j).Pos == Upos.PROPN && char.IsUpper(m.Text(j)[0])
        && m.EntryAt(j) is { Kind: ActorEntryKind.Seat or ActorEntryKind.Place };

    private static bool IsParticle(SentenceMatches m, int j) =>
        m.IsWord(j, ActorWordKind.NameParticle);

    /// <summary>A particle joined by a hyphen to a capitalised name: "al-Murtada", "el-Sisi".</summary>
    private static bool HasParticlePrefix(SentenceMatches m, ReadOnlySpan<char> text)
    {
        int hyphen = text.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1]) && m.Words.Has(ActorWordKind.NameParticle, text[..hyphen]);
    }

    private static string NameText(SentenceMatches m, int start, int end)
    {
        var doc = m.Doc;
        int from = doc.TokenRows[start].Start, to = doc.TokenRows[end - 1].End;
        return doc.Text[from..to];
    }
}
