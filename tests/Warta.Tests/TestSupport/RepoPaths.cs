using Warta.Data;

namespace Warta.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding Warta.slnx) so tests read the source data folder and ../shared.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    public static string SeedArticle => Path.Combine(Shared, "seed", "eurasianet-kazakhstan-russia.id.txt");

    public static DataDirectory Data { get; } = DataDirectory.Open(Path.Combine(FindRoot(), "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory}");
    }
}
