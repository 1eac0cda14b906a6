using Warta.Ingest;
using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>
/// Where <c>ingest</c> gets its documents from the paths on its command line: the one seam for other readers
/// (HTML, RSS, URLs). A problem with one input is yielded as a failed <see cref="InputDocument"/>, never thrown.
/// </summary>
public delegate IEnumerable<InputDocument> DocumentSource(IReadOnlyList<string> paths, InputDefaults defaults, InputLimits limits);

internal static class DocumentSources
{
    /// <summary>The plain reader: .txt, .jsonl, folders of them, and '-' for standard input.</summary>
    public static DocumentSource Files(CliIo io) => (paths, defaults, limits) => 
        new DocumentReader(defaults, io.OpenStdin, limits, InputWarnings.Warn(io)).Read(paths);

    /// <summary>All of those, plus .html pages, RSS/Atom feeds and http(s) addresses (docs/ingest.md).</summary>
    public static DocumentSource FilesAndWeb(CliIo io) => (paths, defaults, limits) => ReadWithFetcher(io, paths, defaults, limits);

    private static IEnumerable<InputDocument> ReadWithFetcher(CliIo io, IReadOnlyList<string> paths, InputDefaults defaults,
        InputLimits limits)
    {
        using var fetcher = new PageFetcher(FetchLimits.Default with { MaxBytes = limits.MaxHtmlBytes, AllowPrivateAddresses = limits.FetchPrivateAddresses });
        var reader = new IngestReader(defaults, io.OpenStdin, fetcher, warn: InputWarnings.Warn(io),
            limits: limits);
        foreach (var document in reader.Read(paths))
            yield return document;
    }
}
