using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>Text from the corpus (an article, a sentence or several sentences), sometimes kept, mostly mutated.</summary>
internal sealed class MutatedText(FuzzCorpus corpus) : Gen<string>
{
    private readonly TextMutator _mutator = new(corpus, corpus.Texts);

    public override string Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var text = pcg.Below(4) switch
        {
            0 => pcg.Pick(corpus.Articles),
            1 => string.Join(pcg.Pick(HostileText.Whitespace), Enumerable.Range(0, pcg.Between(2, 8)).Select(_ => pcg.Pick(corpus.Sentences))),
            _ => pcg.Pick(corpus.Sentences),
        };
        return pcg.OneIn(10) ? text : _mutator.Mutate(pcg, text, pcg.Between(1, 8));
    }
}
