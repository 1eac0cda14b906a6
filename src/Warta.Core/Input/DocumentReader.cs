using Warta.Coding;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Reads the documents named on a command line: a .txt file is one article (id = file name without extension),
/// a .jsonl file is one document per line, a directory is every .txt and .jsonl inside it (sorted, recursive),
/// and "-" is standard input (JSON Lines when it starts with '{', else one article with id "stdin").
/// A problem with one input is yielded as a failed <see cref="InputDocument"/>, never thrown; a document over
/// <see cref="InputLimits"/> is one such problem.
/// </summary>
public sealed class DocumentReader(InputDefaults defaults, Func<Stream> openStdin, InputLimits? limits = null)
{
    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    public const string StdinName = "-";

    public IEnumerable<InputDocument> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            foreach (var document in Read(path))
                yield return document;
    }

    public IEnumerable<InputDocument> Read(string path)
    {
        if (path == StdinName) return ReadStdin();
        if (Directory.Exists(path)) return ReadDirectory(path);
        return ReadFile(path);
    }

    private IEnumerable<InputDocument> ReadDirectory(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsDocumentFile)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var document in ReadFile(file))
                yield return document;
    }

    private static bool IsDocumentFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<InputDocument> ReadFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return [ReadText(path, () => TextInput.ReadFile(path, _limits), Path.GetFileNameWithoutExtension(path))];
        if (!File.Exists(path))
            return [InputDocument.Failed(path, new WartaException(ErrorCodes.InputNotFound, $"{path}: no such file"))];
        return ReadJsonLinesFile(path);
    }

    private IEnumerable<InputDocument> ReadJsonLinesFile(string path)
    {
        FileStream stream;
        try { stream = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputDocument.Failed(path, new WartaException(ErrorCodes.InputNotFound, $"{path}: cannot be read ({e.Message})", e))];
        }
        return ReadAndClose(stream, path);
    }

    private IEnumerable<InputDocument> ReadAndClose(FileStream stream, string path)
    {
        using (stream)
            foreach (var document in JsonLinesDocumentReader.Read(stream, path, defaults, _limits))
                yield return document;
    }

    private IEnumerable<InputDocument> ReadStdin()
    {
        Stream stdin;
        byte[] head = new byte[8192];
        int length = 0;
        try
        {
            stdin = openStdin();
            for (int read; length < head.Length && (read = stdin.Read(head, length, head.Length - length)) > 0;) length += read;
        }
        catch (IOException e)
        {
            return [InputDocument.Failed("stdin", new WartaException(ErrorCodes.InputNotFound, $"stdin: cannot be read ({e.Message})", e))];
        }
        // JSON Lines are read line by line, so a batch on stdin may be larger than one document.
        var whole = new ConcatenatedStream(head, length, stdin);
        if (StartsWithBrace(head.AsSpan(0, length)))
            return JsonLinesDocumentReader.Read(whole, "stdin", defaults, _limits);
        return [ReadText("stdin", () => TextInput.ReadStream(whole, "stdin", _limits), "stdin")];
    }

    /// <summary>True when the first character that is not white space, a byte-order mark or UTF-16's NUL half is '{'.</summary>
    private static bool StartsWithBrace(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFF or 0xFE) continue;
            return b == (byte)'{';
        }
        return false;
    }

    private InputDocument ReadText(string origin, Func<DecodedText> read, string id)
    {
        try
        {
            var decoded = read();
            return InputDocument.Ok(origin, new NewsDocument(id, decoded.Text, defaults.Published, defaults.Language))
                .WithWarning(decoded.Warning);
        }
        catch (WartaException e)
        {
            return InputDocument.Failed(origin, e);
        }
    }
}
