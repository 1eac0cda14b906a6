using System.Text;

namespace Warta.Tests.TestSupport;

/// <summary>
/// An <c>*.expected.jsonl</c> file of events and the check against it: on a difference the events coded now go to
/// <c>*.actual.jsonl</c> beside it and the check fails with <see cref="EventLineDiff"/>'s account of it. With
/// <see cref="UpdateVariable"/>=1 the expected file is rewritten instead (an intended change, reviewed in the git diff).
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "WARTA_UPDATE_GOLDEN";
    public const string UpdateCommand = UpdateVariable + "=1 dotnet test tests/Warta.Tests -c Release --filter \"FullyQualifiedName~GoldenFile\"";
    private const string ExpectedSuffix = ".expected.jsonl";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    public static string ActualPath(string expectedPath) =>
        expectedPath.EndsWith(ExpectedSuffix, StringComparison.Ordinal)
            ? expectedPath[..^ExpectedSuffix.Length] + ".actual.jsonl"
            : throw new ArgumentException($"a golden file's name ends in {ExpectedSuffix}: {expectedPath}", nameof(expectedPath));

    public static void Check(string expectedPath, IReadOnlyList<string> actual)
    {
        var actualPath = ActualPath(expectedPath);
        if (Updating)
        {
            Write(expectedPath, actual);
            File.Delete(actualPath);
            Assert.Equal(actual, Read(expectedPath));
            return;
        }
        if (!File.Exists(expectedPath))
        {
            Write(actualPath, actual);
            throw new Xunit.Sdk.XunitException($"{expectedPath} does not exist; the events coded now are in {actualPath}. " +
                $"Create it with: {UpdateCommand}");
        }
        List<string> expected = Read(expectedPath);
        EventLineDiff diff;
        try { diff = EventLineDiff.Compare(expected, actual); }
        catch (FormatException e) { throw new Xunit.Sdk.XunitException($"{expectedPath}: {e.Message}"); }
        if (diff.Same)
        {
            File.Delete(actualPath);
            return;
        }
        Write(actualPath, actual);
        throw new Xunit.Sdk.XunitException(
            $"{expectedPath}: the events coded now differ: {diff.Describe()}" +
            $"The events coded now are in {actualPath}. If the change is intended, accept it with: {UpdateCommand}");
    }

    private static List<string> Read(string path) => EventLines.Split(File.ReadAllText(path, Encoding.UTF8));

    private static void Write(string path, IReadOnlyList<string> lines) =>
        File.WriteAllText(path, string.Concat(lines.Select(line => line + "\n")), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
