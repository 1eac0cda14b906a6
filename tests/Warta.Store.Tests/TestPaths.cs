namespace Warta.Store.Tests;

/// <summary>The repository and its data folder, found above the test binaries.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Data => Path.Combine(RepoRoot, "data");
    /// <summary>The project's references beside the repository (../shared); the UD treebanks are in its ud/ folder.</summary>
    public static string Ud => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "ud"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory}");
    }
}
