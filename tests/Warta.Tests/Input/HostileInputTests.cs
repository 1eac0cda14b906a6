using System.Text;
using Warta.Errors;
using Warta.Input;

namespace Warta.Tests.Input;

/// <summary>
/// Inputs a careless user or an attacker can hand the readers: folders that loop through links, FIFOs and devices,
/// lines that never end, a reader that fails part-way. Each must cost only itself, and the run must end.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warta-hostile-").FullName;
    private readonly List<string> _warnings = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private List<InputDocument> Read(params string[] paths) =>
        new DocumentReader(new InputDefaults(), () => new MemoryStream(), warn: _warnings.Add).Read(paths).ToList();

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void A_folder_with_two_symlink_loops_is_read_once_and_each_link_is_named_in_a_warning()
    {
        var tree = Path.Combine(_folder, "L");
        Write("L/a.txt", "Indonesia memprotes Australia.");
        Directory.CreateDirectory(Path.Combine(tree, "sub"));
        File.CreateSymbolicLink(Path.Combine(tree, "sub", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(tree, "sub", "loop2"), "../..");

        var documents = Read(tree);

        Assert.Equal(["a"], documents.Select(d => d.Document!.Id));
        Assert.Contains(_warnings, w => w.StartsWith(Path.Combine(tree, "sub", "loop") + ": skipped: a symbolic link"));
        Assert.Contains(_warnings, w => w.StartsWith(Path.Combine(tree, "sub", "loop2") + ": skipped: a symbolic link"));
    }

    [Fact]
    public void A_link_in_a_folder_to_a_file_outside_it_is_not_followed()
    {
        var outside = Write("outside/secret.txt", "Rusia mengusir diplomat Kazakhstan.");
        var tree = Path.Combine(_folder, "tree");
        Write("tree/own.txt", "Indonesia memprotes Australia.");
        File.CreateSymbolicLink(Path.Combine(tree, "secret.txt"), outside);

        Assert.Equal(["own"], Read(tree).Select(d => d.Document!.Id));
        Assert.Single(_warnings, w => w.Contains("secret.txt: skipped: a symbolic link"));
    }

    [Fact]
    public void A_fifo_in_a_folder_is_skipped_with_a_warning_instead_of_blocking_the_run()
    {
        var tree = Path.Combine(_folder, "withfifo");
        Write("withfifo/b.txt", "Indonesia memprotes Australia.");
        MakeFifo(Path.Combine(tree, "a.txt"));

        var documents = Read(tree); // reading the FIFO would wait for a writer forever

        Assert.Equal(["b"], documents.Select(d => d.Document!.Id));
        Assert.Single(_warnings, w => w.StartsWith(Path.Combine(tree, "a.txt") + ": skipped: not a regular file"));
    }

    [Fact]
    public void Dev_zero_behind_a_txt_link_stops_at_the_document_limit_and_the_next_file_is_still_read()
    {
        var zero = Path.Combine(_folder, "z.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var good = Write("good.txt", "Indonesia memprotes Australia.");

        var documents = Read(zero, good);

        Assert.Equal(2, documents.Count);
        Assert.Equal(ErrorCodes.DocumentTooLarge, documents[0].Error!.Code);
        Assert.Contains("z.txt", documents[0].Error!.Message);
        Assert.Equal("good", documents[1].Document!.Id);
    }

    [Fact]
    public void A_device_behind_a_jsonl_link_is_refused_at_once_and_the_next_file_is_still_read()
    {
        var random = Path.Combine(_folder, "r.jsonl");
        File.CreateSymbolicLink(random, "/dev/urandom"); // its lines would never end: a bad document per line, forever
        var good = Write("good.txt", "Indonesia memprotes Australia.");

        var documents = Read(random, good);

        Assert.Equal(2, documents.Count);
        Assert.Equal(ErrorCodes.InputNotText, documents[0].Error!.Code);
        Assert.Contains("r.jsonl: is a device", documents[0].Error!.Message);
        Assert.Equal("good", documents[1].Document!.Id);
    }

    [Fact]
    public void A_json_lines_stream_without_line_breaks_is_given_up_after_a_bounded_read()
    {
        var limits = new InputLimits(MaxDocumentBytes: 1024);
        var endless = new EndlessZeros();

        var documents = JsonLinesDocumentReader.Read(endless, "pipe.jsonl", new InputDefaults(), limits).ToList();

        var document = Assert.Single(documents);
        Assert.Equal(ErrorCodes.DocumentTooLarge, document.Error!.Code);
        Assert.Contains("the rest of pipe.jsonl is not read", document.Error!.Message);
        Assert.InRange(endless.Served, 1, 64L * 1024 * 1024); // stopped after a bounded read, not at the end of a stream that has none
    }

    /// <summary>A stream of NUL bytes without end, as a pipe from /dev/zero would be.</summary>
    private sealed class EndlessZeros : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_pipe_given_as_a_file_is_read_through_the_bounded_loop()
    {
        var fifo = Path.Combine(_folder, "pipe");
        MakeFifo(fifo);
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try { for (int i = 0; i < 64; i++) stream.Write(chunk); } // 4 MiB, twice the limit of 2 MiB of text
            catch (IOException) { } // the reader stopped: the pipe is closed under the writer
        });

        var document = Assert.Single(Read(fifo));
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ErrorCodes.DocumentTooLarge, document.Error!.Code);
    }

    [Fact]
    public void A_reader_that_fails_part_way_costs_that_input_only_with_an_error_code()
    {
        static IEnumerable<InputDocument> FailingAfterOne()
        {
            yield return InputDocument.Ok("f:1", new Warta.Coding.NewsDocument("one", "text"));
            throw new InvalidOperationException("the disk went away");
        }

        var documents = GuardedRead.Each(FailingAfterOne(), "f").ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal("one", documents[0].Document!.Id);
        Assert.Equal(ErrorCodes.InputNotFound, documents[1].Error!.Code);
        Assert.Contains("f: cannot be read (InvalidOperationException: the disk went away)", documents[1].Error!.Message);
    }
}
