namespace Warta.Web.Tests;

/// <summary>Locations the web tests read from: the repository, its data folder and the seed article in ../shared.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Data => Path.Combine(RepoRoot, "data");
    public static string SeedArticle => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seed", "eurasianet-kazakhstan-russia.id.txt"));

    /// <summary>Set to 1 to have the browser tests rewrite the committed screenshots in docs/screenshots.</summary>
    public const string ScreenshotsVariable = "WARTA_SCREENSHOTS";

    /// <summary>Where the browser tests save their screenshots (see <see cref="ScreenshotsFolder"/>).</summary>
    public static string Screenshots => ScreenshotsFolder(Environment.GetEnvironmentVariable(ScreenshotsVariable));

    /// <summary>
    /// docs/screenshots only when <paramref name="setting"/> is "1", else a folder under the temp directory, so an
    /// ordinary test run leaves the committed pictures (which differ by a few pixels run to run) untouched.
    /// </summary>
    public static string ScreenshotsFolder(string? setting) => setting?.Trim() == "1"
        ? Path.Combine(RepoRoot, "docs", "screenshots")
        : Path.Combine(Path.GetTempPath(), "warta-screenshots");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory}");
    }
}
