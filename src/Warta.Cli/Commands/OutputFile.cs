using Warta.Errors;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>
/// The <c>-o FILE</c> of <c>code</c>: refused when it resolves to one of the inputs (same device and inode, through any
/// link) or would be read as an input of a folder being coded, and written to a temporary file beside it that is renamed
/// over it only when the run completes, so an input is never truncated and a half-written output never left under its
/// name. A FIFO or device (<c>-o /dev/null</c>) is written directly: renaming over it would replace the device node.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _path;
    private readonly string? _temporary;
    private bool _committed;

    public Stream Stream { get; }

    private OutputFile(string path, string? temporary, Stream stream)
    {
        _path = path;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>WRT0208 when writing <paramref name="output"/> would overwrite or feed one of <paramref name="inputs"/>; else null.</summary>
    public static WartaException? Conflict(string output, IReadOnlyList<string> inputs, Func<string, bool> readInFolders)
    {
        var outputIdentity = DirectoryWalk.Identity(output);
        var outputFolders = Ancestors(Path.GetDirectoryName(Path.GetFullPath(output)));
        foreach (var input in inputs)
        {
            if (input == DocumentReader.StdinName || DirectoryWalk.Identity(input) is not { } inputIdentity) continue;
            if (outputIdentity == inputIdentity)
                return new WartaException(ErrorCodes.OutputIsInput,
                    $"-o {output}: is the input {input}; writing it would destroy it: write the events to another file");
            if (Directory.Exists(input) && readInFolders(output) && outputFolders.Contains(inputIdentity))
                return new WartaException(ErrorCodes.OutputIsInput,
                    $"-o {output}: lies in the input folder {input} and would be read as an input the next time; write it elsewhere");
        }
        return null;
    }

    private static HashSet<(ulong, ulong)> Ancestors(string? folder)
    {
        var identities = new HashSet<(ulong, ulong)>();
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
            if (DirectoryWalk.Identity(dir) is { } identity) identities.Add(identity);
        return identities;
    }

    /// <exception cref="IOException">The file or its temporary sibling cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to create them.</exception>
    public static OutputFile Create(string path)
    {
        if (File.Exists(path) && !DirectoryWalk.IsRegularFile(path))
            return new OutputFile(path, null, new FileStream(path, FileMode.Open, FileAccess.Write));
        // Through a link, the file it points to is replaced, not the link.
        var info = new FileInfo(path);
        var full = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)!.FullName : Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partial");
        return new OutputFile(full, temporary, new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None));
    }

    /// <summary>Puts the finished output in place; without this call, disposing throws the temporary file away.</summary>
    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        if (_temporary is not null) File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null)
        {
            try { File.Delete(_temporary); }
            catch (IOException) { /* nothing more can be done; the name says what it is */ }
        }
    }
}
