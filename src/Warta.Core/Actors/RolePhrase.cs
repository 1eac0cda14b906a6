using Warta.Languages;
using Warta.Text;

namespace Warta.Actors;

/// <summary>A country, demonym, seat, IGO or place that says whose a role is: "Rusia" in "pasukan Rusia".</summary>
internal readonly record struct Modifier(int End, ActorEntry Entry)
{
    public bool IsIgo => Entry.Kind == ActorEntryKind.Igo;
    public string? Country => Entry.Actor.Country;
}

/// <summary>
/// A role noun phrase: one or more role nouns (with deputy prefixes), the country or IGO they belong to if any,
/// and an envoy's posting. <see cref="Role"/> is the first strong role code of the chain, else the first weak one.
/// </summary>
internal readonly record struct RolePhrase(int Start, int End, int Head, string Role, bool AllWeak, RoleClass FirstClass, Modifier? Owner)
{
    /// <summary>The country an envoy is posted to ("untuk Moskow"), or null.</summary>
    public string? PostedTo { get; init; }

    public bool IsTitle => FirstClass is RoleClass.Person or RoleClass.Envoy;

    public Actor ToActor(string? name = null)
    {
        if (Owner is not { } owner) return new Actor(Role, null, Role, name);
        // A seat that is an arm of a state (TNI = IDNMIL) gives its role to a weak chain: "juru bicara TNI" is IDNMIL; so
        // does an armed group or movement: "juru bicara Houthi", "the Taliban's leader" speak for the group (YEMREB), not
        // for the government of its country.
        if (owner.Entry.Kind is ActorEntryKind.Seat or ActorEntryKind.Group && owner.Entry.Actor.Role is { } ownerRole && AllWeak)
            return new Actor(owner.Entry.Actor.Code, owner.Country, ownerRole, name);
        // An IGO or another actor of no country (the Red Cross: NGOHLHIRC) keeps its code; its officials are itself.
        if (owner.IsIgo || owner.Country is null)
            return Role == "GOV" || !owner.IsIgo && owner.Entry.Actor.Code.Length > 3 ? new Actor(owner.Entry.Actor.Code, null, Role, name) : Actor.Combine(owner.Entry.Actor.Code, null, Role, name);
        return Actor.Combine(owner.Country!, owner.Country, Role, name);
    }
}

/// <summary>
/// Parses role phrases. Indonesian is head-first ("Menteri Luar Negeri Kazakh", "duta besarnya untuk Moskow");
/// English puts the owner first ("the Russian Foreign Ministry", "Kazakhstan's president") or after of/for
/// ("spokeswoman for the Russian Foreign Ministry"). Both take an envoy's posting (untuk/di/to/in X) into the phrase.
/// </summary>
internal static class RolePhraseParser
{
    public static bool TryParse(SentenceMatches m, int i, out RolePhrase phrase)
    {
        var language = m.Doc.Language;
        if (language != Language.English && TryIndonesian(m, i, out phrase)) return true;
        if (language != Language.Indonesian && TryEnglish(m, i, depth: 0, out phrase)) return true;
        phrase = default;
        return false;
    }

    public static bool TryModifier(SentenceMatches m, int i, out Modifier modifier)
    {
        modifier = default;
        if (m.EntryAt(i) is not { } e) return false;
        if (e.Kind is not (ActorEntryKind.Country or ActorEntryKind.Demonym or ActorEntryKind.Seat or ActorEntryKind.Igo or ActorEntryKind.Place
            or ActorEntryKind.Group))
            return false;
        modifier = new Modifier(m.EntryEnd(i), e);
        // A seat next to its own country is one owner: "U.S. State Department", "Kemlu RI", "Russia's Kremlin".
        int next = m.IsWord(modifier.End, ActorWordKind.Possessive) ? modifier.End + 1 : modifier.End;
        if (m.EntryAt(next) is { } other && other.Actor.Country == e.Actor.Country && e.Actor.Country is not null
            && (e.Kind == ActorEntryKind.Seat) != (other.Kind == ActorEntryKind.Seat)
            && other.Kind is ActorEntryKind.Country or ActorEntryKind.Demonym or ActorEntryKind.Seat)
            modifier = new Modifier(m.EntryEnd(next), e.Kind == ActorEntryKind.Seat ? e : other);
        return true;
    }

    private static bool TryIndonesian(SentenceMatches m, int i, out RolePhrase phrase)
    {
        phrase = default;
        if (!TryChain(m, i, headFirst: true, out var chain)) return false;
        int j = chain.End;
        Modifier? owner = null;
        if (j < m.End && m.Row(j).IsClitic && m.IsWord(j, ActorWordKind.PossessiveClitic)) j++;  // duta besarnya: the owner is for the coder to resolve
        else if (TryModifier(m, j, out var mod)) { owner = mod; j = mod.End; }
        // "nelayan asal Vietnam", "awak kapal berbendera Vietnam": people linked to their country by a word of origin.
        else if (chain.FirstClass == RoleClass.Group && (IsOriginWord(m, j) || m.IsWord(j, ActorWordKind.FlagWord)) && TryModifier(m, j + 1, out var origin))
        { owner = origin; j = origin.End; }
        j = SkipPosting(m, j, chain.Posted, out var posted);
        if (owner is null && TrySeatOfBody(m, j, chain, out var seat)) { owner = seat; j = seat.End; }
        if (chain.AllWeak && owner is null) return false;
        phrase = new RolePhrase(i, j, chain.Head, chain.Role, chain.AllWeak, chain.FirstClass, owner) { PostedTo = posted };
        return true;
    }

    private static bool TryEnglish(SentenceMatches m, int i, int depth, out RolePhrase phrase)
    {
        phrase = default;
        int j = i;
        Modifier? owner = null;
        if (TryModifier(m, j, out var mod))
        {
            owner = mod;
            j = mod.End;
            if (m.IsWord(j, ActorWordKind.Possessive)) j++;
        }
        if (!TryChain(m, j, headFirst: false, out var chain)) return false;
        j = chain.End;
        string role = chain.Role;
        bool allWeak = chain.AllWeak;
        if (owner is null && depth == 0 && m.IsWord(j, ActorWordKind.OwnerPreposition))
        {
            // "the crew of a Vietnamese fishing boat": the people of something a country owns are that country's.
            int k = m.IsWord(j + 1, ActorWordKind.Article) ? j + 2 : j + 1;
            if (TryEnglish(m, k, depth + 1, out var inner))
            {
                owner = inner.Owner;
                if (allWeak && !inner.AllWeak) { role = inner.Role; allWeak = false; }
                j = inner.End;
            }
            else if (TryModifier(m, k, out var ofOwner))
            {
                owner = ofOwner;
                j = ofOwner.End;
            }
        }
        j = SkipPosting(m, j, chain.Posted, out var posted);
        if (owner is null && TrySeatOfBody(m, j, chain, out var seat)) { owner = seat; j = seat.End; }
        if (allWeak && owner is null) return false;
        phrase = new RolePhrase(i, j, chain.Head, role, allWeak, chain.FirstClass, owner) { PostedTo = posted };
        return true;
    }

    /// <summary>"asal", "berkebangsaan", "berkewarganegaraan": the country after it is where a person comes from.</summary>
    public static bool IsOriginWord(SentenceMatches m, int j) => m.IsWord(j, ActorWordKind.OriginWord);

    private static int SkipPosting(SentenceMatches m, int j, bool posted, out string? postedTo)
    {
        postedTo = null;
        if (!posted || !m.IsWord(j, ActorWordKind.PostingPreposition)) return j;
        int k = m.IsWord(j + 1, ActorWordKind.Article) ? j + 2 : j + 1;
        if (!TryModifier(m, k, out var post) || post.IsIgo) return j;
        postedTo = post.Country;
        return post.End;
    }

    /// <summary>An institution located at a seat of power belongs to it: "Kementerian Luar Negeri di Moskow", "the ministry in Moscow".</summary>
    private static bool TrySeatOfBody(SentenceMatches m, int j, Chain chain, out Modifier seat)
    {
        seat = default;
        return !chain.Posted && chain.LastClass == RoleClass.Body && m.IsWord(j, ActorWordKind.SeatPreposition)
            && TryModifier(m, j + 1, out seat) && seat.Entry.Kind == ActorEntryKind.Seat;
    }

    private readonly record struct Chain(int End, int Head, string Role, bool AllWeak, bool Posted, RoleClass FirstClass, RoleClass LastClass);

    /// <summary>Role nouns in a row, each optionally after deputy prefixes: "Wakil Menteri Luar Negeri", "Foreign Ministry spokeswoman".</summary>
    private static bool TryChain(SentenceMatches m, int i, bool headFirst, out Chain chain)
    {
        chain = default;
        int j = i, head = -1;
        string? strong = null, weak = null;
        bool posted = false;
        RoleClass firstClass = RoleClass.None, lastClass = RoleClass.None;
        while (true)
        {
            int k = j;
            while (m.Is(k, ActorEntryKind.RolePrefix)) k = m.EntryEnd(k);
            if (!m.Is(k, ActorEntryKind.Role)) break;
            var e = m.EntryAt(k)!;
            if (firstClass == RoleClass.None) firstClass = e.RoleClass;
            lastClass = e.RoleClass;
            if (e.IsWeakRole) weak ??= e.Actor.Role;
            else strong ??= e.Actor.Role;
            posted |= e.RoleClass is RoleClass.Envoy or RoleClass.Mission;
            if (head < 0 || !headFirst) head = headFirst ? k : m.EntryEnd(k) - 1;
            j = m.EntryEnd(k);
        }
        if (j == i || head < 0) return false;
        chain = new Chain(j, head, strong ?? weak!, strong is null, posted, firstClass, lastClass);
        return true;
    }
}
