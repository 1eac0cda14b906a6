using CsCheck;
using Warta.Errors;
using Warta.Fuzz.Inputs;
using Warta.Input;

namespace Warta.Fuzz.Targets;

/// <summary>
/// JsonLinesDocumentReader and DocumentReader on standard input: nothing thrown; every line gives a document with
/// text or an input error (WRT02xx); never more documents than lines.
/// </summary>
public sealed class JsonLinesTarget : FuzzTarget
{
    public override string Name => "jsonl";

    public override string Description =>
        "JsonLinesDocumentReader and DocumentReader (stdin): nothing thrown; each result a document with text or a WRT02xx error; no more results than lines";

    public override string FileExtension => ".bin";

    public override Gen<byte[]> Inputs(FuzzCorpus corpus) => new JsonLinesStreams(corpus);

    public override void Check(byte[] input)
    {
        int lines = input.Count(b => b == (byte)'\n') + 1;
        var defaults = new InputDefaults();
        var fromReader = JsonLinesDocumentReader.Read(new MemoryStream(input), "fuzz.jsonl", defaults).ToList();
        if (fromReader.Count > lines) throw new PropertyViolation($"{fromReader.Count} documents from {lines} lines");
        var fromStdin = new DocumentReader(defaults, () => new MemoryStream(input)).Read(DocumentReader.StdinName).ToList();
        foreach (var result in fromReader.Concat(fromStdin)) CheckResult(result);
    }

    private static void CheckResult(InputDocument result)
    {
        if ((result.Document is null) == (result.Error is null))
            throw new PropertyViolation($"{result.Origin}: a result must hold a document or an error, not both or neither");
        if (result.Error is { } error && !ErrorCodes.IsInputError(error.Code))
            throw new PropertyViolation($"{result.Origin}: error {error.Code} is not an input error");
        if (result.Document is { } document && (document.Text is null || string.IsNullOrEmpty(document.Id)))
            throw new PropertyViolation($"{result.Origin}: document without text or id");
    }
}
