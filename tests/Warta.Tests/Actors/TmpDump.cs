using Warta.Languages;
using Xunit.Abstractions;
namespace Warta.Tests.Actors;
public sealed class TmpDump(ITestOutputHelper o)
{
    [Fact]
    public void Dump()
    {
        foreach (var (path, lang) in new[] { (TestPaths.SeedArticle, Language.Indonesian), (Path.Combine(TestPaths.RepoRoot, "examples"), Language.English) })
        {
            var files = Directory.Exists(path) ? Directory.GetFiles(path) : [path];
            foreach (var file in files)
            {
                var doc = SharedAnalyzer.Instance.Analyze(File.ReadAllText(file), "s", null);
                for (int s = 0; s < doc.SentenceCount; s++)
                {
                    var ms = ActorTestKit.Finder.Find(doc, s, new DateOnly(2022, 10, 5));
                    o.WriteLine(doc.GetSentence(s).ToString());
                    o.WriteLine("   => " + string.Join(" | ", ms.Select(m => ActorTestKit.Describe(m, doc) + "/" + m.Rule + (m.Actor.Name is null ? "" : "/" + m.Actor.Name))));
                }
            }
        }
    }
}
