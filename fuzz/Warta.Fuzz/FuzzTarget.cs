using CsCheck;

namespace Warta.Fuzz;

/// <summary>
/// One component under fuzzing: how its inputs are generated and what must hold for every input. An input is
/// bytes so a finding can be saved exactly as it was; <see cref="Check"/> throws when a property fails.
/// </summary>
public abstract class FuzzTarget
{
    public abstract string Name { get; }

    /// <summary>One line for `list` and the docs: the component and the properties checked.</summary>
    public abstract string Description { get; }

    /// <summary>The extension findings and regression files of this target are saved with (.u16 or .bin).</summary>
    public abstract string FileExtension { get; }

    /// <summary>The generator of inputs, built from the corpus; the same PCG state always gives the same input.</summary>
    public abstract Gen<byte[]> Inputs(FuzzCorpus corpus);

    /// <summary>Runs the component on one input and throws <see cref="PropertyViolation"/> or the component's own exception.</summary>
    public abstract void Check(byte[] input);

    /// <summary>True for an exception the component documents for a legitimately bad input.</summary>
    protected static bool IsDocumentedInputError(Exception e, params string[] codes) =>
        e is Errors.WartaException w && codes.Contains(w.Code);
}

/// <summary>A target whose input is text: stored as raw UTF-16LE so lone surrogates survive a save and a replay.</summary>
public abstract class TextFuzzTarget : FuzzTarget
{
    public sealed override string FileExtension => ".u16";

    public sealed override Gen<byte[]> Inputs(FuzzCorpus corpus) => TextInputs(corpus).Select(RawText.ToBytes);

    public sealed override void Check(byte[] input) => CheckText(RawText.FromBytes(input));

    protected abstract Gen<string> TextInputs(FuzzCorpus corpus);

    protected abstract void CheckText(string text);
}

/// <summary>Thrown by a target when the component returned, but broke a property (a span outside the text, no lemma).</summary>
public sealed class PropertyViolation(string message) : Exception(message);
