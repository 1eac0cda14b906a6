namespace Warta.Cli.Commands;

/// <summary>
/// Where the training commands read and write by default: the repository (the folder holding Warta.slnx, found
/// above the executable or the working directory), its data folder, and ../shared/ud beside it.
/// </summary>
internal static class SourceTree
{
    /// <summary>The repository root, or null in an installed build (then --ud and --out must be given).</summary>
    public static string? Root { get; } = FindAbove(AppContext.BaseDirectory) ?? FindAbove(Directory.GetCurrentDirectory());

    public static string? UdDirectory => Root is null ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared", "ud"));

    public static string? DataDirectory => Root is null ? null : Path.Combine(Root, "data");

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        return null;
    }
}
