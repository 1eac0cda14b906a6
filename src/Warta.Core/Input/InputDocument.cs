using Warta.Coding;
using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// One document read from an input, or the error that kept it from being read. <see cref="Origin"/> says where it
/// came from (a file, or a file and line) so a failure can be reported and the rest of the batch goes on.
/// <see cref="Warnings"/> are things the user should know about a document that was read (an assumed encoding).
/// </summary>
public sealed record InputDocument(string Origin, NewsDocument? Document, WartaException? Error)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>This input with <paramref name="warning"/> added, when there is one.</summary>
    public InputDocument WithWarning(string? warning) => warning is null ? this : this with { Warnings = [.. Warnings, warning] };

    public static InputDocument Ok(string origin, NewsDocument document) => new(origin, document, null);
    public static InputDocument Failed(string origin, WartaException error) => new(origin, null, error);
}

/// <summary>What the caller knows about documents that do not say it themselves.</summary>
/// <param name="Published">The published date for documents without one (always used for .txt and plain stdin).</param>
/// <param name="Language">The language for documents without one; null identifies it per document.</param>
public sealed record InputDefaults(DateOnly? Published = null, Languages.Language? Language = null);
