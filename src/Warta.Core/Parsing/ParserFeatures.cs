using Warta.Tagging;
using Warta.Text;

namespace Warta.Parsing;

/// <summary>
/// The words of one sentence as the parser's features see them: a hash of each lower-cased form, of its lemma and its
/// UPOS, with position 0 the root. Reused per thread.
/// </summary>
internal sealed class SentenceAtoms
{
    public int Count;
    /// <summary>The annotation convention the relation features are conjoined with (see <see cref="StyleClassifier"/>); 0: none.</summary>
    public ulong Style;
    public ulong[] Words = new ulong[64];
    public ulong[] Lemmas = new ulong[64];
    public ulong[] Tags = new ulong[64];
    /// <summary>The lower-cased last three and first two characters: a signal for words the model never saw.</summary>
    public ulong[] Suffixes = new ulong[64];
    public ulong[] Prefixes = new ulong[64];

    public static readonly ulong RootWord = FeatureHash.Of(900, 1UL), NoneWord = FeatureHash.Of(900, 2UL);
    public const ulong RootTag = 18, NoneTag = 19;

    public void Start(int count)
    {
        Count = count;
        Style = 0;
        if (Words.Length < count + 1)
        {
            int size = Math.Max(count + 1, Words.Length * 2);
            Words = new ulong[size]; Lemmas = new ulong[size]; Tags = new ulong[size];
            Suffixes = new ulong[size]; Prefixes = new ulong[size];
        }
        Words[0] = RootWord; Lemmas[0] = RootWord; Tags[0] = RootTag; Suffixes[0] = RootWord; Prefixes[0] = RootWord;
    }

    /// <summary>Fills the atoms of the tokens of one sentence of a document (tags and morphology already assigned).</summary>
    public void Fill(Document document, int sentenceIndex)
    {
        var sentence = document.SentenceRows[sentenceIndex];
        int count = sentence.EndToken - sentence.FirstToken;
        Start(count);
        var text = document.Text.AsSpan();
        var rows = document.TokenRows;
        for (int i = 0; i < count; i++)
        {
            ref readonly var row = ref rows[sentence.FirstToken + i];
            var form = text[row.Start..row.End];
            Set(i + 1, form, row.Morph?.Lemma, row.Pos);
        }
    }

    public void Set(int position, ReadOnlySpan<char> form, string? lemma, Upos tag)
    {
        Words[position] = WordValue(form);
        Lemmas[position] = lemma is null ? Words[position] : WordValue(lemma);
        Tags[position] = (ulong)tag;
        Suffixes[position] = Affix(902, form[Math.Max(0, form.Length - 3)..]);
        Prefixes[position] = Affix(903, form[..Math.Min(2, form.Length)]);
    }

    private static ulong Affix(int kind, ReadOnlySpan<char> chars)
    {
        ulong hash = FeatureHash.Begin(kind);
        foreach (var c in chars) hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
        return FeatureHash.Finish(hash);
    }

    /// <summary>Lower-cased form, digits folded to 0 so numbers share their shape.</summary>
    private static ulong WordValue(ReadOnlySpan<char> form)
    {
        ulong hash = FeatureHash.Begin(901);
        foreach (var c in form) hash = FeatureHash.Add(hash, char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c));
        return FeatureHash.Finish(hash);
    }

    public ulong W(int position) => position < 0 ? NoneWord : Words[position];
    public ulong L(int position) => position < 0 ? NoneWord : Lemmas[position];
    public ulong P(int position) => position < 0 ? NoneTag : Tags[position];
    public ulong Suffix(int position) => position < 0 ? NoneWord : Suffixes[position];
    public ulong Prefix(int position) => position < 0 ? NoneWord : Prefixes[position];
}

/// <summary>
/// Which optional feature templates a parser uses on top of the base set; chosen per language on the tuning data and
/// stored in the model (see docs/parser.md, "How the settings were chosen").
/// </summary>
[Flags]
public enum ParserFeatureSet : byte
{
    Base = 0,
    /// <summary>Transition templates 97–110: word × left relation sets, pairs of child relations, affixes, four-tag windows.</summary>
    TransitionExtras = 1,
    /// <summary>Relation templates 235–239, 247, 248: affixes of head and dependent, the dependent's rightmost child.</summary>
    RelationExtras = 2,
    All = TransitionExtras | RelationExtras,
}

/// <summary>
/// Feature templates of the transition model, after Zhang and Nivre (2011) adapted to the arc-hybrid system: words,
/// tags and lemmas of the top three stack words and the first three buffer words, pairs and triples of them, the
/// distance between s0 and b0 and between s1 and s0, valencies, the leftmost and rightmost children (second order)
/// and their next siblings (third order), and the sets of relations already attached to s0, s1 and b0.
/// Allocation-free: the features are written into a caller's span.
/// </summary>
internal static class TransitionFeatures
{
    /// <summary>Where a word sits in a configuration, for the features of single words.</summary>
    public enum WordPlace : byte { S0, B0, B1, B2, S1, S2 }

    public const int Max = 110;

    private static ulong Label(ArcHybrid s, int word) => word < 0 ? 1000UL : s.Labels[word] < 0 ? 1001UL : (ulong)s.Labels[word];
    private static int Child(int[] children, int word) => word < 0 ? ArcHybrid.None : children[word];
    private static ulong Distance(int a, int b) => a < 0 || b < 0 ? 99UL : (ulong)Math.Min(Math.Abs(b - a), 10);

    /// <summary>Every feature of a configuration, in order: the bias, the single words, then <see cref="Context"/>.</summary>
    public static int Extract(ArcHybrid s, SentenceAtoms a, Span<ulong> f, ParserFeatureSet set)
    {
        int n = 0;
        f[n++] = Bias;
        for (int place = 0; place < PlaceCount; place++) n += OfWord((WordPlace)place, a, Word(s, (WordPlace)place), f[n..]);
        return n + Context(s, a, f[n..], set);
    }

    /// <summary>The feature every configuration has (template 1).</summary>
    public static readonly ulong Bias = FeatureHash.Of(1, 0);

    /// <summary>The places whose word alone makes features (templates 2–21), in feature order.</summary>
    public const int PlaceCount = 6;

    /// <summary>How many features <see cref="OfWord"/> writes for all six places together.</summary>
    public const int WordFeatureCount = 20;

    public static int Word(ArcHybrid s, WordPlace place) => place switch
    {
        WordPlace.S0 => s.S0, WordPlace.B0 => s.B(0), WordPlace.B1 => s.B(1), WordPlace.B2 => s.B(2), WordPlace.S1 => s.S1, _ => s.S2,
    };

    /// <summary>
    /// The features of one word (or none: -1) in one place of the configuration. They depend on nothing else, so the
    /// parser resolves them once per word and sentence instead of once per move (<see cref="WordWeights"/>).
    /// </summary>
    public static int OfWord(WordPlace place, SentenceAtoms a, int word, Span<ulong> f)
    {
        ulong w = a.W(word), p = a.P(word);
        switch (place)
        {
            case WordPlace.S0: f[0] = FeatureHash.Of(2, w, p); f[1] = FeatureHash.Of(3, w); f[2] = FeatureHash.Of(4, p); f[3] = FeatureHash.Of(5, a.L(word)); return 4;
            case WordPlace.B0: f[0] = FeatureHash.Of(6, w, p); f[1] = FeatureHash.Of(7, w); f[2] = FeatureHash.Of(8, p); f[3] = FeatureHash.Of(9, a.L(word)); return 4;
            case WordPlace.B1: f[0] = FeatureHash.Of(10, w, p); f[1] = FeatureHash.Of(11, w); f[2] = FeatureHash.Of(12, p); return 3;
            case WordPlace.B2: f[0] = FeatureHash.Of(13, w, p); f[1] = FeatureHash.Of(14, w); f[2] = FeatureHash.Of(15, p); return 3;
            case WordPlace.S1: f[0] = FeatureHash.Of(16, w, p); f[1] = FeatureHash.Of(17, w); f[2] = FeatureHash.Of(18, p); f[3] = FeatureHash.Of(19, a.L(word)); return 4;
            default: f[0] = FeatureHash.Of(20, p); f[1] = FeatureHash.Of(21, w); return 2;
        }
    }

    /// <summary>How many features <see cref="OfWord"/> writes for a word in <paramref name="place"/>.</summary>
    public static int PlaceWidth(WordPlace place) => place switch { WordPlace.S0 or WordPlace.B0 or WordPlace.S1 => 4, WordPlace.S2 => 2, _ => 3 };

    /// <summary>The features after the bias and the single words (templates 22 on), which depend on the configuration.</summary>
    public static int Context(ArcHybrid s, SentenceAtoms a, Span<ulong> f, ParserFeatureSet set)
    {
        int s0 = s.S0, s1 = s.S1, s2 = s.S2, b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
        ulong s0w = a.W(s0), s0p = a.P(s0), s0l = a.L(s0), s1w = a.W(s1), s1p = a.P(s1), s1l = a.L(s1);
        ulong b0w = a.W(b0), b0p = a.P(b0), b0l = a.L(b0), b1w = a.W(b1), b1p = a.P(b1), b2p = a.P(b2);
        ulong s2p = a.P(s2);
        int s0L = Child(s.Left1, s0), s0L2 = Child(s.Left2, s0), s0R = Child(s.Right1, s0), s0R2 = Child(s.Right2, s0);
        int s1L = Child(s.Left1, s1), s1R = Child(s.Right1, s1), s1R2 = Child(s.Right2, s1);
        int b0L = Child(s.Left1, b0), b0L2 = Child(s.Left2, b0);
        ulong s0Lp = a.P(s0L), s0Rp = a.P(s0R), s1Rp = a.P(s1R), s1Lp = a.P(s1L), b0Lp = a.P(b0L);
        int n = 0;
        // pairs of s0 and b0
        f[n++] = FeatureHash.Of(22, s0w, s0p, b0w, b0p); f[n++] = FeatureHash.Of(23, s0w, s0p, b0w); f[n++] = FeatureHash.Of(24, s0w, b0w, b0p);
        f[n++] = FeatureHash.Of(25, s0w, s0p, b0p); f[n++] = FeatureHash.Of(26, s0p, b0w, b0p); f[n++] = FeatureHash.Of(27, s0w, b0w); f[n++] = FeatureHash.Of(28, s0p, b0p);
        f[n++] = FeatureHash.Of(29, b0p, b1p); f[n++] = FeatureHash.Of(30, s0l, b0l);
        // pairs of s1 and s0 (the right arc joins them)
        f[n++] = FeatureHash.Of(31, s1w, s1p, s0w, s0p); f[n++] = FeatureHash.Of(32, s1w, s0w); f[n++] = FeatureHash.Of(33, s1p, s0p);
        f[n++] = FeatureHash.Of(34, s1w, s0p); f[n++] = FeatureHash.Of(35, s1p, s0w); f[n++] = FeatureHash.Of(36, s1l, s0l);
        f[n++] = FeatureHash.Of(37, s1p, b0p); f[n++] = FeatureHash.Of(38, s1w, b0w);
        // triples
        f[n++] = FeatureHash.Of(39, b0p, b1p, b2p); f[n++] = FeatureHash.Of(40, s0p, b0p, b1p); f[n++] = FeatureHash.Of(41, s1p, s0p, b0p);
        f[n++] = FeatureHash.Of(42, s0p, s0Lp, b0p); f[n++] = FeatureHash.Of(43, s0p, s0Rp, b0p); f[n++] = FeatureHash.Of(44, s0p, b0p, b0Lp);
        f[n++] = FeatureHash.Of(45, s2p, s1p, s0p); f[n++] = FeatureHash.Of(46, s1p, s1Rp, s0p); f[n++] = FeatureHash.Of(47, s1p, s0p, s0Lp);
        f[n++] = FeatureHash.Of(48, s1p, s0p, s0Rp); f[n++] = FeatureHash.Of(49, s1p, s1Lp, s0p);
        f[n++] = FeatureHash.Of(50, s0w, b0p, b1p); f[n++] = FeatureHash.Of(51, s0p, b0w, b1p); f[n++] = FeatureHash.Of(52, s1w, s0p, b0p); f[n++] = FeatureHash.Of(53, s1p, s0w, b0p);
        // distance
        ulong d = Distance(s0, b0), d1 = Distance(s1, s0);
        f[n++] = FeatureHash.Of(54, s0w, d); f[n++] = FeatureHash.Of(55, s0p, d); f[n++] = FeatureHash.Of(56, b0w, d); f[n++] = FeatureHash.Of(57, b0p, d);
        f[n++] = FeatureHash.Of(58, s0w, b0w, d); f[n++] = FeatureHash.Of(59, s0p, b0p, d);
        f[n++] = FeatureHash.Of(60, s1p, s0p, d1); f[n++] = FeatureHash.Of(61, s1w, s0w, d1); f[n++] = FeatureHash.Of(62, s1w, d1); f[n++] = FeatureHash.Of(63, s0w, d1);
        // valency
        ulong s0vl = (ulong)Count(s.LeftCount, s0), s0vr = (ulong)Count(s.RightCount, s0), b0vl = (ulong)Count(s.LeftCount, b0);
        ulong s1vr = (ulong)Count(s.RightCount, s1), s1vl = (ulong)Count(s.LeftCount, s1);
        f[n++] = FeatureHash.Of(64, s0w, s0vr); f[n++] = FeatureHash.Of(65, s0p, s0vr); f[n++] = FeatureHash.Of(66, s0w, s0vl); f[n++] = FeatureHash.Of(67, s0p, s0vl);
        f[n++] = FeatureHash.Of(68, b0w, b0vl); f[n++] = FeatureHash.Of(69, b0p, b0vl); f[n++] = FeatureHash.Of(70, s1w, s1vr); f[n++] = FeatureHash.Of(71, s1p, s1vr);
        f[n++] = FeatureHash.Of(72, s1p, s1vl, s0p, s0vl);
        // children (second order)
        f[n++] = FeatureHash.Of(73, a.W(s0L)); f[n++] = FeatureHash.Of(74, s0Lp); f[n++] = FeatureHash.Of(75, Label(s, s0L));
        f[n++] = FeatureHash.Of(76, a.W(s0R)); f[n++] = FeatureHash.Of(77, s0Rp); f[n++] = FeatureHash.Of(78, Label(s, s0R));
        f[n++] = FeatureHash.Of(79, a.W(b0L)); f[n++] = FeatureHash.Of(80, b0Lp); f[n++] = FeatureHash.Of(81, Label(s, b0L));
        f[n++] = FeatureHash.Of(82, a.W(s1R)); f[n++] = FeatureHash.Of(83, s1Rp); f[n++] = FeatureHash.Of(84, Label(s, s1R)); f[n++] = FeatureHash.Of(85, Label(s, s1L));
        // third order
        f[n++] = FeatureHash.Of(86, a.P(s0L2), Label(s, s0L2)); f[n++] = FeatureHash.Of(87, a.P(s0R2), Label(s, s0R2)); f[n++] = FeatureHash.Of(88, a.P(b0L2), Label(s, b0L2));
        f[n++] = FeatureHash.Of(89, s0p, s0Lp, a.P(s0L2)); f[n++] = FeatureHash.Of(90, s0p, s0Rp, a.P(s0R2)); f[n++] = FeatureHash.Of(91, b0p, b0Lp, a.P(b0L2));
        f[n++] = FeatureHash.Of(92, s1p, s1Rp, a.P(s1R2));
        // relation sets
        f[n++] = FeatureHash.Of(93, s0w, LabelSet(s.RightLabels, s0)); f[n++] = FeatureHash.Of(94, s0p, LabelSet(s.RightLabels, s0), LabelSet(s.LeftLabels, s0));
        f[n++] = FeatureHash.Of(95, b0p, LabelSet(s.LeftLabels, b0)); f[n++] = FeatureHash.Of(96, s1p, LabelSet(s.RightLabels, s1), LabelSet(s.LeftLabels, s1));
        if ((set & ParserFeatureSet.TransitionExtras) == 0) return n;
        f[n++] = FeatureHash.Of(97, s0w, LabelSet(s.LeftLabels, s0)); f[n++] = FeatureHash.Of(98, b0w, LabelSet(s.LeftLabels, b0));
        // the relations of the outermost children together, with the word's tag
        f[n++] = FeatureHash.Of(99, s0p, Label(s, s0L), Label(s, s0R)); f[n++] = FeatureHash.Of(100, b0p, Label(s, b0L), Label(s, b0L2));
        f[n++] = FeatureHash.Of(101, s1p, Label(s, s1L), Label(s, s1R));
        // affixes, for words the model has not seen
        f[n++] = FeatureHash.Of(102, a.Suffix(s0), s0p); f[n++] = FeatureHash.Of(103, a.Suffix(b0), b0p);
        f[n++] = FeatureHash.Of(104, a.Suffix(s0), a.Suffix(b0)); f[n++] = FeatureHash.Of(105, a.Prefix(s0), a.Prefix(b0), s0p, b0p);
        f[n++] = FeatureHash.Of(106, a.Suffix(s1), a.Suffix(s0), s1p, s0p);
        // four tags in a row across the stack and buffer; s0 and b0 with both their valencies and the distance
        f[n++] = FeatureHash.Of(107, s1p, s0p, b0p, b1p); f[n++] = FeatureHash.Of(108, s0p, b0p, s0vl * 16 + s0vr, b0vl * 16 + d);
        f[n++] = FeatureHash.Of(109, s0l, b0p, d); f[n++] = FeatureHash.Of(110, s0p, b0l, d);
        return n;
    }

    private static int Count(int[] counts, int word) => word < 0 ? 99 : Math.Min(counts[word], 6);
    private static ulong LabelSet(ulong[] sets, int word) => word < 0 ? 0xFFFFUL : sets[word] * 0x9E3779B97F4A7C15UL + 7;
}

/// <summary>
/// Features of the relation model, for an arc head → dependent: the two words, their tags and lemmas, direction and
/// distance, their neighbours' tags, the relations the head already has on each side and the dependent's own children.
/// </summary>
internal static class RelationFeatures
{
    public const int Max = 56;

    public static int Extract(ArcHybrid s, SentenceAtoms a, int head, int dep, Span<ulong> f, ParserFeatureSet set)
    {
        ulong dir = head < dep ? 1UL : 2UL;
        ulong dist = (ulong)Math.Min(Math.Abs(head - dep), 8);
        ulong hw = a.W(head), hp = a.P(head), hl = a.L(head), dw = a.W(dep), dp = a.P(dep), dl = a.L(dep);
        ulong hLeft = s.LeftLabels[head] * 0x9E3779B97F4A7C15UL, hRight = s.RightLabels[head] * 0x9E3779B97F4A7C15UL;
        ulong dSet = (s.LeftLabels[dep] ^ (s.RightLabels[dep] << 1)) * 0x9E3779B97F4A7C15UL;
        ulong dm1 = dep > 1 ? a.P(dep - 1) : SentenceAtoms.NoneTag, dp1 = dep < a.Count ? a.P(dep + 1) : SentenceAtoms.NoneTag;
        ulong hm1 = head > 1 ? a.P(head - 1) : SentenceAtoms.NoneTag, hp1 = head >= 1 && head < a.Count ? a.P(head + 1) : SentenceAtoms.NoneTag;
        int dL = s.Left1[dep], dR = s.Right1[dep];
        int n = 0;
        f[n++] = FeatureHash.Of(201, dir);
        f[n++] = FeatureHash.Of(202, dw, dir); f[n++] = FeatureHash.Of(203, dp, dir); f[n++] = FeatureHash.Of(204, dl, dir); f[n++] = FeatureHash.Of(205, dw, dp);
        f[n++] = FeatureHash.Of(206, hw, dir); f[n++] = FeatureHash.Of(207, hp, dir); f[n++] = FeatureHash.Of(208, hl, dir);
        f[n++] = FeatureHash.Of(209, hp, dp, dir); f[n++] = FeatureHash.Of(210, hw, dp, dir); f[n++] = FeatureHash.Of(211, hp, dw, dir); f[n++] = FeatureHash.Of(212, hl, dl, dir);
        f[n++] = FeatureHash.Of(213, hw, dw, dir); f[n++] = FeatureHash.Of(214, hp, dp, dir, dist);
        f[n++] = FeatureHash.Of(215, hp, dp, dir, hLeft); f[n++] = FeatureHash.Of(216, hp, dp, dir, hRight); f[n++] = FeatureHash.Of(217, hl, dp, dir, head < dep ? hRight : hLeft);
        f[n++] = FeatureHash.Of(218, dp, dSet); f[n++] = FeatureHash.Of(219, dp, dir, dSet); f[n++] = FeatureHash.Of(220, dl, dSet);
        f[n++] = FeatureHash.Of(221, dp, dm1, dp1); f[n++] = FeatureHash.Of(222, hp, hm1, hp1); f[n++] = FeatureHash.Of(223, hp, dp, dm1, dp1);
        f[n++] = FeatureHash.Of(224, dp, a.P(dL), a.P(dR)); f[n++] = FeatureHash.Of(225, dp, a.W(dL)); f[n++] = FeatureHash.Of(226, dp, dir, a.P(dL), s.Left1[dep] < 0 ? 0 : (ulong)(s.Labels[dL] + 1));
        f[n++] = FeatureHash.Of(227, hp, dp, a.W(dL)); f[n++] = FeatureHash.Of(228, dl, dir, hp, dist);
        f[n++] = FeatureHash.Of(229, hp, dir, (ulong)Math.Min(head < dep ? s.RightCount[head] : s.LeftCount[head], 4));
        f[n++] = FeatureHash.Of(230, dp, dir, (ulong)(head == 0 ? 1 : 0));
        f[n++] = FeatureHash.Of(231, dp, dep < a.Count ? a.W(dep + 1) : SentenceAtoms.NoneWord);
        f[n++] = FeatureHash.Of(232, dl, hp, dir);
        f[n++] = FeatureHash.Of(233, hl, dp, dir, a.W(dL));
        f[n++] = FeatureHash.Of(234, hp, head >= 1 && head < a.Count ? a.W(head + 1) : SentenceAtoms.NoneWord, dir);
        if ((set & ParserFeatureSet.RelationExtras) != 0) n = Extras(s, a, head, dep, f, n, hp, dp, hl, dw, dir, dist, dR);
        if (a.Style != 0)
        {
            ulong style = a.Style;
            f[n++] = FeatureHash.Of(240, style, dp, dir); f[n++] = FeatureHash.Of(241, style, hp, dp, dir); f[n++] = FeatureHash.Of(242, style, hw, dp, dir);
            f[n++] = FeatureHash.Of(243, style, hp, dw, dir); f[n++] = FeatureHash.Of(244, style, hl, dl, dir); f[n++] = FeatureHash.Of(245, style, hp, dp, dir * 16 + dist);
            f[n++] = FeatureHash.Of(246, style, dp, dSet);
        }
        return n;
    }

    /// <summary>Affixes (Indonesian di-/meN-/ber-, English -ed/-ing/-ly) for words the model has not seen, and more context.</summary>
    private static int Extras(ArcHybrid s, SentenceAtoms a, int head, int dep, Span<ulong> f, int n,
        ulong hp, ulong dp, ulong hl, ulong dw, ulong dir, ulong dist, int dR)
    {
        f[n++] = FeatureHash.Of(235, a.Prefix(head), hp, dp, dir); f[n++] = FeatureHash.Of(236, a.Suffix(head), hp, dp, dir);
        f[n++] = FeatureHash.Of(237, a.Suffix(dep), dp, hp, dir); f[n++] = FeatureHash.Of(238, a.Prefix(dep), dp, hp, dir);
        // the dependent's rightmost child and the head's outermost relation on the dependent's side
        f[n++] = FeatureHash.Of(239, dp, a.W(dR), dR < 0 ? 0 : (ulong)(s.Labels[dR] + 1));
        int hOuter = head < dep ? s.Right1[head] : s.Left1[head];
        f[n++] = FeatureHash.Of(247, hp, dp, dir, hOuter < 0 ? 0 : (ulong)(s.Labels[hOuter] + 1));
        f[n++] = FeatureHash.Of(248, hl, dw, dir, dist);
        return n;
    }
}
