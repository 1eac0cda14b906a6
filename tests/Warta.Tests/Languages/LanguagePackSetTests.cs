using Warta.Data;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Languages;

public sealed class LanguagePackSetTests
{
    [Fact]
    public void Loading_is_raised_once_per_language_before_its_pack_is_used()
    {
        var packs = new LanguagePackSet(TestPaths.DataDirectory);
        var raised = new List<Language>();
        packs.Loading += raised.Add;

        var first = packs[Language.Indonesian];
        var again = packs[Language.Indonesian];

        Assert.Same(first, again);
        Assert.Equal([Language.Indonesian], raised);
    }

    [Fact]
    public void The_morphology_read_before_the_pack_is_the_packs_own()
    {
        var packs = new LanguagePackSet(TestPaths.DataDirectory);

        var early = packs.Morphology(Language.Indonesian);

        Assert.Same(early, packs[Language.Indonesian].Morphology);
        Assert.NotSame(early, packs.Morphology(Language.English));
    }

    [Fact]
    public void A_preloaded_parser_is_the_one_the_pack_parses_with()
    {
        var pack = new LanguagePackSet(TestPaths.DataDirectory, preloadParsers: true)[Language.Indonesian];

        Assert.Same(pack.Parser, pack.LazyParser.Value);
        Assert.True(pack.Parser.FeatureCount > 0);
    }

    [Fact]
    public void A_missing_parser_model_is_still_reported_when_the_parser_is_first_used()
    {
        using var folder = new TemporaryDataFolder();
        var packs = new LanguagePackSet(DataDirectory.Open(folder.Path), preloadParsers: true);

        var pack = packs[Language.Indonesian];
        var e = Assert.Throws<WartaException>(() => pack.Parser);

        Assert.Equal(ErrorCodes.ModelMissing, e.Code);
        Assert.Contains("parser.bin", e.Message);
    }

    /// <summary>A copy of the shipped data folder without the parser model of Indonesian (and the English models).</summary>
    private sealed class TemporaryDataFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("warta-packs-").FullName;

        public TemporaryDataFolder()
        {
            foreach (var file in Directory.EnumerateFiles(TestPaths.Data, "*", SearchOption.AllDirectories))
            {
                var relative = System.IO.Path.GetRelativePath(TestPaths.Data, file);
                // The English models are not needed either: only the Indonesian pack is loaded.
                if (relative == System.IO.Path.Combine("id", "parser.bin") || relative.StartsWith("en") && file.EndsWith(".bin")) continue;
                var target = System.IO.Path.Combine(Path, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
