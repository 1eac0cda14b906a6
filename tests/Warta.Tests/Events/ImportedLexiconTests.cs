using Warta.Events;
using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

/// <summary>The PETRARCH-2 patterns of data/en/events/predicates-petrarch.tsv and their precedence under the hand-written file.</summary>
public sealed class ImportedLexiconTests : IDisposable
{
    private const Language En = Language.English;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-import-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private void Write(string file, params string[] lines)
    {
        var dir = Path.Combine(_folder, "en", "events");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, file), lines);
    }

    [Fact]
    public void The_imported_file_is_loaded_and_its_entries_are_marked()
    {
        var imported = ShippedLexicons.English.Entries.Where(e => e.Import == "petrarch").ToList();
        Assert.True(imported.Count >= 1000, $"{imported.Count} imported entries");
        Assert.All(imported, e => Assert.StartsWith("en:petrarch:predicate:", e.RuleName));
        Assert.All(imported, e => Assert.Contains("predicates-petrarch.tsv:", e.Origin));
        Assert.DoesNotContain(ShippedLexicons.Indonesian.Entries, e => e.Import is not null);
    }

    [Fact]
    public void An_imported_pattern_the_hand_written_file_lacks_codes_a_sentence()
    {
        var match = Verb("The government resumed peace talks with the rebels on Tuesday.", "resumed", En);
        Assert.NotNull(match);
        Assert.Equal("046", match.Code);
        Assert.Equal("en:petrarch:predicate:resume+peace talk→046", match.RuleName);
    }

    [Fact]
    public void A_hand_written_entry_wins_over_an_imported_one()
    {
        // The shipped hand-written 'condemn' (111) and 'reject claim' (016) outlive imported rows for the same predicate and cue.
        Write(PredicateFile.ImportedName, "V\tcondemn\t010\t-\t-\t-\t-", "V\treject\t120\tclaim|ultimatum\t-\t-\t-", "V\tscold\t111\t-\t-\t-\t-");
        var lexicon = ShippedLexicons.Load(En, [_folder]);
        var condemn = Verb("Russia condemned Iran.", "condemned", En, lexicon);
        Assert.Equal("111", condemn?.Code);
        Assert.Null(condemn?.Entry.Import);
        var claim = Verb("Russia rejected the claim.", "rejected", En, lexicon);
        Assert.Equal("016", claim?.Code);
        Assert.True(claim?.Entry.Import is null, claim?.RuleName);
        // The cue the hand-written file lacks, and a new verb, come from the import.
        var ultimatum = Verb("Russia rejected the ultimatum.", "rejected", En, lexicon);
        Assert.Equal("120", ultimatum?.Code);
        Assert.Equal("petrarch", ultimatum?.Entry.Import);
        Assert.Equal("111", Verb("Russia scolded Iran.", "scolded", En, lexicon)?.Code);
    }

    [Fact]
    public void An_imported_default_does_not_replace_a_speech_verb()
    {
        Write(PredicateFile.ImportedName, "V\tadd\t060\t-\t-\t-\t-");
        var lexicon = ShippedLexicons.Load(En, [_folder]);
        var add = Verb("The minister added that talks would continue.", "added", En, lexicon);
        Assert.NotNull(add);
        Assert.True(add.IsSpeech);
        Assert.Null(add.Entry.Import);
    }

    [Fact]
    public void The_validator_checks_the_imported_file()
    {
        Write(PredicateFile.ImportedName, "V\tscold\t999\t-\t-\t-\t-");
        var problems = EventLexicon.Validate(_folder, ShippedLexicons.English.Codebook).ToList();
        Assert.Contains(problems, p => p.File.EndsWith(PredicateFile.ImportedName, StringComparison.Ordinal) && p.Line == 1);
    }
}
