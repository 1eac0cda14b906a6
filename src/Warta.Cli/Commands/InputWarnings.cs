using Warta.Input;

namespace Warta.Cli.Commands;

/// <summary>Writes what the user should know about a document that was still processed: an assumed encoding, cut sentences.</summary>
internal static class InputWarnings
{
    /// <summary>Where readers tell what they skipped: a warning line on standard error.</summary>
    public static Action<string> Warn(CliIo io) => note => io.Error.WriteLine($"warning: {note}");

    public static void Write(CliIo io, InputDocument input)
    {
        foreach (var warning in input.Warnings) io.Error.WriteLine($"warning: {warning}");
    }

    public static void Write(CliIo io, string origin, Text.Document analysis, InputLimits limits)
    {
        if (analysis.LongSentencesSplit == 0) return;
        io.Error.WriteLine($"warning: {origin}: {analysis.LongSentencesSplit} sentence(s) longer than {limits.MaxSentenceChars} " +
                           $"characters were cut into pieces at a comma or space (limit: {InputLimits.MaxSentenceCharsOption})");
    }
}
