using System.Collections.Concurrent;
using Warta.Errors;

namespace Warta.Actors;

/// <summary>
/// The generated PETRARCH-2 files of the shipped data (<see cref="ActorFileParser.GeneratedFileNames"/>, ~20,000
/// lines), indexed without being parsed: loading splits each line's names into tokens for the trie and remembers the
/// line; the line is parsed into entries (by <see cref="ActorFileParser"/>, so exactly as an eager load would) the
/// first time a text reaches one of its names. Parsing all of them cost ~0.2 s of CPU and ~54 MB at every start-up,
/// for the few dozen lines one article meets. Thread-safe: a line parsed twice at once gives equal entries, and the
/// first stored wins.
/// </summary>
internal sealed class DeferredActorLines
{
    private readonly List<SourceFile> _files = [];
    private readonly List<(int File, int Start, int Length, int Number)> _lines = [];
    private readonly ConcurrentDictionary<int, ActorEntry[]> _parsed = new();
    private readonly int _layer;
    private readonly PhraseTrie _trie;
    private readonly Func<int, string, bool>? _overridden;

    /// <param name="trie">Where each line's names go (<see cref="PhraseTrie.AddDeferred"/>).</param>
    /// <param name="overridden">
    /// Given a name's override group (roles 1, leaders 2, other names 0) and folded name: true when a user folder
    /// defines it, so this line's entries for it are left out, as an eager load's overrides leave them out.
    /// </param>
    public DeferredActorLines(int layer, PhraseTrie trie, Func<int, string, bool>? overridden)
    {
        (_layer, _trie, _overridden) = (layer, trie, overridden);
    }

    /// <summary>How many entries the indexed lines give once parsed (a person's names count once per code).</summary>
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
                IndexLine(line, _lines.Count - 1, agents);
            }
            start = end + 1;
        }
    }

    /// <summary>
    /// Adds a line's names to the trie, derived as <see cref="ActorFileParser"/> derives them (three columns: kind or
    /// code, codes or class, names); a line without three columns is parsed now, for the parser's message.
    /// </summary>
    private void IndexLine(ReadOnlySpan<char> line, int lineId, bool agents)
    {
        int tab1 = line.IndexOf('\t'), tab2 = tab1 < 0 ? -1 : line.Slice(tab1 + 1).IndexOf('\t') + tab1 + 1;
        if (tab1 < 0 || tab2 <= tab1 || line.Slice(tab2 + 1).Contains('\t'))
        {
            Parse(lineId);  // throws with the parser's message
            return;
        }
        var kind = agents ? "role" : line[..tab1];
        var codes = line[(tab1 + 1)..tab2];
        var column = line[(tab2 + 1)..];
        bool person = kind.SequenceEqual("person");
        int group = agents ? 1 : person ? 2 : 0;
        int perName = 1;
        if (person)
        {
            perName = 0;
            foreach (var range in codes.Split(' ')) if (!codes[range].IsEmpty) perName++;
        }
        bool trimTilde = !agents && (person || kind.SequenceEqual("named") || kind.SequenceEqual("place") || kind.SequenceEqual("country"));
        // A demonym line also names the English plurals (Ugandans) and "-led" compounds, as the parser adds them.
        var names = kind.SequenceEqual("demonym") ? ActorFileParser.WithDemonymForms(column.ToString()).AsSpan() : column;
        foreach (var range in names.Split('|'))
        {
            var name = names[range].Trim();
            if (name.IsEmpty) continue;
            if (trimTilde) name = name.TrimStart('~');
            if (_overridden is not null && _overridden(group, NameFolding.Fold(string.Join(' ', NameFolding.SplitTokens(name.ToString())))))
                continue;
            _trie.AddDeferred(name, lineId);
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
