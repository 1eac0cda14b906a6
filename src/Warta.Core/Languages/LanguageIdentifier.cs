using Warta.Data;

namespace Warta.Languages;

// PLACEHOLDER — replaced by the text-layer work. Contract: thread-safe, loads its profile once from the data folder.
public sealed class LanguageIdentifier
{
    public static LanguageIdentifier Load(DataDirectory data) => throw new NotImplementedException();

    /// <summary>The language of <paramref name="text"/> (id or en), reliable on a single sentence.</summary>
    public Language Identify(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
