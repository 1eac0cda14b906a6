namespace Warta.Web.Tests;

public sealed class ScreenshotFolderTests
{
    private static string Committed => Path.Combine(TestPaths.RepoRoot, "docs", "screenshots");

    [Fact]
    public void Screenshots_go_to_docs_only_when_the_variable_is_1()
    {
        Assert.Equal(Committed, TestPaths.ScreenshotsFolder("1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    public void Without_the_variable_screenshots_go_to_a_temporary_folder(string? setting)
    {
        var folder = TestPaths.ScreenshotsFolder(setting);

        Assert.NotEqual(Committed, folder);
        Assert.StartsWith(Path.GetTempPath(), folder);
    }
}
