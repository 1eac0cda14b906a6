namespace Warta.Web.Tests;

/// <summary>Locations the web tests read from: the repository, its data folder and the seed article in ../shared.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Data => Path.Combine(RepoRoot, "data");
    public static string SeedArticle => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seed", "eurasianet-kazakhstan-russia.id.txt"));
    public static string Screenshots => Path.Combine(RepoRoot, "docs", "screenshots");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory}");
    }
}
