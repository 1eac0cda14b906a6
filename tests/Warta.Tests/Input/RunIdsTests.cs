using Warta.Coding;
using Warta.Errors;
using Warta.Input;

namespace Warta.Tests.Input;

public sealed class RunIdsTests
{
    private static InputDocument Doc(string origin, string id, string text) => InputDocument.Ok(origin, new NewsDocument(id, text));

    [Fact]
    public void A_second_document_under_one_id_is_refused_naming_both_origins_and_the_first_is_kept()
    {
        var admitted = RunIds.AdmitAll([Doc("a.jsonl:1", "x", "one text"), Doc("a.jsonl:2", "x", "another text")]).ToList();

        Assert.Equal("one text", admitted[0].Document!.Text);
        Assert.Equal(ErrorCodes.DuplicateId, admitted[1].Error!.Code);
        Assert.Contains("a.jsonl:2: the id 'x' is already the id of another document of this run (a.jsonl:1)", admitted[1].Error!.Message);
    }

    [Fact]
    public void The_very_same_document_twice_is_read_once()
    {
        var repeats = new List<string>();
        var admitted = RunIds.AdmitAll([Doc("a.txt", "a", "same"), Doc("a.txt", "a", "same")], repeated: i => repeats.Add(i.Origin)).ToList();

        Assert.Single(admitted);
        Assert.Equal(["a.txt"], repeats);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_id_is_refused(string id)
    {
        var admitted = Assert.Single(RunIds.AdmitAll([Doc("b.jsonl:3", id, "text")]));
        Assert.Equal(ErrorCodes.DocumentInvalid, admitted.Error!.Code);
        Assert.Contains("b.jsonl:3: the document's id is blank", admitted.Error!.Message);
    }
}
