using Mono.Unix.Native;

namespace Warta.Input;

/// <summary>
/// Walks a folder for input files, one directory at a time, yielding each file as it is found (a tree of a million
/// files is never held as a list). It never leaves the tree nor enters a directory twice: symbolic links inside the
/// tree are not followed (a link to a folder would loop or lead out of the tree, a link to a file would read it twice
/// or read what the user did not name), and every directory is known by its device and inode, so a bind mount that
/// loops is entered once. Entries that are not regular files (FIFOs, sockets, devices) are skipped, since reading one
/// could block or never end. What is skipped, and a directory that cannot be listed, is told to <paramref name="warn"/>.
/// Names are taken in ordinal order within each directory, files and folders alike.
/// </summary>
/// <param name="wanted">Whether a file name is one to read (by its extension); entries not wanted are passed over silently.</param>
public sealed class DirectoryWalk(Func<string, bool> wanted, Action<string>? warn)
{
    public IEnumerable<string> Files(string root)
    {
        var seen = new HashSet<(ulong Device, ulong Inode)>();
        if (Identity(root) is { } rootIdentity) seen.Add(rootIdentity);
        // A stack of directories still to list, each with its entries in order: depth-first, in name order.
        var pending = new Stack<IEnumerator<string>>();
        pending.Push(Entries(root).GetEnumerator());
        try
        {
            while (pending.Count > 0)
            {
                var entries = pending.Peek();
                if (!entries.MoveNext())
                {
                    entries.Dispose();
                    pending.Pop();
                    continue;
                }
                var path = entries.Current;
                switch (Classify(path, out var identity))
                {
                    case EntryKind.Directory:
                        if (seen.Add(identity)) pending.Push(Entries(path).GetEnumerator());
                        else warn?.Invoke($"{path}: skipped: this folder was read already (a bind mount or a loop back into the tree)");
                        break;
                    case EntryKind.RegularFile when wanted(path):
                        yield return path;
                        break;
                    case EntryKind.Link when wanted(path) || Directory.Exists(path):
                        warn?.Invoke($"{path}: skipped: a symbolic link inside a folder is not followed; name its target on the command line to read it");
                        break;
                    case EntryKind.Special when wanted(path):
                        warn?.Invoke($"{path}: skipped: not a regular file (a FIFO, socket or device), which could block or never end");
                        break;
                    case EntryKind.Gone:
                        warn?.Invoke($"{path}: skipped: it could not be examined (removed while the folder was read, or no permission)");
                        break;
                }
            }
        }
        finally
        {
            while (pending.Count > 0) pending.Pop().Dispose();
        }
    }

    /// <summary>The names in one directory, sorted; a directory that cannot be listed is warned about and is empty.</summary>
    private IEnumerable<string> Entries(string directory)
    {
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn?.Invoke($"{directory}: skipped: the folder cannot be read ({e.Message})");
            return [];
        }
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    private enum EntryKind { RegularFile, Directory, Link, Special, Gone }

    private static EntryKind Classify(string path, out (ulong, ulong) identity)
    {
        identity = default;
        if (Syscall.lstat(path, out var status) != 0) return EntryKind.Gone; // a link is seen as the link
        identity = (status.st_dev, status.st_ino);
        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => EntryKind.RegularFile,
            FilePermissions.S_IFDIR => EntryKind.Directory,
            FilePermissions.S_IFLNK => EntryKind.Link,
            _ => EntryKind.Special,
        };
    }

    /// <summary>The device and inode of <paramref name="path"/> (through links), or null when it cannot be examined.</summary>
    public static (ulong Device, ulong Inode)? Identity(string path) =>
        Syscall.stat(path, out var status) == 0 ? (status.st_dev, status.st_ino) : null;

    /// <summary>True when <paramref name="path"/> is, through links, a regular file (not a FIFO, socket, device or folder).</summary>
    public static bool IsRegularFile(string path) =>
        Syscall.stat(path, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFREG;

    /// <summary>True when <paramref name="path"/> is, through links, a character or block device (<c>/dev/urandom</c>).</summary>
    public static bool IsDevice(string path) =>
        Syscall.stat(path, out var status) == 0
        && (status.st_mode & FilePermissions.S_IFMT) is FilePermissions.S_IFCHR or FilePermissions.S_IFBLK;
}
