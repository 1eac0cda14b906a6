using Warta.Actors;
using Warta.Languages;
using Warta.Morphology;
using Warta.Text;

namespace Warta.Clauses;

/// <summary>
/// Per-sentence facts the clause builder asks about a token: its tag and clause-word kind, whether it is part of a
/// noun phrase or a mention, whether it is quoted, and where the comma-delimited asides are.
/// </summary>
internal sealed class SentenceScan
{
    private readonly Document _doc;
    private readonly ClauseWords _words;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly int[] _mentionAt;
    private readonly int[] _asidePartner;
    private readonly bool[] _quoted;
    private readonly bool _english;

    private readonly bool[] _dated;

    public SentenceScan(Document doc, int sentenceIndex, IReadOnlyList<Mention> mentions, ClauseWords words, bool startsInQuote,
        IReadOnlyList<Dates.DateMention>? dates = null)
    {
        _doc = doc;
        _words = words;
        _mentions = mentions;
        _english = doc.Language == Language.English;
        var row = doc.SentenceRows[sentenceIndex];
        Start = row.FirstToken;
        End = row.EndToken;
        int n = End - Start;
        _mentionAt = new int[n];
        _asidePartner = new int[n];
        _quoted = new bool[n];
        _dated = new bool[n];
        Array.Fill(_mentionAt, -1);
        Array.Fill(_asidePartner, -1);
        // "pekan lalu" is a date, whatever the tagger made of "lalu".
        if (dates is not null)
            foreach (var d in dates)
                for (int t = Math.Max(d.FirstToken, Start); t < Math.Min(d.EndToken, End); t++) _dated[t - Start] = true;
        for (int m = 0; m < mentions.Count; m++)
            for (int t = Math.Max(mentions[m].FirstToken, Start); t < Math.Min(mentions[m].EndToken, End); t++)
                _mentionAt[t - Start] = m;
        MarkQuotes(startsInQuote);
        FindAsides();
    }

    public int Start { get; }
    public int End { get; }

    public Upos Pos(int t) => IsNounAfterPreposition(t) ? Upos.NOUN : IsVerbAfterReciprocal(t) ? Upos.VERB : _doc.TokenRows[t].Pos;

    /// <summary>
    /// "saling tembak", "saling serang": a reciprocal adverb takes only a verb after it, often the bare root, which the
    /// tagger reads as a noun or adjective (tembak, serang); it is the verb, and matches the lexicon's verb of that root.
    /// </summary>
    private bool IsVerbAfterReciprocal(int t)
    {
        if (t <= Start || _mentionAt[t - Start] >= 0) return false;
        return _doc.TokenRows[t].Pos is Upos.NOUN or Upos.ADJ && _doc.TokenRows[t - 1].Pos == Upos.ADV
            && Kind(t - 1) == ClauseWordKind.Reciprocal;
    }

    /// <summary>
    /// "arrested 12 suspects in raids the next day": an English verb in -s right after a preposition is a plural noun,
    /// whatever the tagger said, since no finite verb follows a preposition.
    /// </summary>
    private bool IsNounAfterPreposition(int t)
    {
        if (!_english || t <= Start) return false;
        var row = _doc.TokenRows[t];
        return row.Pos == Upos.VERB && row.Morph is { Tense: "Pres", VerbForm: "Fin" } && _doc[t].Text.EndsWith('s')
            && IsPrepositionTag(t - 1);
    }

    // "in" before a noun is sometimes tagged SCONJ; "that", "if" and "which" are no prepositions, whatever their tag.
    private bool IsPrepositionTag(int t)
    {
        var row = _doc.TokenRows[t];
        if (row.Pos == Upos.ADP) return true;
        return row.Pos == Upos.SCONJ && _words[_doc.Text.AsSpan(row.Start, row.End - row.Start)] is not (ClauseWordKind.Complementizer
            or ClauseWordKind.Relative or ClauseWordKind.Condition);
    }

    /// <summary>A verb whose morphology marks tense (English "warned", "says"), not an infinitive or gerund ("turn", "trying").</summary>
    public bool IsFiniteVerb(int t) => _doc.TokenRows[t].Morph is { Tense: not null };

    /// <summary>An English past form or past participle ("arrested", "flown").</summary>
    public bool IsPastForm(int t) => _doc.TokenRows[t].Morph is { Tense: "Past" };

    /// <summary>An English -ing form ("urging", "saying").</summary>
    public bool IsGerund(int t) => _doc.TokenRows[t].Morph is { VerbForm: "Ger" };

    /// <summary>True when the clause's verb group holds an auxiliary of its own ("had arrested").</summary>
    public bool HasAuxiliaryBefore(Clause clause)
    {
        for (int t = clause.GroupStart; t < clause.Predicate; t++)
            if (Pos(t) == Upos.AUX) return true;
        return false;
    }

    public int MentionAt(int t) => _mentionAt[t - Start];

    public bool InQuote(int t) => _quoted[t - Start];

    /// <summary>True when the phrase holds an actor mention (a name, a role, a place), pronouns not counted.</summary>
    public bool HasNamedMention(Phrase phrase)
    {
        for (int t = phrase.Start; t < phrase.End; t++)
            if (_mentionAt[t - Start] >= 0) return true;
        return false;
    }

    public bool HasMention(Phrase phrase)
    {
        for (int t = phrase.Start; t < phrase.End; t++)
            if (_mentionAt[t - Start] >= 0 || IsPronoun(t)) return true;
        return false;
    }

    public ClauseWordKind Kind(int t)
    {
        var row = _doc.TokenRows[t];
        if (row.Kind != TokenKind.Word) return ClauseWordKind.None;
        var kind = _words[_doc.Text.AsSpan(row.Start, row.End - row.Start)];
        if (kind == ClauseWordKind.None && _english && row.Morph is { } morph) kind = _words[morph.Lemma];
        return kind switch
        {
            // "that agreement", "which country": determiners, not clause openers.
            ClauseWordKind.Complementizer or ClauseWordKind.Relative when row.Pos == Upos.DET => ClauseWordKind.None,
            // English "as a partner", "after the talks" are prepositions, but "after Russian missiles struck" opens a clause;
            // Indonesian "setelah" is both and opens a clause either way.
            ClauseWordKind.Subordinator when _english && row.Pos == Upos.ADP && !VerbFollowsPhrase(t) => ClauseWordKind.None,
            ClauseWordKind.Receive or ClauseWordKind.Light or ClauseWordKind.Realising when row.Pos != Upos.VERB => ClauseWordKind.None,
            _ => kind,
        };
    }

    /// <summary>True when a noun phrase and then a verb (after any auxiliaries) follow token <paramref name="t"/>.</summary>
    public bool VerbFollowsPhrase(int t)
    {
        int k = t + 1;
        int nouns = 0;
        while (k < End && (MentionAt(k) >= 0 || Pos(k) is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.DET or Upos.ADJ or Upos.NUM)) { k++; nouns++; }
        while (k < End && Pos(k) is Upos.AUX or Upos.ADV or Upos.PART) k++;
        return nouns > 0 && k < End && Pos(k) == Upos.VERB;
    }

    public bool IsPredicate(int t) =>
        (Pos(t) == Upos.VERB && !IsAttributiveParticiple(t) && !IsPluralAfterTo(t) || IsMistaggedPastVerb(t) || IsPredicativeParticiple(t) || IsControlWord(t))
        && MentionAt(t) < 0 && !_dated[t - Start] && !IsAdverbialized(t);

    /// <summary>
    /// "conceded to demands from the rebels", "bowed to calls for reform": an English -s form right after "to" is no
    /// infinitive (an infinitive is the bare verb), so "to" is a preposition and the word a plural noun, whatever the
    /// tagger read.
    /// </summary>
    private bool IsPluralAfterTo(int t) =>
        _english && t > Start && _doc[t - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)
        && _doc.TokenRows[t].Morph is { Suffixes: var suffixes } && suffixes.Contains("s");

    /// <summary>
    /// "sepakat untuk melanjutkan perundingan", "siap untuk menerima": an auxiliary-like word (clause-words kind
    /// auxiliary) the tagger did not call a verb, followed by a chain word and a verb, is the control verb of a clause of
    /// its own, which governs that verb (right before a verb it stays in the verb group: "sepakat menghidupkan"). So is
    /// one followed by a complementizer: "sepakat bahwa kedua negara harus bekerja sama" agrees on what the clause says.
    /// </summary>
    private bool IsControlWord(int t)
    {
        if (Pos(t) == Upos.VERB || Kind(t) != ClauseWordKind.Auxiliary || t + 2 >= End) return false;
        if (Kind(t + 1) == ClauseWordKind.Complementizer) return true;
        if (Kind(t + 1) != ClauseWordKind.Chain) return false;
        int k = t + 2;
        while (k < End && Pos(k) is Upos.AUX or Upos.ADV or Upos.PART) k++;
        return k < End && Pos(k) == Upos.VERB;
    }

    /// <summary>
    /// "both warring parties", "the ruling coalition", "the occupied West Bank", "the besieged town": an English -ing
    /// form or past participle between a determiner or adjective (and perhaps an adverb) and a noun describes the noun;
    /// it is no verb of its own.
    /// </summary>
    private bool IsAttributiveParticiple(int t)
    {
        if (IsHyphenatedParticiple(t)) return true;
        if (!_english || Pos(t) != Upos.VERB || t <= Start || t + 1 >= End) return false;
        // "the internationally recognised government", "a newly elected parliament": an adverb between them changes nothing.
        int before = t - 1;
        if (Pos(before) == Upos.ADV && before > Start && Pos(before - 1) is Upos.DET or Upos.ADJ) before--;
        if (Pos(before) is not (Upos.DET or Upos.ADJ) && !IsDemonymAdjective(before)
            || Kind(before) is ClauseWordKind.Relative or ClauseWordKind.Complementizer) return false;
        if (_doc[t].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return Pos(t + 1) == Upos.NOUN;
        return _doc.TokenRows[t].Morph is { Tense: "Past" } && Pos(t + 1) is Upos.NOUN or Upos.PROPN;
    }

    /// <summary>
    /// "Palestinian armed groups", "Syrian backed militias": a demonym the tagger called a proper noun is still an
    /// adjective of the noun phrase. A plural one ("Palestinians") is a noun, which may be the subject of the verb.
    /// </summary>
    private bool IsDemonymAdjective(int t)
    {
        if (MentionAt(t) is not (>= 0 and var m) || _mentions[m].Kind != MentionKind.Demonym || _mentions[m].EndToken != t + 1) return false;
        var text = _doc[t].Text;
        return !text.EndsWith("s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "a U.N.-brokered truce", "Iran-backed Houthis", "Russian-speaking regions": an English participle joined by a
    /// hyphen to the word before it, before a noun, is a compound adjective naming what the noun is known by; the act it
    /// names is no event of the sentence, and its subject is no subject of the sentence's verbs.
    /// </summary>
    private bool IsHyphenatedParticiple(int t)
    {
        if (!_english || Pos(t) != Upos.VERB || t + 1 >= End || Pos(t + 1) is not (Upos.NOUN or Upos.PROPN)) return false;
        var text = _doc[t].Text;
        bool participle = _doc.TokenRows[t].Morph is { Tense: "Past" } || text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (!participle) return false;
        if (text.IndexOf('-') > 0) return true;
        return t - 2 >= Start && _doc[t - 1].Text.SequenceEqual("-") && !_doc.TokenRows[t - 2].SpaceAfter && !_doc.TokenRows[t - 1].SpaceAfter;
    }

    /// <summary>
    /// "they were prepared to impose": an English participle tagged as an adjective after be (UD's reading), which the
    /// voice stage marked passive, is the verb of its clause.
    /// </summary>
    private bool IsPredicativeParticiple(int t) => _english && Pos(t) == Upos.ADJ && _doc.TokenRows[t].Voice == Voice.Passive;

    /// <summary>
    /// "troops exchanged fire": an English past form the tagger called an adjective, between a noun and the start of
    /// another noun phrase, is the verb of the clause.
    /// </summary>
    private bool IsMistaggedPastVerb(int t) =>
        _english && Pos(t) == Upos.ADJ && _doc.TokenRows[t].Morph is { Tense: "Past" }
        && t > Start && Pos(t - 1) is Upos.NOUN or Upos.PROPN && t + 1 < End && Pos(t + 1) is Upos.NOUN or Upos.DET or Upos.NUM or Upos.PRON;

    /// <summary>The first token of the date expression that holds <paramref name="t"/>, or -1.</summary>
    public int DateStart(int t)
    {
        if (!_dated[t - Start]) return -1;
        while (t - 1 >= Start && _dated[t - 1 - Start]) t--;
        return t;
    }

    /// <summary>"secara terbuka": the word after an adverb-maker is an adverb, whatever its tag.</summary>
    private bool IsAdverbialized(int t) => t - 1 >= Start && Kind(t - 1) == ClauseWordKind.Adverbial;

    /// <summary>For a closing bracket, its opening bracket within the sentence; else -1 ("Kementerian … (KKP) menangkap").</summary>
    public int BracketOpening(int t)
    {
        if (Pos(t) != Upos.PUNCT || !Is(t, ")")) return -1;
        for (int k = t - 1; k >= Start && t - k <= MaxAside; k--)
            if (Is(k, "(")) return k;
        return -1;
    }

    public bool IsOpeningQuote(int t) => Pos(t) == Upos.PUNCT && IsSingleChar(t, out char c) && TextChars.IsOpeningDoubleQuote(c);

    private bool IsSingleChar(int t, out char c)
    {
        var row = _doc.TokenRows[t];
        c = row.End - row.Start == 1 ? _doc.Text[row.Start] : '\0';
        return row.End - row.Start == 1;
    }

    public bool IsComma(int t) => Pos(t) == Upos.PUNCT && Is(t, ",");

    /// <summary>The preposition that joins a quantity or a part to its whole ("thousands of students").</summary>
    public bool IsOf(int t) => t >= Start && HasRole(t, WordRole.QuantityPreposition);

    public bool IsPossessive(int t) => HasRole(t, WordRole.PossessiveMarker);

    /// <summary>Whether a phrase after the agent preposition names a means, not an agent ("by phone", "by road"): its last word is a means noun.</summary>
    public bool NamesMeans(Phrase phrase) => phrase.End > phrase.Start && HasRole(phrase.End - 1, WordRole.MeansNoun);

    private bool HasRole(int t, WordRole role)
    {
        var row = _doc.TokenRows[t];
        return _words.Has(role, _doc.Text.AsSpan(row.Start, row.End - row.Start));
    }

    public bool IsThirdPersonClitic(int t) => _doc.TokenRows[t].IsClitic && Kind(t) == ClauseWordKind.ThirdPerson;

    /// <summary>
    /// A pronoun that is a noun phrase on its own (dia, mereka, it, they), not a possessive inside one (-nya, his, their):
    /// "on Wednesday it had found" is two phrases.
    /// </summary>
    public bool IsPersonalPronoun(int t)
    {
        return MentionAt(t) < 0 && !_doc.TokenRows[t].IsClitic && IsPronoun(t) && !HasRole(t, WordRole.PossessiveDeterminer);
    }

    public bool IsPronoun(int t) => Pos(t) == Upos.PRON && Kind(t) is ClauseWordKind.FirstPerson or ClauseWordKind.ThirdPerson;

    /// <summary>Auxiliaries, negators and adverbs between a subject and its verb (telah, tidak, akan, juga, did not).</summary>
    public bool IsVerbGroup(int t)
    {
        if (MentionAt(t) >= 0) return false;
        var pos = Pos(t);
        // "sepakat menghidupkan", "siap menampung": words that work as auxiliaries whatever the tagger called them.
        // (Tagged as a verb, such a word is a predicate of its own and governs the next one as a chain.)
        if (pos != Upos.VERB && Kind(t) == ClauseWordKind.Auxiliary && t + 1 < End && Pos(t + 1) is Upos.VERB or Upos.AUX or Upos.ADV or Upos.PART)
            return true;
        if (pos is not (Upos.AUX or Upos.PART or Upos.ADV)) return false;
        // "Putin kemudian mengkritik": an adverb that can also join clauses (kemudian, lalu) is part of the verb group.
        var kind = Kind(t);
        return !IsPossessive(t) && (kind is ClauseWordKind.None or ClauseWordKind.Reciprocal || kind == ClauseWordKind.Coordinator && pos == Upos.ADV);
    }

    private bool IsAdverbPart(int t) => Kind(t) == ClauseWordKind.Adverbial || IsAdverbialized(t);

    public bool IsVerbGroupOrAdverb(int t) => IsVerbGroup(t) || MentionAt(t) < 0 && IsAdverbPart(t);

    public bool IsNominal(int t)
    {
        if (MentionAt(t) >= 0) return true;
        var pos = Pos(t);
        if (pos is Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.ADJ or Upos.DET or Upos.PRON)
            return Kind(t) is not (ClauseWordKind.Relative or ClauseWordKind.Complementizer or ClauseWordKind.Subordinator
                or ClauseWordKind.Condition);
        if (IsAttributiveParticiple(t)) return true;
        // "more than 100 villagers", "lebih dari 40 warga": a comparison inside a quantity.
        if (pos == Upos.ADP && t > Start && Kind(t - 1) == ClauseWordKind.Comparative) return true;
        if (pos == Upos.CCONJ)
            return t + 1 < End && Pos(t + 1) is Upos.NOUN or Upos.NUM; // "both leaders", "kedua menteri" (tagged as a conjunction)
        return pos == Upos.PART && IsPossessive(t);
    }

    public bool StartsPhraseAfter(int t) => t + 1 < End && IsNominal(t + 1);

    /// <summary>The noun phrase ending at <paramref name="t"/>, with the preposition that governs it.</summary>
    public Phrase PhraseEndingAt(int t)
    {
        int a = t;
        while (true)
        {
            int m = MentionAt(a);
            if (m >= 0) a = Math.Max(_mentions[m].FirstToken, Start);
            if (IsPersonalPronoun(a)) break;
            // "By Wednesday evening both armies had agreed": a date before a noun phrase is not part of it.
            if (a - 1 >= Start && IsNominal(a - 1) && !IsPersonalPronoun(a - 1) && !(_dated[a - 1 - Start] && !_dated[a - Start])) { a--; continue; }
            break;
        }
        int prep = a - 1 >= Start && IsPreposition(a - 1) ? a - 1 : -1;
        return new Phrase(a, t + 1, prep);
    }

    /// <summary>The noun phrase starting at <paramref name="t"/>, governed by <paramref name="preposition"/> (-1: none).</summary>
    public Phrase PhraseStartingAt(int t, int preposition)
    {
        int b = t;
        while (b < End && IsNominal(b) && !(b > t && IsPersonalPronoun(b)) && !EndsDatePhrase(t, b, preposition))
        {
            if (IsPersonalPronoun(b)) { b++; break; }
            int m = MentionAt(b);
            b = m >= 0 ? Math.Min(_mentions[m].EndToken, End) : b + 1;
        }
        return new Phrase(t, Math.Max(b, t + 1), preposition);
    }

    /// <summary>
    /// "rejected on Thursday the ruling", "refused on Friday an Egyptian request": in English wire style a date phrase may
    /// come between a verb and its object; the noun phrase after the date is the object, not part of the date's phrase.
    /// </summary>
    private bool EndsDatePhrase(int t, int b, int preposition) =>
        _english && preposition >= 0 && b > t && _dated[t - Start] && _dated[b - 1 - Start] && !_dated[b - Start];

    /// <summary>For a comma that closes an aside, the comma that opens it; else -1.</summary>
    public int AsideOpening(int comma) => _asidePartner[comma - Start];

    /// <summary>For a comma that opens an aside, the comma that closes it; else -1.</summary>
    public int AsideClosing(int comma)
    {
        for (int c = comma + 1; c < End && c - comma - 1 <= MaxNounAside; c++)
        {
            if (Pos(c) == Upos.PUNCT && !IsComma(c)) return -1;
            if (IsComma(c) && MentionAt(c) < 0) return c - comma - 1 >= 1 && FitsAside(comma, c) ? c : -1;
        }
        return -1;
    }

    private const int MaxAside = 8;
    /// <summary>"Pakistan, a key U.S. ally in the war against terrorism, has refused": a noun phrase with no verb in it is an
    /// apposition however long its prepositional tail, up to this many tokens.</summary>
    private const int MaxNounAside = 14;

    /// <summary>Whether the tokens between two commas are short enough to be an aside: any 8, or up to 14 with no verb,
    /// relative word or coordinator.</summary>
    private bool FitsAside(int open, int close)
    {
        int inner = close - open - 1;
        if (inner <= MaxAside) return true;
        if (inner > MaxNounAside) return false;
        for (int t = open + 1; t < close; t++)
        {
            if (Kind(t) is ClauseWordKind.Relative or ClauseWordKind.Coordinator || Pos(t) == Upos.AUX) return false;
            // A "verb" right after a preposition is its object mistagged ("terhadap terorisme").
            if (Pos(t) == Upos.VERB && Pos(t - 1) != Upos.ADP) return false;
        }
        return true;
    }

    private bool IsPreposition(int t)
    {
        if (MentionAt(t) >= 0) return false;
        var kind = Kind(t);
        // "setelah duta besarnya … dipanggil": a subordinator opens a clause, it does not govern the phrase after it.
        if (kind is ClauseWordKind.Subordinator or ClauseWordKind.Condition or ClauseWordKind.Complementizer or ClauseWordKind.Relative)
            return false;
        return Pos(t) == Upos.ADP || kind is ClauseWordKind.Chain or ClauseWordKind.Agent;
    }

    private bool Is(int t, string text)
    {
        var row = _doc.TokenRows[t];
        return _doc.Text.AsSpan(row.Start, row.End - row.Start).Equals(text, StringComparison.Ordinal);
    }

    private void MarkQuotes(bool open)
    {
        for (int t = Start; t < End; t++)
        {
            var row = _doc.TokenRows[t];
            var text = _doc.Text.AsSpan(row.Start, row.End - row.Start);
            if (row.Kind == TokenKind.Punctuation && text.Length == 1)
            {
                char c = text[0];
                if (TextChars.IsDoubleQuote(c))
                {
                    _quoted[t - Start] = true;
                    open = TextChars.IsOpeningDoubleQuote(c) || !TextChars.IsClosingDoubleQuote(c) && !open;
                    continue;
                }
            }
            _quoted[t - Start] = open;
        }
        EndsInQuote = open;
    }

    /// <summary>True when a quote is still open after the sentence's last token.</summary>
    public bool EndsInQuote { get; private set; }

    /// <summary>
    /// Pairs of commas around 2–8 tokens that follow a noun and do not start with a verb: appositions and short
    /// relative clauses (", sebuah badan yang …,", ", pada bagiannya,"). A comma may close one aside and open the next.
    /// </summary>
    private void FindAsides()
    {
        int open = -1;
        for (int t = Start; t < End; t++)
        {
            if (MentionAt(t) >= 0 || !IsComma(t)) continue;
            if (open >= 0)
            {
                if (t - open - 1 >= 2 && FitsAside(open, t) && !HasQuoteBetween(open, t))
                    _asidePartner[t - Start] = open;
            }
            bool canOpen = t - 1 >= Start && EndsNoun(t - 1) && t + 1 < End && Pos(t + 1) != Upos.VERB
                && Kind(t + 1) != ClauseWordKind.Coordinator;
            open = canOpen ? t : -1;
        }
    }

    /// <summary>A noun, or the closing bracket of an acronym or gloss after one ("Serikat Guru Nigeria (NUT), serikat induk …, mengumumkan").</summary>
    private bool EndsNoun(int t) => IsNominal(t) || BracketOpening(t) is var open && open > Start && IsNominal(open - 1);

    private bool HasQuoteBetween(int a, int b)
    {
        for (int t = a + 1; t < b; t++)
            if (Pos(t) == Upos.PUNCT && IsSingleChar(t, out char c) && (TextChars.IsDoubleQuote(c) || c is '(' or ')')) return true;
        return false;
    }
}
