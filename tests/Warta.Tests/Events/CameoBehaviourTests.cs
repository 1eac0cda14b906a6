using Warta.Errors;
using Warta.Events;

namespace Warta.Tests.Events;

/// <summary>data/cameo/behaviour.tsv: what the coder does with each CAMEO code, read as columns of the code table.</summary>
public sealed class CameoBehaviourTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-behaviour-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CameoCodebook Shipped => CameoCodebook.Load(TestPaths.DataDirectory);

    [Fact]
    public void A_code_takes_the_row_of_its_longest_listed_prefix()
    {
        var codebook = Shipped;
        Assert.True(codebook.Behaviour("042").Joint);
        Assert.False(codebook.Behaviour("045").Joint);           // mediation acts on the parties, not with them
        Assert.True(codebook.Behaviour("0234").Asking);
        Assert.True(codebook.Behaviour("112").Alleging);
        Assert.False(codebook.Behaviour("110").Alleging);
        Assert.True(codebook.Behaviour("173").Arrest);
        Assert.True(codebook.Behaviour("010").DropsImplicitTarget);
        Assert.False(codebook.Behaviour("016").DropsImplicitTarget); // a denial answers whoever made the charge
        Assert.True(codebook.Behaviour("1712").NamedVictim);
        Assert.True(codebook.Behaviour("1823").NamedVictim);
        Assert.False(codebook.Behaviour("173").NamedVictim);          // an arrest is of the people the story is about
        Assert.False(codebook.Behaviour("190").NamedVictim);          // fighting is between the sides of a conflict
    }

    [Fact]
    public void Every_root_has_a_row_and_conflict_roots_are_coercive()
    {
        var codebook = Shipped;
        foreach (var root in codebook.Codes.Where(c => c.IsRoot))
            Assert.Equal(int.Parse(root.Root) >= 11, codebook.Behaviour(root.Code).Coercive);
        Assert.All(new[] { "18", "19", "20" }, r => Assert.True(codebook.Behaviour(r).Assault));
    }

    [Theory]
    [InlineData("prefix\tstatement\n01\tx\n", 1, "header")]
    [InlineData("{header}\n99{cells}\n", 2, "not a CAMEO code")]
    [InlineData("{header}\n01\ty{rest}\n", 2, "neither x nor empty")]
    [InlineData("{header}\n01\tx\n", 2, "tab-separated cells")]
    [InlineData("{header}\n01{cells}\n01{cells}\n", 3, "listed twice")]
    public void A_bad_behaviour_file_is_an_error_naming_the_file_and_line(string content, int line, string reason)
    {
        var header = "prefix\t" + string.Join('\t', CameoBehaviour.Columns);
        var cells = new string('\t', CameoBehaviour.Columns.Count);
        var rest = new string('\t', CameoBehaviour.Columns.Count - 1);
        var path = Path.Combine(_folder, "behaviour.tsv");
        File.WriteAllText(path, "# comment\n" + content.Replace("{header}", header).Replace("{cells}", cells).Replace("{rest}", rest));
        var error = Assert.Throws<WartaException>(() => CameoBehaviourTable.Load(path, Shipped.Contains));
        Assert.Equal(ErrorCodes.DataFileInvalid, error.Code);
        Assert.Contains($"{path}:{line + 1}:", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
