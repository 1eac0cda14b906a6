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

    /// <summary>A required <c>--lang id|en</c> for the commands that work on one language's model.</summary>
    public static Option<string> RequiredLanguage()
    {
        var lang = new Option<string>("--lang") { Description = "Language: id or en", Required = true };
        lang.AcceptOnlyFromAmong("id", "en");
        return lang;
    }

    /// <summary><c>--ud DIR</c>, the folder of the UD treebanks that the training commands read.</summary>
    public static Option<string?> Ud() => new("--ud")
    {
        Description = "Folder of the UD treebanks (holding id/ and en/); default: ../shared/ud beside the repository",
    };

    /// <summary><c>--parse</c>: parse every sentence, so that the coder reads the verb patterns on the dependency tree.</summary>
    /// <summary>Parsing is on by default; '--parse false' compares the coder without the dependency tree.</summary>
    public static Option<bool> Parse() => new("--parse")
    {
        Description = "Parse every sentence (default): clauses are then also read from the dependency tree and the verb " +
                      "patterns matched on it (docs/coding.md, docs/lexicon.md); '--parse false' reads tags alone, faster",
        DefaultValueFactory = _ => true,
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "Data folder (lexicons, models); default: the one shipped next to the executable, or $WARTA_DATA",
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Published date (YYYY-MM-DD) of documents that do not give one; relative dates are resolved against it",
        CustomParser = r => ParsePublished(r.Tokens.Single().Value, r),
    };

    public static Option<string[]> Dictionaries() => new("--dict")
    {
        Description = "A folder of your own dictionaries, added to the shipped ones (repeat for several)",
        AllowMultipleArgumentsPerToken = false,
    };

    private static string? ParsePublished(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (Input.PublishedDate.TryParse(value, out _)) return value;
        result.AddError($"--published '{value}' is not a date: write it as YYYY-MM-DD");
        return null;
    }

    public static DateOnly? ToDate(string? value) =>
        value is not null && Input.PublishedDate.TryParse(value, out var date) ? date : null;

    private static string? ParseLanguage(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (value is "auto" || LanguageCodes.TryParse(value, out _)) return value;
        result.AddError($"unknown language '{value}': use id, en or auto");
        return null;
    }

    public static Language? ToLanguage(string? value) =>
        value is null or "auto" ? null : LanguageCodes.Parse(value);
}
