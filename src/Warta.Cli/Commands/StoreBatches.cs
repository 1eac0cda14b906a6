using Warta.Coding;
using Warta.Errors;
using Warta.Store;

namespace Warta.Cli.Commands;

/// <summary>
/// Saves coded documents for <c>ingest</c> and <c>recode</c>: <see cref="Size"/> documents per store transaction, with
/// the totals of what the store did. <see cref="Run"/> closes the store whatever happens and turns a batch the store
/// refuses into one error line; earlier batches stay stored, so running the command again finishes the job.
/// </summary>
internal sealed class StoreBatches(IEventStore store, Action<StoreBatches> afterSave)
{
    public const int Size = 64;

    private readonly List<CodedDocument> _pending = new(Size);

    public int Added { get; private set; }
    public int Replaced { get; private set; }
    public int Skipped { get; private set; }
    public int Events { get; private set; }
    /// <summary>Documents handed to the store so far, whatever it made of them.</summary>
    public int Saved { get; private set; }

    public void Add(CodedDocument document)
    {
        _pending.Add(document);
        if (_pending.Count == Size) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == 0) return;
        var result = store.SaveAsync(_pending).GetAwaiter().GetResult();
        (Added, Replaced, Skipped, Events) = (Added + result.DocumentsAdded, Replaced + result.DocumentsReplaced,
            Skipped + result.DocumentsSkipped, Events + result.EventsWritten);
        Saved += _pending.Count;
        _pending.Clear();
        afterSave(this);
    }

    /// <summary>Runs <paramref name="work"/>; null when it finished, else the exit code of a refused batch (reported).</summary>
    /// <param name="howToFinish">What the user should do, given after the store's message.</param>
    public static int? Run(CliIo io, IEventStore store, IngestProgress progress, Action work, Func<string> howToFinish)
    {
        try
        {
            work();
            progress.Break();
            return null;
        }
        catch (WartaException e) when (e.Code == ErrorCodes.StoreWriteFailed)
        {
            progress.Break();
            io.Error.WriteLine($"error: {e.Message}; {howToFinish()}");
            return ExitCodes.DataMissing;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
