namespace Warta.Tagging;

/// <summary>Feature template numbers. Stored models depend on them: never renumber, only append.</summary>
internal static class FeatureTemplate
{
    public const int Bias = 1;
    public const int Word = 2;
    public const int Suffix = 3;          // + length 1..4
    public const int Prefix = 8;          // + length 1..4
    public const int Shape = 13;
    public const int InitialCapital = 14; // × first in sentence
    public const int AllCaps = 15;
    public const int Hyphen = 16;
    public const int Digit = 17;
    public const int PrevWord = 18;
    public const int Prev2Word = 19;
    public const int NextWord = 20;
    public const int Next2Word = 21;
    public const int PrevSuffix3 = 22;
    public const int NextSuffix3 = 23;
    public const int WordNextWord = 24;
    public const int PrevWordWord = 25;
    public const int Lemma = 30;
    public const int MorphSuffix = 31;
    public const int MorphPrefix = 32;
    public const int MorphClitic = 33;
    public const int Voice = 34;
    public const int Nominal = 35;
    public const int Known = 36;
    public const int Tense = 37;
    public const int VerbForm = 38;
    public const int Number = 39;
    public const int Rule = 40;
    public const int NextRule = 41;
    public const int PrevRule = 42;
    public const int CapitalRule = 43;
    public const int PrevTag = 50;
    public const int Prev2Tag = 51;
    public const int PrevTagPrev2Tag = 52;
    public const int PrevTagWord = 53;
    public const int PrevTagNextWord = 54;
    public const int PrevTagSuffix3 = 55;
    // Right context: the first pass's tags of the next words (two-pass models only).
    public const int NextTag = 56;
    public const int Next2Tag = 57;
    public const int NextTagNext2Tag = 58;
    public const int PrevTagNextTag = 59;
    public const int NextTagWord = 62;
    public const int NextTagSuffix3 = 63;
    public const int SentenceCase = 64;        // sentence style × the word's capitalisation
    // 65 was tried (capitalisation of the neighbours) and dropped: it lowered held-out accuracy.
    public const int SentenceCaseRule = 66;    // sentence style × capitalisation × analyser rule
    public const int SentenceStart = 60;
    public const int SentenceEnd = 61;
}
