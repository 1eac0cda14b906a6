using Warta.Coding;

namespace Warta.Tests;

/// <summary>One event coder over the repository's data folder, loaded once for all tests (it is thread-safe).</summary>
internal static class SharedCoder
{
    private static readonly Lazy<EventCoder> Lazy = new(() => EventCoder.Load(TestPaths.Data));
    public static EventCoder Instance => Lazy.Value;
}
