using Warta.Errors;
using Warta.Events;
using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

public sealed class UserDictionaryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warta-dict-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private void Write(string lang, string file, params string[] lines)
    {
        var dir = Path.Combine(_folder, lang, "events");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, file), lines);
    }

    [Fact]
    public void A_user_folder_overrides_adds_and_removes_entries()
    {
        Write("id", "predicates.tsv",
            "# user entries",
            "V\tmengecam\t110\t-\t-\t-\t-",
            "V\tmenyindir\t111\t-\t-\t-\t-",
            "V\tbertemu\t-\t-\t-\t-\t-");
        var lexicon = ShippedLexicons.Load(Language.Indonesian, [_folder]);
        Assert.Equal("110", Verb("Rusia mengecam Kazakhstan.", "mengecam", Language.Indonesian, lexicon)?.Code);
        Assert.Equal("111", Verb("Rusia menyindir Kazakhstan.", "menyindir", Language.Indonesian, lexicon)?.Code);
        Assert.Null(Verb("Kedua menteri bertemu.", "bertemu", Language.Indonesian, lexicon));
        // The shipped lexicon is unchanged.
        Assert.Equal("111", Verb("Rusia mengecam Kazakhstan.", "mengecam", Language.Indonesian)?.Code);
    }

    [Fact]
    public void A_user_folder_adds_modality_phrases()
    {
        Write("en", "negators.txt", "hardly");
        var lexicon = ShippedLexicons.Load(Language.English, [_folder]);
        var doc = Analyse("Russia hardly attacked.", Language.English);
        Assert.True(lexicon.Modality.IsNegator(doc, IndexOf(doc, "hardly")));
        Assert.False(ShippedLexicons.English.Modality.IsNegator(doc, IndexOf(doc, "hardly")));
    }

    [Fact]
    public void Loading_a_broken_user_file_is_a_dictionary_error_naming_it()
    {
        Write("en", "predicates.tsv", "V\tcondemn\t999\t-\t-\t-\t-");
        var error = Assert.Throws<WartaException>(() => ShippedLexicons.Load(Language.English, [_folder]));
        Assert.Equal(ErrorCodes.DictionaryInvalid, error.Code);
        Assert.Contains("predicates.tsv:1", error.Message);
    }

    [Fact]
    public void The_validator_reports_each_bad_line()
    {
        Write("en", "predicates.tsv",
            "# kind predicate code cues targets sources flags",
            "V\tcondemn\t111\t-\t-\t-\t-",
            "X\tcondemn\t111",
            "V\tpraise\t999",
            "V\tpraise\t051\t-\t-\t-\tloud",
            "V\tcondemn\t110\t-\t-\t-\t-",
            "V\ttoo few",
            "N\tattack\t190\t-\tover there");
        Write("id", "refusals.tsv", "menolak\tmaybe\t120", "enggan\trefuse\t777");
        var codebook = CameoCodebook.Load(TestPaths.DataDirectory);
        var problems = EventLexicon.Validate(_folder, codebook).ToList();
        var lines = problems.Where(p => p.File.EndsWith("predicates.tsv", StringComparison.Ordinal)).Select(p => p.Line).ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8], lines);
        Assert.Contains(problems, p => p.Message.Contains("unknown CAMEO code '999'"));
        Assert.Contains(problems, p => p.Message.Contains("duplicate"));
        Assert.Contains(problems, p => p.Message.Contains("unknown flag 'loud'"));
        Assert.Equal(2, problems.Count(p => p.File.EndsWith("refusals.tsv", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_untargeted_flag_names_a_known_code()
    {
        Write("en", "predicates.tsv",
            "V\tfire\t194\tmissile\tat\t-\tuntargeted:150",
            "V\tlaunch\t194\tmissile\tat\t-\tuntargeted:999");
        var problems = EventLexicon.Validate(_folder, CameoCodebook.Load(TestPaths.DataDirectory)).ToList();
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("unknown CAMEO code '999' in flag 'untargeted:999'", problem.Message);
    }

    [Fact]
    public void The_people_flag_names_a_known_code()
    {
        Write("id", "predicates.tsv",
            "V\tmemblokade\t191\t-\t-\t-\tpeople:144",
            "V\tmenduduki\t192\t-\t-\t-\tpeople:999",
            "V\tmemblokir\t144\tjalan\t-\t-\tforces:191");
        var problem = Assert.Single(EventLexicon.Validate(_folder, CameoCodebook.Load(TestPaths.DataDirectory)));
        Assert.Equal(2, problem.Line);
        Assert.Contains("unknown CAMEO code '999' in flag 'people:999'", problem.Message);
    }

    [Fact]
    public void A_clean_user_folder_has_no_problems()
    {
        Write("id", "predicates.tsv", "V\tmenyindir\t111\t-\tterhadap\t-\t-", "N\tsindiran\t111");
        Write("id", "negators.txt", "tidaklah");
        Assert.Empty(EventLexicon.Validate(_folder, CameoCodebook.Load(TestPaths.DataDirectory)));
    }

    [Fact]
    public void The_validator_class_uses_the_folders_own_codebook()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "cameo"));
        File.Copy(Path.Combine(TestPaths.Data, "cameo", "codes.tsv"), Path.Combine(_folder, "cameo", "codes.tsv"));
        Write("en", "predicates.tsv", "V\tcondemn\t111", "V\tpraise\t0599");
        var problems = new EventDictionaryValidator().Validate(_folder).ToList();
        Assert.Equal("events", new EventDictionaryValidator().Name);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void A_malformed_codebook_is_a_problem_not_a_crash()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "cameo"));
        File.WriteAllText(Path.Combine(_folder, "cameo", "codes.tsv"), "111\tnot enough\n");
        var problem = Assert.Single(new EventDictionaryValidator().Validate(_folder));
        Assert.EndsWith("codes.tsv", problem.File, StringComparison.Ordinal);
    }
}
