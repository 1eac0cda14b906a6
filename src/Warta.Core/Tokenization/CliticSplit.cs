namespace Warta.Tokenization;

/// <summary>
/// Where a word splits into clitics, as offsets into the word: [0, Proclitic) ku-/kau-, [Proclitic, StemEnd) the
/// word, [StemEnd, PronounEnd) -nya/-ku/-mu, [PronounEnd, length) -lah/-kah/-pun. Empty pieces are absent.
/// </summary>
internal readonly record struct CliticSplit(int Proclitic, int StemEnd, int PronounEnd)
{
    public static CliticSplit None(int length) => new(0, length, length);
    public bool IsNone(int length) => Proclitic == 0 && StemEnd == length && PronounEnd == length;
}
