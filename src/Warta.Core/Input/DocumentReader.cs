using Warta.Coding;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Reads the documents named on a command line: a .txt file is one article (id = file name without extension),
/// a .jsonl file is one document per line, a directory is every .txt and .jsonl inside it (sorted, recursive),
/// and "-" is standard input (JSON Lines when it starts with '{', else one article with id "stdin").
/// A problem with one input is yielded as a failed <see cref="InputDocument"/>, never thrown.
/// </summary>
public sealed class DocumentReader(InputDefaults defaults, Func<Stream> openStdin)
{
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
            return [ReadText(path, () => TextInput.ReadFile(path), Path.GetFileNameWithoutExtension(path))];
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
            foreach (var document in JsonLinesDocumentReader.Read(stream, path, defaults))
                yield return document;
    }

    private IEnumerable<InputDocument> ReadStdin()
    {
        string text;
        WartaException? error = null;
        try { text = TextInput.ReadStream(openStdin(), "stdin"); }
        catch (WartaException e) { text = ""; error = e; }
        if (error is not null) return [InputDocument.Failed("stdin", error)];

        if (text.AsSpan().TrimStart().StartsWith("{"))
            return JsonLinesDocumentReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "stdin", defaults);
        return [ReadText("stdin", () => text, "stdin")];
    }

    private InputDocument ReadText(string origin, Func<string> read, string id)
    {
        try
        {
            return InputDocument.Ok(origin, new NewsDocument(id, read(), defaults.Published, defaults.Language));
        }
        catch (WartaException e)
        {
            return InputDocument.Failed(origin, e);
        }
    }
}
