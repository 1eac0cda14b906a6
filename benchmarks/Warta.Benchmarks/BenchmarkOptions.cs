using Warta.Languages;

namespace Warta.Benchmarks;

/// <summary>
/// Command line: <c>[analyze|code|parse|ingest] [UD_DIR] [--passes N] [--no-parse] [--lang id|en]</c>. <c>analyze</c> (the default) measures the language
/// layer and the mention finder; <c>code</c> the whole event coder; <c>parse</c> the dependency parser alone; <c>ingest</c> the DuckDB store.
/// </summary>
/// <c>--no-parse</c> leaves the dependency parser out (it is in by default, for both analyze and code); <c>--lang</c> measures
/// one language's sentences only (and, for code, no mixed run), so a profile of the run is that language's alone.
internal sealed record BenchmarkOptions(string Command, string UdDirectory, int Passes, bool ParseSentences = true, Language? OnlyLanguage = null)
{
    public const string Analyze = "analyze";
    public const string Code = "code";
    public const string Ingest = "ingest";
    public const string ParseOnly = "parse";

    public const string Usage =
        "usage: dotnet run -c Release --project benchmarks/Warta.Benchmarks -- [analyze|code|parse|ingest] [UD_DIR] [--passes N] [--no-parse] [--lang id|en]";

    /// <summary>The options, or null with <paramref name="error"/> saying why (null too for --help, which is no error).</summary>
    public static BenchmarkOptions? Parse(string[] args, out string? error)
    {
        error = null;
        string ud = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/ud"));
        string command = Analyze;
        int passes = 5;
        bool parse = true;
        Language? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h") return null;
            if (args[i] == "--passes")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], out passes) || passes < 1)
                {
                    error = "--passes takes a whole number of at least 1";
                    return null;
                }
            }
            else if (args[i] == "--no-parse") parse = false;
            else if (args[i] == "--lang")
            {
                if (i + 1 >= args.Length || !LanguageCodes.TryParse(args[++i], out var language))
                {
                    error = "--lang takes id or en";
                    return null;
                }
                only = language;
            }
            else if (i == 0 && args[i] is Analyze or Code or Ingest or ParseOnly) command = args[i];
            else if (args[i].StartsWith('-'))
            {
                error = $"unknown option '{args[i]}'";
                return null;
            }
            else ud = args[i];
        }
        if (!Directory.Exists(ud))
        {
            error = $"UD folder '{ud}' not found; pass it as the first argument after the command";
            return null;
        }
        return new BenchmarkOptions(command, ud, passes, parse, only);
    }

    /// <summary>The languages to measure: the one given with --lang, else every supported one.</summary>
    public IReadOnlyList<Language> Languages => OnlyLanguage is { } language ? [language] : LanguageCodes.Supported;

    /// <summary>The seed articles (../shared/seed/*.txt), next to the UD folder; none when that folder is absent.</summary>
    public IReadOnlyList<string> SeedArticles()
    {
        var seed = Path.Combine(Path.GetDirectoryName(UdDirectory.TrimEnd('/', '\\'))!, "seed");
        return Directory.Exists(seed) ? Directory.GetFiles(seed, "*.txt").Order().ToList() : [];
    }
}
