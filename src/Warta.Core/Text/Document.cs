using Warta.Languages;

namespace Warta.Text;

/// <summary>
/// One article and everything the pipeline has learned about it. The document owns the original text and
/// contiguous rows of paragraphs, sentences and tokens; <see cref="Token"/> and <see cref="Sentence"/> are views.
/// Stages fill the rows in pipeline order; callers outside the library only read them.
/// </summary>
public sealed class Document
{
    private readonly List<TextSpan> _paragraphs = [];
    private SentenceRow[] _sentences = [];
    private int _sentenceCount;
    private TokenRow[] _tokens = [];
    private int _tokenCount;
    private int _tokenSentence = -1;

    public Document(string id, string text, DateOnly? published = null, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Published = published;
        Language = language ?? Language.Unknown;
        LanguageWasGiven = language is not null && language != Language.Unknown;
    }

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Published { get; }
    public Language Language { get; internal set; }
    /// <summary>True when the caller fixed the language, so language identification must not change it.</summary>
    public bool LanguageWasGiven { get; }

    /// <summary>How many sentences were over the length limit and cut into pieces (each piece is a sentence).</summary>
    public int LongSentencesSplit { get; internal set; }

    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;
    public int SentenceCount => _sentenceCount;
    public int TokenCount => _tokenCount;
    public ReadOnlySpan<SentenceRow> SentenceRows => _sentences.AsSpan(0, _sentenceCount);
    public ReadOnlySpan<TokenRow> TokenRows => _tokens.AsSpan(0, _tokenCount);

    public Token this[int index] => new(this, CheckToken(index));
    public Sentence GetSentence(int index) =>
        (uint)index < (uint)_sentenceCount ? new Sentence(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerable<Sentence> Sentences
    {
        get { for (int i = 0; i < _sentenceCount; i++) yield return new Sentence(this, i); }
    }

    internal void AddParagraph(TextSpan span) => _paragraphs.Add(span);

    internal int AddSentence(TextSpan span, int paragraph, bool isDateline = false)
    {
        if (_sentenceCount == _sentences.Length) Array.Resize(ref _sentences, Math.Max(8, _sentences.Length * 2));
        _sentences[_sentenceCount] = new SentenceRow
        {
            Start = span.Start, End = span.End, Paragraph = paragraph, IsDateline = isDateline, FirstToken = _tokenCount, EndToken = _tokenCount,
        };
        return _sentenceCount++;
    }

    /// <summary>Starts the token range of <paramref name="sentence"/>; the tokens added next belong to it.</summary>
    internal void BeginSentenceTokens(int sentence)
    {
        if ((uint)sentence >= (uint)_sentenceCount) throw new ArgumentOutOfRangeException(nameof(sentence));
        if (sentence < _tokenSentence) throw new InvalidOperationException("sentences are tokenized in order");
        _tokenSentence = sentence;
        _sentences[sentence].FirstToken = _sentences[sentence].EndToken = _tokenCount;
    }

    /// <summary>Appends a token to the sentence begun last. Tokens arrive in text order.</summary>
    internal void AddToken(in TokenRow row)
    {
        if (_tokenSentence < 0) throw new InvalidOperationException("call BeginSentenceTokens before adding tokens");
        if (row.Start < 0 || row.End > Text.Length || row.Start > row.End)
            throw new ArgumentOutOfRangeException(nameof(row), $"token [{row.Start}..{row.End}) lies outside the text");
        if (_tokenCount == _tokens.Length) Array.Resize(ref _tokens, Math.Max(32, _tokens.Length * 2));
        var copy = row;
        copy.Sentence = _tokenSentence;
        _tokens[_tokenCount++] = copy;
        _sentences[_tokenSentence].EndToken = _tokenCount;
    }

    /// <summary>
    /// Sets the dependency of token <paramref name="position"/> (1-based in the sentence): its head's position (0: root)
    /// and relation. For the parser, and for tests that build a tree by hand.
    /// </summary>
    internal void SetDependency(int sentence, int position, int head, string relation)
    {
        var row = SentenceRows[sentence];
        int count = row.EndToken - row.FirstToken;
        if (position < 1 || position > count) throw new ArgumentOutOfRangeException(nameof(position));
        if (head < 0 || head > count || head == position) throw new ArgumentOutOfRangeException(nameof(head));
        ref var token = ref _tokens[row.FirstToken + position - 1];
        token.Head = head;
        token.Relation = relation;
    }

    /// <summary>Gives a stage write access to the token rows it assigns (tags, morphology).</summary>
    internal Span<TokenRow> MutableTokens => _tokens.AsSpan(0, _tokenCount);

    private int CheckToken(int index) =>
        (uint)index < (uint)_tokenCount ? index : throw new ArgumentOutOfRangeException(nameof(index), $"token {index} of {_tokenCount}");
}
