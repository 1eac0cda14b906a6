namespace Warta.Data;

/// <summary>One problem found by <c>warta lint-dict</c>: the file, the 1-based line (0 for the whole file) and what is wrong.</summary>
public readonly record struct DictionaryProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
