using Warta.Cli;
using Warta.Cluster;

namespace Warta.Store.Tests.Postgres;

/// <summary>The id rule of every way in (RunIds), on the cluster's: <c>enqueue</c> and what a worker takes off the queue.</summary>
public sealed class EnqueueIdRuleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-enqueue-ids-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Enqueue_refuses_a_second_document_under_one_id_and_a_blank_id_naming_their_lines()
    {
        await using var nats = await NatsServer.StartAsync();
        var file = Path.Combine(_folder, "batch.jsonl");
        File.WriteAllLines(file,
        [
            """{"id": "a", "text": "Russia expelled two Kazakh diplomats on Friday."}""",
            """{"id": "a", "text": "Kazakhstan protested to Russia on Monday."}""",
            """{"id": "", "text": "Japan and China agreed to talk."}""",
            """{"id": "a", "text": "Russia expelled two Kazakh diplomats on Friday."}""",
        ]);

        var run = InProcessCli.Run("enqueue", file, "--nats", nats.Url);

        Assert.Equal(ExitCodes.SomeInputFailed, run.ExitCode);
        Assert.Contains($"error: WRT0207: {file}:2: the id 'a' is already the id of another document of this run ({file}:1)", run.Error);
        Assert.Contains($"error: WRT0204: {file}:3: the document's id is blank", run.Error);
        Assert.StartsWith("enqueue: 1 published, 1 duplicates (queued already), 2 failed", run.Output);
    }

    [Theory]
    [InlineData("""{"id": "", "text": "x"}""")]
    [InlineData("""{"id": "  ", "text": "x"}""")]
    public void A_queued_message_with_a_blank_id_is_not_a_document(string message)
    {
        Assert.Throws<InvalidDataException>(() => QueuedDocument.Decode(System.Text.Encoding.UTF8.GetBytes(message)));
    }
}
