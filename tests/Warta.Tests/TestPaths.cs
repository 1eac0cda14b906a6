using Warta.Data;

namespace Warta.Tests;

/// <summary>Locations the tests read from: the repository, its data folder and ../shared beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Data => Path.Combine(RepoRoot, "data");
    public static DataDirectory DataDirectory { get; } = Warta.Data.DataDirectory.Open(Path.Combine(RepoRoot, "data"));
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
    public static string Ud => Path.Combine(Shared, "ud");
    public static string SeedArticle => Path.Combine(Shared, "seed", "eurasianet-kazakhstan-russia.id.txt");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory}");
    }
}
