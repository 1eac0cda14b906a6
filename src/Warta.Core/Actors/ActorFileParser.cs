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
    /// <summary>
    /// The hand-written files first, then those generated from PETRARCH-2's Phoenix dictionaries by
    /// tools/actors/import_phoenix.py: at a name both define, the entry read first wins.
    /// </summary>
    public static readonly string[] FileNames =
        ["countries.tsv", "seats.tsv", "igos.tsv", "places.tsv", "roles.tsv", "leaders.tsv", "groups.tsv", "phoenix-actors.tsv", "phoenix-agents.tsv"];

    /// <summary>
    /// The generated files: tens of thousands of lines, of which one article meets a few dozen. The loader indexes
    /// their names and parses a line only when a text reaches it (<see cref="DeferredActorLines"/>).
    /// </summary>
    public static readonly string[] GeneratedFileNames = ["phoenix-actors.tsv", "phoenix-agents.tsv"];

    private readonly List<ActorEntry> _entries = [];
    private readonly List<DictionaryProblem> _problems = [];
    private readonly int _layer;
    private string _path = "";
    private int _line;

    public ActorFileParser(int layer) => _layer = layer;

    public IReadOnlyList<ActorEntry> Entries => _entries;
    public IReadOnlyList<DictionaryProblem> Problems => _problems;

    /// <summary>Reads every actor file that exists under <paramref name="root"/>/actors; returns the paths read.</summary>
    /// <param name="skipGenerated">Leaves out <see cref="GeneratedFileNames"/> (the loader defers them).</param>
    public IReadOnlyList<string> ReadFolder(string root, bool skipGenerated = false)
    {
        var read = new List<string>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(root, Folder, name);
            if (skipGenerated && GeneratedFileNames.Contains(name) || !File.Exists(path)) continue;
            ReadFile(path, name, Path.Combine(Folder, name));
            read.Add(path);
        }
        return read;
    }

    public void ReadFile(string path, string fileName, string displayName)
    {
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path)) ReadLine(raw, ++lineNumber, path, fileName, displayName);
    }

    /// <summary>Reads one line of an actor file (comments and blank lines give nothing).</summary>
    public void ReadLine(string raw, int lineNumber, string path, string fileName, string displayName)
    {
        var line = raw.TrimEnd('\r');
        if (line.Length == 0 || line[0] == '#') return;
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
            "roles.tsv" or "phoenix-agents.tsv" => ReadRole(fields, source),
            "phoenix-actors.tsv" => ReadPhoenix(fields, source),
            "leaders.tsv" => ReadLeader(fields, source),
            _ => $"unknown actor file '{fileName}'",
        };
        if (problem is not null) _problems.Add(new DictionaryProblem(path, lineNumber, problem));
    }

    private string? ReadCountry(string[] f, string source)
    {
        if (f.Length != 3) return Columns(f, 3, "code, kind (country|demonym), names");
        if (f[0].Length != 3 || !RoleCodes.IsUpperLetters(f[0])) return $"country code '{f[0]}' is not three capital letters";
        var kind = f[1] switch { "country" => ActorEntryKind.Country, "demonym" => ActorEntryKind.Demonym, _ => (ActorEntryKind?)null };
        if (kind is null) return $"kind '{f[1]}' is neither 'country' nor 'demonym'";
        var names = kind == ActorEntryKind.Demonym ? WithDemonymForms(f[2]) : f[2];
        return AddNames(names, source, kind.Value, new Actor(f[0], f[0], null));
    }

    /// <summary>
    /// "deported 400,000 Afghans", "Bosnian Serbs": a one-word English demonym names the people in the plural with -s
    /// too (Afghans, Israelis, Filipinos, Serbs, Greeks, Turks), so the file need not list both forms. Words in
    /// -s, -sh, -ch, -z, -x or -e are left alone: an adjective only (Swiss, Irish, French, Kyrgyz, Burmese) or one
    /// whose plural is another name (Philippine → Philippines, the country).
    /// </summary>
    internal static string WithEnglishPlurals(string names)
    {
        var list = names.Split('|');
        var plurals = list
            .Where(n => n.Length > 3 && char.IsUpper(n[0]) && char.IsLower(n[^1]) && !n.Contains(' ') && n[^1] is not ('s' or 'h' or 'z' or 'x' or 'e'))
            .Select(n => n + "s")
            .Where(p => !list.Contains(p, StringComparer.Ordinal))
            .ToList();
        return plurals.Count == 0 ? names : names + "|" + string.Join('|', plurals);
    }

    /// <summary>A demonym's line also names its English plurals and its "-led" compounds.</summary>
    internal static string WithDemonymForms(string names) => WithLedForms(WithEnglishPlurals(names), names);

    /// <summary>
    /// "Saudi-led coalition", "Kenyan-led police", "NATO-led troops", "Houthi-led government": English joins the party
    /// that leads to the noun it leads with "-led", and the tokenizer keeps the compound one word, so a one-word
    /// demonym, IGO or group name (<paramref name="names"/>) also names its "-led" compound: the force is that party's
    /// (the mention finder then reads the noun after it as the party's role). Only "-led": "Iranian-backed militias"
    /// are not Iran's. Returns <paramref name="column"/> with the compounds appended.
    /// </summary>
    internal static string WithLedForms(string column, string names)
    {
        const string led = "-led";
        var list = column.Split('|');
        var compounds = names.Split('|')
            .Where(n => n.Length > 1 && char.IsUpper(n[0]) && n.All(char.IsLetter))
            .Select(n => n + led)
            .Where(c => !list.Contains(c, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return compounds.Count == 0 ? column : column + "|" + string.Join('|', compounds);
    }

    /// <summary>
    /// seats.tsv and groups.tsv (code = country [+ role]) and places.tsv (code = country); groups.tsv also takes the
    /// code of a non-state actor of no country (NGOHRIAMN), as PETRARCH-2 codes international NGOs.
    /// </summary>
    private string? ReadCoded(string[] f, string source, ActorEntryKind kind)
    {
        if (f.Length != 2) return Columns(f, 2, "code, names");
        var code = f[0];
        if (code.Length < 3 || !RoleCodes.IsUpperLetters(code)) return $"code '{code}' is not a country code in capitals";
        var names = kind == ActorEntryKind.Group ? WithLedForms(f[1], f[1]) : f[1];
        if (kind == ActorEntryKind.Group && RoleCodes.IsNonStatePrefix(code) && !RoleCodes.IsIgoCode(code))
            return AddNames(names, source, kind, new Actor(code, null, null));
        string? role = code.Length > 3 ? code[3..] : null;
        if (role is not null && (kind == ActorEntryKind.Place || !RoleCodes.IsKnown(role)))
            return kind == ActorEntryKind.Place ? $"place code '{code}' must be a three-letter country code" : $"unknown role code '{role}' in '{code}'";
        return AddNames(names, source, kind, new Actor(code, code[..3], role));
    }

    private string? ReadIgo(string[] f, string source)
    {
        if (f.Length != 2) return Columns(f, 2, "code, names");
        if (!RoleCodes.IsIgoCode(f[0])) return $"IGO code '{f[0]}' must start with IGO and be capital letters";
        return AddNames(WithLedForms(f[1], f[1]), source, ActorEntryKind.Igo, new Actor(f[0], null, null));
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

    /// <summary>
    /// phoenix-actors.tsv: kind (person|named|country|place|demonym), codes (CODE or CODE@start..end, space-separated), names.
    /// A person is a leader entry per code (an undated code is what the name is outside its terms); a named
    /// organisation is an IGO entry for an IGO code, else a group; a place or demonym gives the country.
    /// </summary>
    private string? ReadPhoenix(string[] f, string source)
    {
        if (f.Length != 3) return Columns(f, 3, "kind, codes, names");
        var codes = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length == 0) return "no codes";
        var names = SplitNames(f[2]);
        if (names.Length == 0) return "no names";
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length) return "a name is listed twice";
        // "~Museveni": a surname that names the person only after a title.
        var afterTitle = names.Select(n => n.StartsWith('~')).ToArray();
        var surfaces = names.Select(n => NameFolding.SplitTokens(n.TrimStart('~'))).ToArray();
        if (names[0].StartsWith('~')) return "the first name is the person's full name, not a '~' surname";
        foreach (var text in codes)
        {
            var at = text.IndexOf('@');
            var code = at < 0 ? text : text[..at];
            if (code.Length < 3 || code.Length % 3 != 0 || !RoleCodes.IsUpperLetters(code)) return $"code '{code}' is not three-letter parts in capitals";
            DateOnly? start = null, end = null;
            if (at >= 0)
            {
                var range = text[(at + 1)..].Split("..");
                if (range.Length != 2 || !TryDate(range[0], out start) || !TryDate(range[1], out end))
                    return $"'{text}' is not CODE@yyyy-MM-dd..yyyy-MM-dd";
                if (start is not null && end is not null && end < start) return $"'{text}' ends before it starts";
            }
            bool nonState = RoleCodes.IsNonStatePrefix(code);
            string? country = nonState ? null : code[..3];
            string? role = !nonState && code.Length >= 6 ? code[3..6] : null;
            if (!nonState && role is not null && !RoleCodes.IsKnown(role)) return $"unknown role code '{role}' in '{code}'";
            string? problem = f[0] switch
            {
                "person" => AddSurfaces(surfaces, source, ActorEntryKind.Leader, new Actor(code, country, role, names[0]), start: start, end: end,
                    afterTitle: afterTitle),
                "named" => AddSurfaces(surfaces, source, code.StartsWith("IGO", StringComparison.Ordinal) ? ActorEntryKind.Igo : ActorEntryKind.Group,
                    new Actor(code, country, role)),
                "place" => AddSurfaces(surfaces, source, ActorEntryKind.Place, new Actor(code, country, role)),
                "country" => AddSurfaces(surfaces, source, ActorEntryKind.Country, new Actor(code, country, role)),
                "demonym" => AddNames(WithDemonymForms(f[2]), source, ActorEntryKind.Demonym, new Actor(code, country, role)),
                _ => $"kind '{f[0]}' is not one of person, named, country, place, demonym",
            };
            if (problem is not null) return problem;
            if (f[0] != "person") break;  // an organisation or place has one code; further ones are ignored
        }
        return null;
    }

    private string? AddNames(string column, string source, ActorEntryKind kind, Actor actor,
        RoleClass roleClass = RoleClass.None, bool weak = false, DateOnly? start = null, DateOnly? end = null)
    {
        var names = SplitNames(column);
        if (names.Length == 0) return "no names";
        if (names.Length > 1)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
                if (!seen.Add(name)) return $"name '{name}' is listed twice";
        }
        return AddSurfaces(names.Select(NameFolding.SplitTokens).ToArray(), source, kind, actor, roleClass, weak, start, end);
    }

    /// <summary>Adds one entry per name, already split into tokens (a person's terms share the arrays).</summary>
    private string? AddSurfaces(string[][] surfaces, string source, ActorEntryKind kind, Actor actor,
        RoleClass roleClass = RoleClass.None, bool weak = false, DateOnly? start = null, DateOnly? end = null, bool[]? afterTitle = null)
    {
        for (int i = 0; i < surfaces.Length; i++)
            _entries.Add(new ActorEntry
            {
                Kind = kind, Actor = actor, Surface = surfaces[i], RoleClass = roleClass, IsWeakRole = weak, AfterTitleOnly = afterTitle?[i] == true,
                Start = start, End = end, Layer = _layer, Source = source, File = _path, Line = _line,
            });
        return null;
    }

    internal static string[] SplitNames(string column) =>
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
