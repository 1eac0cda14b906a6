using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Actors;

/// <summary>What a function word does inside an actor mention (data/LANG/actor-words.tsv).</summary>
public enum ActorWordKind : byte
{
    /// <summary>article: skipped before an owner or a posting ("for the Russian Foreign Ministry").</summary>
    Article,
    /// <summary>possessive: the owner before it owns the role after it ("Kazakhstan's president").</summary>
    Possessive,
    /// <summary>possessive-clitic: the role's owner is someone the coder resolves ("duta besarnya").</summary>
    PossessiveClitic,
    /// <summary>owner-preposition: the owner follows the role ("spokeswoman for the ministry", "the crew of a boat").</summary>
    OwnerPreposition,
    /// <summary>name-owner-preposition: the owner follows a titled name ("Foreign Minister X of Zambia", "Raja Hassan dari Maroko").</summary>
    NameOwnerPreposition,
    /// <summary>posting-preposition: the country an envoy is posted to follows it ("ambassador to Russia", "dubes untuk Rusia").</summary>
    PostingPreposition,
    /// <summary>seat-preposition: an institution located at a seat of power belongs to it ("the ministry in Moscow").</summary>
    SeatPreposition,
    /// <summary>origin-word: the country after it is where a person comes from ("asal Kanada", "berkebangsaan Jepang").</summary>
    OriginWord,
    /// <summary>origin-preposition: a phrase it opens, hung on a role noun, names where the people come from ("instructors
    /// from Rwanda", "instruktur dari Rwanda"); the coder reads the tree to tell it from the verb's ("withdrew troops from Syria").</summary>
    OriginPreposition,
    /// <summary>flag-word: a boat's crew belongs to the country whose flag it flies ("berbendera Vietnam").</summary>
    FlagWord,
    /// <summary>name-particle: a lower-case word inside a person's name ("bin", "von", "van der").</summary>
    NameParticle,
    /// <summary>relative: opens a relative clause on the name before it ("X, who heads …", "X, yang memimpin …").</summary>
    Relative,
    /// <summary>leading-verb: a verb (English by lemma) whose subject leads the body it names ("heads", "memimpin").</summary>
    LeadingVerb,
}

/// <summary>
/// The function words the mention finder reads, for one language (or both, for a document of unknown language),
/// read from <c>data/LANG/actor-words.tsv</c>: lines "kind&lt;TAB&gt;word", matched ignoring case.
/// </summary>
public sealed class ActorWords
{
    public const string FileName = "actor-words.tsv";

    private static readonly (string Name, ActorWordKind Kind)[] KindNames =
    [
        ("article", ActorWordKind.Article), ("possessive", ActorWordKind.Possessive),
        ("possessive-clitic", ActorWordKind.PossessiveClitic), ("owner-preposition", ActorWordKind.OwnerPreposition),
        ("name-owner-preposition", ActorWordKind.NameOwnerPreposition), ("posting-preposition", ActorWordKind.PostingPreposition),
        ("seat-preposition", ActorWordKind.SeatPreposition), ("origin-word", ActorWordKind.OriginWord),
        ("flag-word", ActorWordKind.FlagWord),
        ("origin-preposition", ActorWordKind.OriginPreposition), ("name-particle", ActorWordKind.NameParticle),
        ("relative", ActorWordKind.Relative), ("leading-verb", ActorWordKind.LeadingVerb),
    ];

    private readonly WordSets _words;

    private ActorWords(WordSets words) => _words = words;

    /// <exception cref="WartaException">WRT0102 when the file is missing; WRT0103 naming the file and line of a bad line.</exception>
    public static ActorWords Load(DataDirectory data, Language language)
    {
        var path = data.File(language, FileName);
        var words = WordSets.Builders(KindNames.Length);
        foreach (var (line, fields) in data.ReadTable(path))
        {
            int kind = fields.Length == 2 && fields[1].Length > 0 ? Array.FindIndex(KindNames, k => k.Name == fields[0]) : -1;
            if (kind < 0)
                throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: expected 'kind<TAB>word' with kind one of {string.Join(", ", KindNames.Select(k => k.Name))}");
            words[(int)KindNames[kind].Kind].Add(fields[1]);
        }
        return new ActorWords(new WordSets(words));
    }

    /// <summary>The words of either list: what a document whose language is unknown is read with.</summary>
    public static ActorWords Union(ActorWords a, ActorWords b) => new(a._words.Union(b._words));

    public bool Has(ActorWordKind kind, ReadOnlySpan<char> word) => _words.Has((int)kind, word);

    /// <summary>How many words of <paramref name="kind"/> the list holds.</summary>
    public int Count(ActorWordKind kind) => _words.Count((int)kind);
}
