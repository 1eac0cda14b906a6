using System.Security.Cryptography;
using System.Text;
using Warta.Coding;
using Warta.Errors;

namespace Warta.Input;

/// <summary>What <see cref="RunIds.Admit(string, string, string)"/> decided about one document.</summary>
public enum IdAdmission
{
    /// <summary>The first document of the run with this id: read it.</summary>
    New,
    /// <summary>The very same document again (same id, same text, e.g. one file named twice): it is read once.</summary>
    Repeat,
    /// <summary>Another document under an id the run has seen, or a blank id: refused (see <see cref="RunIds.Refusal"/>).</summary>
    Refused,
}

/// <summary>
/// The one rule for document ids on every way in (<c>code</c>, <c>ingest</c>, <c>POST /api/documents</c>, <c>enqueue</c>
/// and what a worker takes off the queue): an id is a text that is not blank, and within one run (one command, one
/// request) an id names one document. A second document under an id already seen is refused with WRT0207, naming
/// where both came from, and the first is kept; the very same document again (same id and text) is read once. The
/// store would otherwise keep one of the two without a word, and the work queue would drop one as a repeat.
/// Thread-safe: a run's documents may be admitted from several threads.
/// </summary>
public sealed class RunIds
{
    private readonly Dictionary<string, (string Origin, ulong TextHash)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Null when <paramref name="id"/> may name a document; else the WRT0204 error for <paramref name="where"/>.</summary>
    public static WartaException? CheckId(string? id, string where) =>
        string.IsNullOrWhiteSpace(id)
            ? new WartaException(ErrorCodes.DocumentInvalid,
                $"{where}: the document's id is blank; give it an id (or leave the field out where a default id is made)")
            : null;

    /// <summary>Decides about one document; on <see cref="IdAdmission.Refused"/>, <paramref name="refusal"/> says why.</summary>
    public IdAdmission Admit(string id, string text, string origin, out WartaException? refusal)
    {
        refusal = CheckId(id, origin);
        if (refusal is not null) return IdAdmission.Refused;
        // Eight bytes of SHA-256 tell the same text from another well enough, and keep a run of millions of ids small.
        var hash = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        lock (_lock)
        {
            if (_seen.TryAdd(id, (origin, hash))) return IdAdmission.New;
            var first = _seen[id];
            if (first.TextHash == hash) return IdAdmission.Repeat;
            refusal = Refusal(id, origin, first.Origin);
            return IdAdmission.Refused;
        }
    }

    /// <summary>Admits one input: a failed input passes as it is, a refused one becomes failed, a repeat is null.</summary>
    public InputDocument? Admit(InputDocument input)
    {
        if (input.Document is not { } document) return input;
        return Admit(document.Id, document.Text, input.Origin, out var refusal) switch
        {
            IdAdmission.New => input,
            IdAdmission.Repeat => null,
            _ => InputDocument.Failed(input.Origin, refusal!),
        };
    }

    /// <summary>The inputs of one run with the rule applied, lazily: repeats are left out, refusals become failed inputs.</summary>
    public static IEnumerable<InputDocument> AdmitAll(IEnumerable<InputDocument> inputs, Action<InputDocument>? repeated = null)
    {
        var ids = new RunIds();
        foreach (var input in inputs)
        {
            if (ids.Admit(input) is { } admitted) yield return admitted;
            else repeated?.Invoke(input);
        }
    }

    public static WartaException Refusal(string id, string origin, string firstOrigin) =>
        new(ErrorCodes.DuplicateId,
            $"{origin}: the id '{id}' is already the id of another document of this run ({firstOrigin}); " +
            "give one of them another id (or file name) to keep both");
}
