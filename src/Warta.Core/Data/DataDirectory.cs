using Warta.Errors;
using Warta.Languages;

namespace Warta.Data;

/// <summary>
/// The folder of lexicons, dictionaries and models that ships with the build (<c>data/</c> next to the executable).
/// <c>--data DIR</c> or the WARTA_DATA environment variable point elsewhere.
/// </summary>
public sealed class DataDirectory
{
    public const string EnvironmentVariable = "WARTA_DATA";

    private DataDirectory(string root) => Root = root;

    public string Root { get; }

    public static DataDirectory Open(string? explicitPath = null)
    {
        var path = explicitPath
            ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? Path.Combine(AppContext.BaseDirectory, "data");
        if (!Directory.Exists(path))
            throw new WartaException(ErrorCodes.DataFolderMissing,
                $"data folder '{path}' not found; it ships with the build: rebuild, or pass --data DIR or set {EnvironmentVariable}");
        return new DataDirectory(Path.GetFullPath(path));
    }

    /// <summary>The path of a file of one language's pack, e.g. <c>File(Language.Indonesian, "roots.txt")</c>.</summary>
    public string File(Language language, string name) => Path.Combine(Root, language.ToCode(), name);

    public string File(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The path of a file that must exist, or an error naming it.</summary>
    public string Require(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new WartaException(ErrorCodes.DataFileMissing,
                $"'{Path.GetRelativePath(Root, path)}' not found in data folder '{Root}'; reinstall, or rebuild it with ./warta train");
        return path;
    }

    /// <summary>Reads a one-item-per-line list: '#' starts a comment, blank lines are skipped, fields are tab-separated.</summary>
    public IEnumerable<(int Line, string[] Fields)> ReadTable(string path)
    {
        int lineNumber = 0;
        foreach (var raw in System.IO.File.ReadLines(Require(path)))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (lineNumber, line.Split('\t'));
        }
    }
}
