namespace Warta.Tests.TestSupport;

/// <summary>Indonesian words that end or begin like a clitic but are whole words: the tokenizer must never split them.</summary>
internal static class CliticCases
{
    public static TheoryData<string> WordsNeverSplit { get; } =
    [
        "hanya", "punya", "bertanya", "adalah", "sekolah", "masalah", "telah", "salah", "langkah", "meskipun",
        "walaupun", "kaum", "kuat", "kuasa", "kursi", "kuliah", "bertemu", "ilmu",
    ];
}
