namespace Warta.Text;

/// <summary>The 17 Universal Dependencies part-of-speech tags, plus <see cref="None"/> for untagged tokens.</summary>
public enum Upos : byte
{
    None = 0,
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}

public static class UposNames
{
    public static bool TryParse(ReadOnlySpan<char> text, out Upos upos)
    {
        // Enum.TryParse over spans does not allocate; "None" is not a UD tag, so refuse it.
        if (Enum.TryParse(text, ignoreCase: false, out upos) && upos != Upos.None) return true;
        upos = Upos.None;
        return false;
    }
}
