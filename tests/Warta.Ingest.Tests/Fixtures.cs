namespace Warta.Ingest.Tests;

/// <summary>Paths of the pages and feeds under Fixtures/, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
