using System.Globalization;
using Warta.Data;
using Warta.Errors;

namespace Warta.Languages;

/// <summary>
/// The trained character n-gram weights: for each n-gram, log P(n-gram | id) − log P(n-gram | en). Stored as
/// <c>data/langid.tsv</c> (n-gram, weight; spaces in n-grams written as '_'), built by <c>warta train langid</c>.
/// </summary>
public sealed class LanguageProfile
{
    public const string FileName = "langid.tsv";

    // A plain dictionary, not a frozen one: building a FrozenDictionary of the ~18,000 n-grams cost 60–90 ms of every
    // CLI start-up, for look-ups that are no faster on integer keys.
    private readonly Dictionary<ulong, float> _weights;

    public LanguageProfile(IEnumerable<KeyValuePair<ulong, float>> weights)
    {
        _weights = weights.TryGetNonEnumeratedCount(out int count) ? new(count) : new();
        foreach (var (key, weight) in weights) _weights[key] = weight; // the last weight of a repeated n-gram wins, as before
    }

    public int Count => _weights.Count;

    public float Weight(ulong key) => _weights.TryGetValue(key, out var weight) ? weight : 0f;

    public static LanguageProfile Load(DataDirectory data)
    {
        var path = data.File(FileName);
        var weights = new List<KeyValuePair<ulong, float>>();
        foreach (var (line, fields) in data.ReadTable(path))
        {
            if (fields.Length != 2 || fields[0].Length is 0 or > CharNgrams.MaxOrder
                || !float.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new WartaException(ErrorCodes.DataFileInvalid,
                    $"{path}:{line}: expected 'n-gram<TAB>weight' with an n-gram of 1 to {CharNgrams.MaxOrder} characters; rebuild it with ./warta train langid");
            weights.Add(new(CharNgrams.FromText(fields[0].Replace('_', ' ')), weight));
        }
        return new LanguageProfile(weights);
    }

    /// <summary>Writes the profile, heaviest evidence first, after a header naming its source.</summary>
    public static void Write(TextWriter writer, IEnumerable<(string Ngram, float Weight)> rows, IEnumerable<string> header)
    {
        foreach (var line in header) writer.WriteLine("# " + line);
        foreach (var (ngram, weight) in rows)
            writer.WriteLine($"{ngram.Replace(' ', '_')}\t{weight.ToString("0.##", CultureInfo.InvariantCulture)}");
    }
}
