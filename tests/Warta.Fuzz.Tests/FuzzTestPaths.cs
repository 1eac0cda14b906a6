namespace Warta.Fuzz.Tests;

/// <summary>Where the committed regression inputs are.</summary>
internal static class FuzzTestPaths
{
    public static string Regressions => Path.Combine(FuzzData.RepoRoot, "tests", "Warta.Fuzz.Tests", "Regressions");
}
