using System.Text;
using Mono.Unix.Native;

namespace Warta.Fuzz.Targets;

/// <summary>
/// Builds a folder tree on disk from a recipe: steps of one kind byte and <see cref="ParametersPerStep"/> parameter
/// bytes, each read modulo what it chooses from, so any bytes make some tree (a finding replays exactly).
/// </summary>
public sealed class TreeRecipe
{
    public const int ParametersPerStep = 4;

    private static readonly string[] FolderNames = ["a", "b", "sub", "deep", "x.txt", "y.jsonl"];
    private static readonly string[] FileNames = ["a.txt", "b.jsonl", "c.html", "n.md", "Z.TXT", "x.jsonl", ".txt", "noext", "p.htm"];

    private readonly List<string> _folders;
    private readonly List<string> _entries = [];

    /// <param name="root">An empty folder to build in.</param>
    /// <param name="outside">A folder beside the tree, holding a file, that links may lead to.</param>
    public TreeRecipe(string root, string outside)
    {
        Root = root;
        Outside = outside;
        _folders = [root];
    }

    public string Root { get; }
    public string Outside { get; }

    public void Build(byte[] recipe)
    {
        for (int at = 0; at + ParametersPerStep < recipe.Length; at += ParametersPerStep + 1)
        {
            var p = recipe.AsSpan(at + 1, ParametersPerStep);
            try { Step(recipe[at] % 8, p[0], p[1], p[2], p[3]); }
            catch (IOException) { } // a name taken already, a parent that is a file: that step makes nothing
            catch (UnauthorizedAccessException) { }
        }
    }

    private void Step(int kind, byte a, byte b, byte c, byte d)
    {
        var folder = _folders[a % _folders.Count];
        switch (kind)
        {
            case 0 or 6:
                var made = Path.Combine(folder, FolderNames[b % FolderNames.Length]);
                // A name that is a link to a folder ("/", "..") must not become a folder of the tree: the steps after it
                // would write files and take permissions away wherever it leads.
                if (Syscall.lstat(made, out _) != 0) Directory.CreateDirectory(made);
                if (IsRealFolder(made) && !_folders.Contains(made)) _folders.Add(made);
                break;
            case 1 or 7:
                var file = Path.Combine(folder, FileNames[b % FileNames.Length]);
                // Only a new name: writing to a FIFO made before would wait for a reader, through a link would write elsewhere.
                if (Syscall.lstat(file, out _) == 0) break;
                File.WriteAllBytes(file, Content(c, d));
                _entries.Add(file);
                break;
            case 2:
                var link = Path.Combine(folder, (b & 1) == 0 ? FileNames[b / 2 % FileNames.Length] : FolderNames[b / 2 % FolderNames.Length]);
                Syscall.symlink(LinkTarget(c, link), link);
                _entries.Add(link);
                break;
            case 3:
                var fifo = Path.Combine(folder, FileNames[b % FileNames.Length]);
                Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE);
                _entries.Add(fifo);
                break;
            case 4 when _entries.Count > 0 || _folders.Count > 1:
                // As root, taking permissions away denies nothing (root reads anyway); the step still changes the tree's modes.
                // chmod follows links, and Linux has no lchmod: a link's mode is left alone, or "/" would lose its own.
                var all = _entries.Concat(_folders.Skip(1)).ToList();
                var chosen = all[c % all.Count];
                if (!IsLink(chosen)) Syscall.chmod(chosen, (c & 1) == 0 ? 0 : FilePermissions.S_IWUSR);
                break;
            case 5 when _entries.Count > 0:
                Syscall.link(_entries[c % _entries.Count], Path.Combine(folder, FileNames[b % FileNames.Length]));
                break;
        }
    }

    private static bool IsLink(string path) =>
        Syscall.lstat(path, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFLNK;

    private static bool IsRealFolder(string path) =>
        Syscall.lstat(path, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFDIR;

    private string LinkTarget(byte choice, string link) => (choice % 12) switch
    {
        0 => "..",
        1 => ".",
        2 => "../..",
        3 => Root,
        4 => "/",
        5 => "/dev/zero",
        6 => "/dev/urandom",
        7 => "/dev/null",
        8 => "nowhere/at/all",
        9 => Path.GetFileName(link), // itself
        10 => Outside,
        _ => Path.Combine(Outside, "outside.txt"),
    };

    /// <summary>A file's bytes: empty, text, JSON Lines (good, repeated ids, blank ids), HTML, binary, or over the limit.</summary>
    private static byte[] Content(byte kind, byte size) => (kind % 8) switch
    {
        0 => [],
        1 => Encoding.UTF8.GetBytes("Presiden Indonesia bertemu Perdana Menteri Australia di Jakarta pada Selasa."),
        2 => Encoding.UTF8.GetBytes("{\"id\":\"d1\",\"text\":\"Rusia mengusir diplomat.\"}\n{\"id\":\"d2\",\"text\":\"Japan protested.\"}\n"),
        3 => Encoding.UTF8.GetBytes("{\"id\":\"d1\",\"text\":\"one\"}\n{\"id\":\"d1\",\"text\":\"two\"}\n{\"id\":\" \",\"text\":\"three\"}\n"),
        4 => Encoding.UTF8.GetBytes("<html><body><article><p>" + string.Concat(Enumerable.Repeat("Menteri Luar Negeri memprotes. ", 20)) + "</p></article></body></html>"),
        5 => [.. Enumerable.Range(0, size + 1).Select(i => (byte)(i * 37))],
        6 => Encoding.UTF8.GetBytes(new string('a', 40_000 + size)), // over the target's 16 KiB document limit
        _ => Encoding.UTF8.GetBytes(new string('\n', size)),
    };
}
