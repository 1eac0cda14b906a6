using Warta.Errors;
using Warta.Input;

namespace Warta.Coding;

/// <summary>One input after coding: the coded document, or the error that cost this document (already worded for the user).</summary>
public sealed record CodingOutcome(InputDocument Input, CodedDocument? Coded, string? Error);

/// <summary>
/// Codes a stream of documents in parallel across cores with one shared <see cref="EventCoder"/>, yielding the
/// outcomes in input order. A document that cannot be read or coded becomes a failed outcome; the batch goes on.
/// </summary>
public static class BatchCoder
{
    public static IEnumerable<CodingOutcome> CodeAll(EventCoder coder, IEnumerable<InputDocument> inputs,
        int? degreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        using var remaining = inputs.GetEnumerator();
        if (!remaining.MoveNext()) yield break;
        var first = remaining.Current;
        if (!remaining.MoveNext())
        {
            // A single document (one article on the command line) is coded on this thread: starting PLINQ (its worker
            // tasks and ~50 methods compiled on first use) would cost a cold run more than it could share out.
            cancellationToken.ThrowIfCancellationRequested();
            yield return CodeOne(coder, first, cancellationToken);
            yield break;
        }
        var all = new[] { first, remaining.Current }.Concat(Rest(remaining));
        foreach (var outcome in all.AsParallel()
                     .AsOrdered()
                     .WithDegreeOfParallelism(Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount))
                     .WithCancellation(cancellationToken)
                     .Select(input => CodeOne(coder, input, cancellationToken)))
            yield return outcome;
    }

    private static IEnumerable<InputDocument> Rest(IEnumerator<InputDocument> inputs)
    {
        while (inputs.MoveNext()) yield return inputs.Current;
    }

    public static CodingOutcome CodeOne(EventCoder coder, InputDocument input, CancellationToken cancellationToken = default)
    {
        if (input.Document is null) return new CodingOutcome(input, null, input.Error?.Message ?? $"{input.Origin}: unreadable");
        try
        {
            return new CodingOutcome(input, coder.Code(input.Document, cancellationToken), null);
        }
        catch (WartaException e)
        {
            return new CodingOutcome(input, null, $"{e.Code}: {input.Origin}: {e.Message[(e.Code.Length + 2)..]}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the coder must cost this document only, and still say which one it was.
            return new CodingOutcome(input, null,
                $"{ErrorCodes.DocumentInvalid}: {input.Origin}: could not be coded ({e.GetType().Name}: {e.Message})");
        }
    }
}
