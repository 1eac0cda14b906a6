namespace Warta.Data;

/// <summary>
/// Checks the dictionary files of one kind in a folder laid out like the data folder (<c>actors/…</c>, <c>events/…</c>).
/// A validator reports nothing for a folder that has none of its files. Register new kinds in <see cref="DictionaryValidators"/>.
/// </summary>
public interface IDictionaryValidator
{
    /// <summary>What this validator checks, for the command's summary: "actors".</summary>
    string Name { get; }

    /// <summary>The problems found in <paramref name="folder"/>'s files of this kind, in file and line order.</summary>
    IEnumerable<DictionaryProblem> Validate(string folder);
}

/// <summary>The one list of dictionary validators <c>warta lint-dict</c> runs, built over the shipped data folder.</summary>
public static class DictionaryValidators
{
    /// <param name="shipped">The data folder, whose codes (countries…) a user folder may refer to; null to check a folder alone.</param>
    public static IReadOnlyList<IDictionaryValidator> Create(DataDirectory? shipped) =>
    [
        new Actors.ActorDictionaryValidator(shipped),
        new Events.EventDictionaryValidator(shipped is null ? null : Events.CameoCodebook.Load(shipped)),
    ];
}
