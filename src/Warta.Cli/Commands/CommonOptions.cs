using System.CommandLine;
using Warta.Languages;

namespace Warta.Cli.Commands;

/// <summary>Options several commands share, declared once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Lang(string description) => new("--lang")
    {
        Description = description,
        CustomParser = r => ParseLanguage(r.Tokens.Single().Value, r),
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "Data folder (lexicons, models); default: the one shipped next to the executable, or $WARTA_DATA",
    };

    private static string? ParseLanguage(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (value is "auto" || LanguageCodes.TryParse(value, out _)) return value;
        result.AddError($"unknown language '{value}': use id, en or auto");
        return null;
    }

    public static Language? ToLanguage(string? value) =>
        value is null or "auto" ? null : LanguageCodes.Parse(value);
}
