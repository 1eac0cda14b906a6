using System.Globalization;
using Warta.Errors;

namespace Warta.Actors;

/// <summary>
/// States born on a date out of another (<c>data/actors/statehood.tsv</c>: country, born, predecessor): before that
/// day their places and seats were the predecessor's (Juba, a South Sudanese seat, is Sudan's in a story of 2005). A
/// state's own name is left alone: a text naming "Eritrea" in 1991 names the party that became the state.
/// </summary>
public sealed class Statehood
{
    public const string FileName = "statehood.tsv";

    private readonly Dictionary<string, (DateOnly Born, string Predecessor)> _born;

    private Statehood(Dictionary<string, (DateOnly, string)> born) => _born = born;

    public static Statehood None { get; } = new([]);

    /// <summary>Reads <c>actors/statehood.tsv</c> of each folder that has one (a later folder's line for a country replaces an earlier one).</summary>
    /// <exception cref="WartaException">WRT0104 naming the file and line of a bad line.</exception>
    public static Statehood Load(IEnumerable<string> folders, IReadOnlySet<string> countryCodes)
    {
        var born = new Dictionary<string, (DateOnly, string)>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, ActorFileParser.Folder, FileName);
            if (!File.Exists(path)) continue;
            int number = 0;
            foreach (var raw in File.ReadLines(path))
            {
                number++;
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length != 3 || !DateOnly.TryParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    || !countryCodes.Contains(f[0]) || !countryCodes.Contains(f[2]) || f[0] == f[2])
                    throw new WartaException(ErrorCodes.DictionaryInvalid,
                        $"{Path.Combine(ActorFileParser.Folder, FileName)}:{number}: expected country <TAB> born (yyyy-MM-dd) <TAB> predecessor, two different codes of countries.tsv");
                born[f[0]] = (date, f[2]);
            }
        }
        return new Statehood(born);
    }

    /// <summary>The country a place or seat of <paramref name="country"/> belonged to on <paramref name="date"/>.</summary>
    public string CountryOn(string country, DateOnly date)
    {
        // A predecessor may itself have been born later than the date (a chain of splits).
        for (int hops = 0; hops < 4 && _born.TryGetValue(country, out var b) && date < b.Born; hops++) country = b.Predecessor;
        return country;
    }

    /// <summary><paramref name="actor"/> (a place or seat) as of <paramref name="date"/>: its role kept, its country the one of that day.</summary>
    public Actor On(Actor actor, DateOnly? date)
    {
        if (date is not { } d || actor.Country is not { } country || CountryOn(country, d) is var then && then == country) return actor;
        return Actor.Combine(then, then, actor.Role, actor.Name);
    }
}
