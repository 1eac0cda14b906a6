using Warta.Coding;

namespace Warta.Fuzz;

/// <summary>Where the repository is, and the analyser and coder over its data folder, each loaded once.</summary>
public static class FuzzData
{
    private static readonly Lazy<EventCoder> LazyCoder = new(() => EventCoder.Load(DataPath));

    public static string RepoRoot { get; } = FindRepoRoot();
    public static string DataPath => Path.Combine(RepoRoot, "data");
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The coder's own analyser, so a run of every target loads the language packs once.</summary>
    public static TextAnalyzer Analyzer => LazyCoder.Value.Analyzer;
    public static EventCoder Coder => LazyCoder.Value;

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Warta.slnx above {AppContext.BaseDirectory} or the current folder");
    }
}
