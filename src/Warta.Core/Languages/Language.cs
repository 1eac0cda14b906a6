namespace Warta.Languages;

/// <summary>A language Warta reads, identified by its ISO 639-1 code.</summary>
public enum Language : byte
{
    Unknown = 0,
    Indonesian,
    English,
}

public static class LanguageCodes
{
    public static string ToCode(this Language language) => language switch
    {
        Language.Indonesian => "id",
        Language.English => "en",
        _ => "und",
    };

    public static bool TryParse(string? code, out Language language)
    {
        language = code?.Trim().ToLowerInvariant() switch
        {
            "id" or "ind" or "in" or "indonesian" => Language.Indonesian,
            "en" or "eng" or "english" => Language.English,
            _ => Language.Unknown,
        };
        return language != Language.Unknown;
    }

    public static Language Parse(string code) =>
        TryParse(code, out var language) ? language : throw new FormatException($"unknown language '{code}': use id or en");

    public static IReadOnlyList<Language> Supported { get; } = [Language.Indonesian, Language.English];
}
