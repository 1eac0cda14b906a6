using System.Text;
using Warta.Coding;
using Warta.Input;
using Warta.Output.Events;

namespace Warta.Tests.TestSupport;

/// <summary>Events as the lines <c>warta code --all --format jsonl</c> writes, made by the same reader, coder and writer.</summary>
internal static class EventLines
{
    /// <summary>What <c>warta code PATH --all --published DATE</c> writes, coded by the shared coder.</summary>
    public static List<string> Code(string path, DateOnly? published)
    {
        var reader = new DocumentReader(new InputDefaults(published), () => Stream.Null);
        return Write(writer =>
        {
            foreach (var outcome in BatchCoder.CodeAll(SharedCoder.Instance, reader.Read(path)))
            {
                var coded = outcome.Coded ?? throw new Xunit.Sdk.XunitException($"{path}: a document could not be coded: {outcome.Error}");
                writer.Write(coded.Input, coded.Events);
            }
        });
    }

    public static List<string> Of(NewsDocument document, IReadOnlyList<EventRecord> events) =>
        Write(writer => writer.Write(document, events));

    /// <summary>The lines of a JSON Lines text; a last line without its newline counts, Windows line ends are read too.</summary>
    public static List<string> Split(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Where(line => line.Length > 0).ToList();

    private static List<string> Write(Action<IEventWriter> write)
    {
        using var stream = new MemoryStream();
        var writer = EventFormats.Create(EventFormats.JsonLines, stream, DateTime.UnixEpoch);
        write(writer);
        writer.Complete();
        return Split(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
