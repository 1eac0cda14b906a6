using CsCheck;
using Mono.Unix.Native;
using Warta.Errors;
using Warta.Fuzz.Inputs;
using Warta.Ingest;
using Warta.Input;

namespace Warta.Fuzz.Targets;

/// <summary>
/// DocumentReader and IngestReader over a folder tree built on disk from the input (<see cref="TreeRecipe"/>): the walk
/// ends; it reads exactly the regular files of its kinds reached through real folders, each once, and nothing through a
/// link, a FIFO or a device; each result is a document within the limit or an input error (WRT02xx); nothing is thrown.
/// The entries of the tree's top folder are also named one by one, as a user would (links to devices included; FIFOs
/// and folders not, since opening a FIFO waits for a writer and a folder is walked above).
/// </summary>
public sealed class TreeTarget : FuzzTarget
{
    private static readonly InputLimits Limits = new(MaxDocumentBytes: 16 * 1024, MaxHtmlBytes: 64 * 1024);
    private static readonly string[] PlainKinds = [".txt", ".jsonl"];
    private static readonly string[] IngestKinds = [".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml"];

    public override string Name => "tree";

    public override string Description =>
        "DocumentReader + IngestReader over folder trees with link loops, links out, FIFOs, devices, hard links: the walk ends, " +
        "reads each regular file once and nothing through links; documents within limits or WRT02xx; nothing thrown";

    public override string FileExtension => ".bin";

    public override Gen<byte[]> Inputs(FuzzCorpus corpus) => new TreeRecipes();

    public override void Check(byte[] input)
    {
        var work = Directory.CreateTempSubdirectory("warta-fuzz-tree-").FullName;
        try
        {
            var root = Path.Combine(work, "tree");
            var outside = Path.Combine(work, "outside");
            Directory.CreateDirectory(root);
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "outside.txt"), "Rusia mengusir diplomat Kazakhstan.");
            new TreeRecipe(root, outside).Build(input);

            var warnings = new List<string>();
            var plain = new DocumentReader(new InputDefaults(), () => Stream.Null, Limits, warnings.Add);
            CheckWalk(root, plain.Read([root]).ToList(), PlainKinds, warnings);

            using var fetcher = new PageFetcher(FetchLimits.Default with { MaxBytes = Limits.MaxHtmlBytes });
            var ingest = new IngestReader(new InputDefaults(), () => Stream.Null, fetcher, warn: warnings.Add, limits: Limits);
            CheckWalk(root, ingest.Read([root]).ToList(), IngestKinds, warnings);

            var named = Directory.GetFileSystemEntries(root).Where(CanBeNamed).Order(StringComparer.Ordinal).ToList();
            foreach (var result in plain.Read(named).Concat(ingest.Read(named))) CheckResult(result);

            foreach (var warning in warnings)
                if (!warning.StartsWith(root, StringComparison.Ordinal))
                    throw new PropertyViolation($"a warning about something outside the tree: {warning}");
        }
        finally
        {
            Restore(work);
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CheckWalk(string root, List<InputDocument> results, string[] kinds, List<string> warnings)
    {
        var expected = RegularFilesThroughFolders(root, kinds).ToHashSet(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            CheckResult(result);
            var file = FileOf(result.Origin);
            if (!expected.Contains(file))
                throw new PropertyViolation($"read {result.Origin}, which is no regular file reached through folders (warnings: {warnings.Count})");
            read.Add(file);
        }
        // A file of a kind the reader passes over (an .xml that is no feed) may give no result; every other must give one.
        foreach (var file in expected.Where(f => !f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            if (!read.Contains(file)) throw new PropertyViolation($"{file} was not read");
        // A text or HTML file is one document: one result, never two (a folder entered twice would give two).
        foreach (var twice in results.GroupBy(r => r.Origin).Where(g => g.Count() > 1 && !g.Key.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                     && !g.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            throw new PropertyViolation($"{twice.Key} was read {twice.Count()} times");
    }

    /// <summary>The oracle: every regular file of the kinds, reached from the root through folders only (lstat, never a link).</summary>
    private static IEnumerable<string> RegularFilesThroughFolders(string folder, string[] kinds)
    {
        foreach (var entry in Directory.GetFileSystemEntries(folder))
        {
            if (Syscall.lstat(entry, out var status) != 0) continue;
            var type = status.st_mode & FilePermissions.S_IFMT;
            if (type == FilePermissions.S_IFDIR)
                foreach (var file in RegularFilesThroughFolders(entry, kinds)) yield return file;
            else if (type == FilePermissions.S_IFREG && kinds.Any(k => entry.EndsWith(k, StringComparison.OrdinalIgnoreCase)))
                yield return entry;
        }
    }

    /// <summary>The file a result came from: its origin without the ":line" of a JSON Lines document or a feed item's tail.</summary>
    private static string FileOf(string origin)
    {
        int colon = origin.LastIndexOf(':');
        var file = colon > 0 && origin[(colon + 1)..].All(char.IsAsciiDigit) ? origin[..colon] : origin;
        int space = file.IndexOf(' ');
        return space > 0 ? file[..space] : file;
    }

    private static void CheckResult(InputDocument result)
    {
        if ((result.Document is null) == (result.Error is null))
            throw new PropertyViolation($"{result.Origin}: a result must hold a document or an error, not both or neither");
        if (result.Error is { } error && !ErrorCodes.IsInputError(error.Code))
            throw new PropertyViolation($"{result.Origin}: error {error.Code} is not an input error: {error.Message}");
        if (result.Document is { } document && System.Text.Encoding.UTF8.GetByteCount(document.Text) > Limits.MaxDocumentBytes)
            throw new PropertyViolation($"{result.Origin}: a document of {document.Text.Length} characters, over the limit");
    }

    /// <summary>An entry a user could name: a regular file or a device, through links; not a FIFO, not a folder.</summary>
    private static bool CanBeNamed(string path) =>
        Syscall.stat(path, out var status) == 0
        && (status.st_mode & FilePermissions.S_IFMT) is FilePermissions.S_IFREG or FilePermissions.S_IFCHR;

    /// <summary>Gives every folder of the tree its permissions back, so it can be deleted (needed when not run as root).</summary>
    private static void Restore(string folder)
    {
        Syscall.chmod(folder, FilePermissions.ACCESSPERMS);
        foreach (var entry in Directory.GetFileSystemEntries(folder))
            if (Syscall.lstat(entry, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFDIR)
                Restore(entry);
    }
}
