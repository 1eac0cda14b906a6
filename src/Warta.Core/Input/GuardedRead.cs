using Warta.Errors;

namespace Warta.Input;

/// <summary>
/// Makes a failure while reading one input cost that input only: whatever a reader throws part-way (an I/O error, a
/// fault in a parser) ends that input with one failed <see cref="InputDocument"/> naming it, and the run goes on.
/// </summary>
public static class GuardedRead
{
    public static IEnumerable<InputDocument> Each(IEnumerable<InputDocument> documents, string origin)
    {
        IEnumerator<InputDocument>? enumerator = null;
        try
        {
            while (true)
            {
                InputDocument? next = null;
                WartaException? failure = null;
                try
                {
                    enumerator ??= documents.GetEnumerator();
                    if (enumerator.MoveNext()) next = enumerator.Current;
                }
                catch (WartaException e) { failure = e; }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure = new WartaException(ErrorCodes.InputNotFound,
                        $"{origin}: cannot be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); what came before it was read", e);
                }
                if (failure is not null)
                {
                    yield return InputDocument.Failed(origin, failure);
                    yield break;
                }
                if (next is null) yield break;
                yield return next;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }
}
