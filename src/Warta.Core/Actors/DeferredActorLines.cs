using System.Collections.Concurrent;
using Warta.Errors;

namespace Warta.Actors;

/// <summary>
/// The generated PETRARCH-2 files of the shipped data (<see cref="ActorFileParser.GeneratedFileNames"/>, ~20,000
/// lines), indexed without being parsed: loading splits each line's names into tokens for the trie and remembers the
/// line; the line is parsed into entries (by <see cref="ActorFileParser"/>, so exactly as an eager load would) the
/// first time a text reaches one of its names. Parsing all of them cost ~0.25 s of CPU and ~55 MB at every start-up,
/// for the few dozen lines one article meets. Thread-safe: a line parsed twice at once gives equal entries, and the
/// first stored wins.
/// </summary>
internal sealed class DeferredActorLines
{
    private readonly List<SourceFile> _files = [];
    private readonly List<(int File, int Start, int Length, int Number)> _lines = [];
    private readonly List<DeferredName> _names = [];
    private readonly ConcurrentDictionary<int, ActorEntry[]> _parsed = new();
    private readonly int _layer;

    public DeferredActorLines(int layer) => _layer = layer;

    /// <summary>Every name of every line, in file and line order: the trie adds them in this order.</summary>
    public IReadOnlyList<DeferredName> Names => _names;

    /// <summary>How many entries the lines give once parsed (a person's names count once per code).</summary>
    public int EntryCount { get; private set; }

    /// <summary>Indexes the generated files that exist under <paramref name="root"/>/actors.</summary>
    public void ReadFolder(string root)
    {
        foreach (var name in ActorFileParser.GeneratedFileNames)
        {
            var path = Path.Combine(root, ActorFileParser.Folder, name);
            if (File.Exists(path)) ReadFile(path, name, Path.Combine(ActorFileParser.Folder, name));
        }
    }

    private void ReadFile(string path, string fileName, string displayName)
    {
        var text = File.ReadAllText(path);
        int file = _files.Count;
        _files.Add(new SourceFile(text, path, fileName, displayName));
        bool agents = fileName == "phoenix-agents.tsv";
        int number = 0;
        for (int start = 0; start < text.Length;)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            number++;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#')
            {
                _lines.Add((file, start, line.Length, number));
                IndexLine(line.ToString(), _lines.Count - 1, agents);
            }
            start = end + 1;
        }
    }

    /// <summary>The names a line gives, derived as <see cref="ActorFileParser"/> derives them; a malformed line is parsed now for its message.</summary>
    private void IndexLine(string line, int lineId, bool agents)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3)
        {
            Parse(lineId);  // throws with the parser's message
            return;
        }
        var kind = agents ? "role" : fields[0];
        // Overrides replace a name within its file group: roles 1, leaders (PETRARCH-2 people) 2, other names 0.
        int group = agents ? 1 : kind == "person" ? 2 : 0;
        int perName = kind == "person" ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length : 1;
        bool trimTilde = !agents && kind is "person" or "named" or "place";
        var names = ActorFileParser.SplitNames(kind == "demonym" ? ActorFileParser.WithEnglishPlurals(fields[2]) : fields[2]);
        foreach (var name in names)
        {
            _names.Add(new DeferredName(NameFolding.SplitTokens(trimTilde ? name.TrimStart('~') : name), group, lineId, perName));
            EntryCount += perName;
        }
    }

    /// <summary>The entries of one line, parsed on first use.</summary>
    /// <exception cref="WartaException">WRT0104 naming the file and line when the line does not parse.</exception>
    public ActorEntry[] Entries(int lineId) => _parsed.TryGetValue(lineId, out var entries) ? entries : _parsed.GetOrAdd(lineId, Parse(lineId));

    private ActorEntry[] Parse(int lineId)
    {
        var (file, start, length, number) = _lines[lineId];
        var source = _files[file];
        var parser = new ActorFileParser(_layer);
        parser.ReadLine(source.Text.Substring(start, length), number, source.Path, source.FileName, source.DisplayName);
        if (parser.Problems.Count > 0)
            throw new WartaException(ErrorCodes.DictionaryInvalid,
                $"{parser.Problems[0]}; fix the line or run ./warta lint-dict to list every problem");
        return [.. parser.Entries];
    }

    private sealed record SourceFile(string Text, string Path, string FileName, string DisplayName);
}

/// <summary>One name of a deferred line: its tokens, its override group, the line, and how many entries it gives.</summary>
internal readonly record struct DeferredName(string[] Surface, int Group, int Line, int EntryCount);
