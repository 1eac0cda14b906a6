using Warta.Fuzz;

namespace Warta.Fuzz.Tests;

/// <summary>
/// Every input a fuzzing run found failing, replayed through the same property: Regressions/TARGET/NAME.u16 (text as
/// raw UTF-16LE) or .bin (bytes), either gzipped (.u16.gz, .bin.gz) when large. A new finding becomes a test by
/// copying its (minimized) file there.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.EnumerateDirectories(FuzzTestPaths.Regressions).Order(StringComparer.Ordinal))
            foreach (var file in Directory.EnumerateFiles(folder).Where(IsInput).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Saved_finding_now_passes_its_targets_property(string target, string file)
    {
        var input = FuzzInputFile.Read(Path.Combine(FuzzTestPaths.Regressions, target, file));
        Assert.Null(Running.InputMinimizer.Failure(FuzzTargets.Get(target), input));
    }

    private static bool IsInput(string file) =>
        new[] { ".u16", ".bin", ".u16.gz", ".bin.gz" }.Any(e => file.EndsWith(e, StringComparison.Ordinal));

    [Fact]
    public void Every_regression_folder_is_a_known_target()
    {
        foreach (var folder in Directory.EnumerateDirectories(FuzzTestPaths.Regressions))
            Assert.Contains(Path.GetFileName(folder), FuzzTargets.Names);
    }
}
