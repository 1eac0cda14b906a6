using Warta.Data;
using Warta.Morphology.Indonesian;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>The shipped Indonesian morphology (repo data/), loaded once for all tests of the folder.</summary>
public sealed class MorphologyFixture
{
    public IndonesianMorphology Morphology { get; } = IndonesianMorphology.Load(DataDirectory.Open(TestPaths.Data));
}

[CollectionDefinition(Name)]
public sealed class MorphologyCollection : ICollectionFixture<MorphologyFixture>
{
    public const string Name = "Indonesian morphology";
}
