using System.Globalization;
using System.Text;
using Warta.Coding;

namespace Warta.Output.Events;

/// <summary>
/// GDELT 2.0 event-table rows: 61 tab-separated columns, no header (as GDELT ships them), in the codebook's order
/// (../shared/reference/cameo/gdelt2-event-columns.tsv). Fields Warta knows are filled; the rest stay empty.
/// The mapping is documented in docs/output.md.
/// </summary>
public sealed class GdeltEventWriter : IEventWriter
{
    public const int ColumnCount = 61;

    /// <summary>GDELT marks events from the lead of an article; the first sentences are our proxy for it.</summary>
    public const int LeadSentences = 3;

    private readonly StreamWriter _writer;
    private readonly string _dateAdded;

    public GdeltEventWriter(Stream output, DateTime addedUtc)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        _dateAdded = addedUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    }

    public void Write(NewsDocument document, IReadOnlyList<EventRecord> events)
    {
        foreach (var e in events) DelimitedRow.WriteTsv(_writer, Row(document, e, _dateAdded));
    }

    public void Complete() => _writer.Flush();

    internal static string?[] Row(NewsDocument document, EventRecord e, string dateAdded)
    {
        var row = new string?[ColumnCount];
        row[0] = GlobalEventId(e.Id).ToString(CultureInfo.InvariantCulture);
        row[1] = e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        row[2] = e.Date.ToString("yyyyMM", CultureInfo.InvariantCulture);
        row[3] = e.Date.Year.ToString(CultureInfo.InvariantCulture);
        row[4] = FractionDate(e.Date);
        WriteActor(row, 5, e.Source);
        WriteActor(row, 15, e.Target);
        row[25] = e.SentenceIndex < LeadSentences ? "1" : "0";
        row[26] = e.Cameo;
        row[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        row[28] = e.Root;
        row[29] = EventFields.Int(e.Quad);
        row[30] = EventFields.Goldstein(e.Goldstein);
        // One article reports the event once: mentions, sources and articles are all 1. AvgTone (34) is not computed.
        row[31] = row[32] = row[33] = "1";
        // Action geo (51-58): only the place name; GDELT's country column is FIPS 10-4, which Warta does not have.
        row[52] = e.Place?.Name;
        row[59] = dateAdded;
        row[60] = document.Url ?? document.Id;
        return row;
    }

    /// <summary>Actor code, name, country and the role as Type1Code; known group, ethnic and religion codes stay empty.</summary>
    private static void WriteActor(string?[] row, int first, EventActor? actor)
    {
        if (actor is null) return;
        row[first] = actor.Code;
        row[first + 1] = (actor.Name ?? actor.Text).ToUpperInvariant();
        row[first + 2] = actor.Country;
        row[first + 7] = actor.Role;
    }

    /// <summary>GDELT ids are integers; ours are strings, so the id is a stable 63-bit hash of the event id.</summary>
    internal static long GlobalEventId(string id)
    {
        // FNV-1a, 64-bit: small, stable across runs and platforms (string.GetHashCode is randomised per process).
        ulong hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return (long)(hash & long.MaxValue);
    }

    /// <summary>YYYY.FFFF: the year plus the fraction of it elapsed at the start of the day.</summary>
    private static string FractionDate(DateOnly date)
    {
        int days = DateTime.IsLeapYear(date.Year) ? 366 : 365;
        return (date.Year + (date.DayOfYear - 1) / (double)days).ToString("0.0000", CultureInfo.InvariantCulture);
    }
}
