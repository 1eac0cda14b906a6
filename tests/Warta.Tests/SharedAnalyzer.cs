namespace Warta.Tests;

/// <summary>One analyser over the repository's data folder, loaded once for all tests (it is thread-safe).</summary>
internal static class SharedAnalyzer
{
    private static readonly Lazy<TextAnalyzer> Lazy = new(() => TextAnalyzer.Load(TestPaths.Data));
    public static TextAnalyzer Instance => Lazy.Value;
}
