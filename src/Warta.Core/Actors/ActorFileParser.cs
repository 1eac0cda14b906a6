using System.Globalization;
using Warta.Data;

namespace Warta.Actors;

/// <summary>
/// Reads the actor dictionary files of one folder (<c>actors/*.tsv</c>) into entries, and reports each bad line
/// as a <see cref="DictionaryProblem"/>. The loader turns the first problem into an error; <c>lint-dict</c> lists them all.
/// </summary>
public sealed class ActorFileParser
{
    public const string Folder = "actors";
    public static readonly string[] FileNames = ["countries.tsv", "seats.tsv", "igos.tsv", "places.tsv", "roles.tsv", "leaders.tsv", "groups.tsv"];

    private readonly List<ActorEntry> _entries = [];
    private readonly List<DictionaryProblem> _problems = [];
    private readonly int _layer;
    private string _path = "";
    private int _line;

    public ActorFileParser(int layer) => _layer = layer;

    public IReadOnlyList<ActorEntry> Entries => _entries;
    public IReadOnlyList<DictionaryProblem> Problems => _problems;

    /// <summary>Reads every actor file that exists under <paramref name="root"/>/actors; returns the paths read.</summary>
    public IReadOnlyList<string> ReadFolder(string root)
    {
        var read = new List<string>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(root, Folder, name);
            if (!File.Exists(path)) continue;
            ReadFile(path, name, Path.Combine(Folder, name));
            read.Add(path);
        }
        return read;
    }

    public void ReadFile(string path, string fileName, string displayName)
    {
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var source = $"{displayName}:{lineNumber}";
            var fields = line.Split('\t');
            (_path, _line) = (path, lineNumber);
            var problem = fileName switch
            {
                "countries.tsv" => ReadCountry(fields, source),
                "seats.tsv" => ReadCoded(fields, source, ActorEntryKind.Seat),
                "igos.tsv" => ReadIgo(fields, source),
                "places.tsv" => ReadCoded(fields, source, ActorEntryKind.Place),
                "groups.tsv" => ReadCoded(fields, source, ActorEntryKind.Group),
                "roles.tsv" => ReadRole(fields, source),
                "leaders.tsv" => ReadLeader(fields, source),
                _ => $"unknown actor file '{fileName}'",
            };
            if (problem is not null) _problems.Add(new DictionaryProblem(path, lineNumber, problem));
        }
    }

    private string? ReadCountry(string[] f, string source)
    {
        if (f.Length != 3) return Columns(f, 3, "code, kind (country|demonym), names");
        if (f[0].Length != 3 || !RoleCodes.IsUpperLetters(f[0])) return $"country code '{f[0]}' is not three capital letters";
        var kind = f[1] switch { "country" => ActorEntryKind.Country, "demonym" => ActorEntryKind.Demonym, _ => (ActorEntryKind?)null };
        if (kind is null) return $"kind '{f[1]}' is neither 'country' nor 'demonym'";
        var names = kind == ActorEntryKind.Demonym ? WithEnglishPlurals(f[2]) : f[2];
        return AddNames(names, source, kind.Value, new Actor(f[0], f[0], null));
    }

    /// <summary>
    /// "deported 400,000 Afghans": an English demonym in -an, -i or -o names the people in the plural too
    /// (Afghans, Israelis, Filipinos), so the file need not list both forms.
    /// </summary>
    private static string WithEnglishPlurals(string names)
    {
        var list = names.Split('|');
        var plurals = list
            .Where(n => n.Length > 3 && char.IsUpper(n[0]) && !n.Contains(' ') && (n.EndsWith("an", StringComparison.Ordinal)
                || n.EndsWith('i') || n.EndsWith('o')))
            .Select(n => n + "s")
            .Where(p => !list.Contains(p, StringComparer.Ordinal))
            .ToList();
        return plurals.Count == 0 ? names : names + "|" + string.Join('|', plurals);
    }

    /// <summary>seats.tsv and groups.tsv (code = country [+ role]) and places.tsv (code = country).</summary>
    private string? ReadCoded(string[] f, string source, ActorEntryKind kind)
    {
        if (f.Length != 2) return Columns(f, 2, "code, names");
        var code = f[0];
        if (code.Length < 3 || !RoleCodes.IsUpperLetters(code)) return $"code '{code}' is not a country code in capitals";
        string? role = code.Length > 3 ? code[3..] : null;
        if (role is not null && (kind == ActorEntryKind.Place || !RoleCodes.IsKnown(role)))
            return kind == ActorEntryKind.Place ? $"place code '{code}' must be a three-letter country code" : $"unknown role code '{role}' in '{code}'";
        return AddNames(f[1], source, kind, new Actor(code, code[..3], role));
    }

    private string? ReadIgo(string[] f, string source)
    {
        if (f.Length != 2) return Columns(f, 2, "code, names");
        if (!RoleCodes.IsIgoCode(f[0])) return $"IGO code '{f[0]}' must start with IGO and be capital letters";
        return AddNames(f[1], source, ActorEntryKind.Igo, new Actor(f[0], null, null));
    }

    private string? ReadRole(string[] f, string source)
    {
        if (f.Length != 3) return Columns(f, 3, "code, class, names");
        var roleClass = f[1] switch
        {
            "person" => RoleClass.Person, "envoy" => RoleClass.Envoy, "body" => RoleClass.Body, "mission" => RoleClass.Mission,
            "group" => RoleClass.Group, "prefix" => RoleClass.Prefix, _ => RoleClass.None,
        };
        if (roleClass == RoleClass.None) return $"class '{f[1]}' is not one of person, envoy, body, mission, group, prefix";
        bool weak = f[0].StartsWith('~');
        var code = weak ? f[0][1..] : f[0];
        if (roleClass == RoleClass.Prefix)
        {
            if (code != "-") return "a prefix has the code '-'";
            return AddNames(f[2], source, ActorEntryKind.RolePrefix, new Actor("-", null, null), roleClass);
        }
        if (!RoleCodes.IsKnown(code)) return $"unknown role code '{code}'";
        return AddNames(f[2], source, ActorEntryKind.Role, new Actor(code, null, code), roleClass, weak);
    }

    private string? ReadLeader(string[] f, string source)
    {
        if (f.Length != 5) return Columns(f, 5, "country, role, start, end, names");
        var (country, role) = (f[0], f[1].Length == 0 ? null : f[1]);
        bool igo = RoleCodes.IsIgoCode(country);
        if (!igo && (country.Length != 3 || !RoleCodes.IsUpperLetters(country))) return $"'{country}' is neither a country nor an IGO code";
        if (role is not null && !RoleCodes.IsKnown(role)) return $"unknown role code '{role}'";
        if (!TryDate(f[2], out var start) || start is null) return $"start date '{f[2]}' is not yyyy-MM-dd";
        if (!TryDate(f[3], out var end)) return $"end date '{f[3]}' is not yyyy-MM-dd (leave it empty while in office)";
        if (end < start) return $"end {f[3]} is before start {f[2]}";
        var names = SplitNames(f[4]);
        if (names.Length == 0) return "no names";
        var actor = igo ? new Actor(country, null, role, names[0]) : Actor.Combine(country, country, role, names[0]);
        return AddNames(f[4], source, ActorEntryKind.Leader, actor, start: start, end: end);
    }

    private string? AddNames(string column, string source, ActorEntryKind kind, Actor actor,
        RoleClass roleClass = RoleClass.None, bool weak = false, DateOnly? start = null, DateOnly? end = null)
    {
        var names = SplitNames(column);
        if (names.Length == 0) return "no names";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name)) return $"name '{name}' is listed twice";
            if (name.Contains('\t')) return $"name '{name}' contains a tab";
            _entries.Add(new ActorEntry
            {
                Kind = kind, Actor = actor, Surface = NameFolding.SplitTokens(name), RoleClass = roleClass, IsWeakRole = weak,
                Start = start, End = end, Layer = _layer, Source = source, File = _path, Line = _line,
            });
        }
        return null;
    }

    private static string[] SplitNames(string column) =>
        column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    private static string Columns(string[] f, int expected, string columns) =>
        $"{f.Length} column(s), expected {expected} separated by tabs: {columns}";
}
