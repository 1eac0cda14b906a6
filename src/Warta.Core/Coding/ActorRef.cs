using Warta.Actors;

namespace Warta.Coding;

/// <summary>An actor as found in the text: the actor and the tokens that named it (-1 when it came from memory).</summary>
internal readonly record struct ActorRef(Actor Actor, int Start, int End)
{
    public bool IsFirstPerson { get; init; }
    /// <summary>Not named in the clause: taken from the story around it (see DiscoursePartner).</summary>
    public bool IsImplicit { get; init; }
    /// <summary>A place standing for its country ("ke Jalur Gaza").</summary>
    public bool FromPlace { get; init; }
    /// <summary>One of a pair named together: "kedua menteri", "both sides", "each side".</summary>
    public bool FromPair { get; init; }
    /// <summary>A role whose country is only the story's home country, not named with it.</summary>
    public bool HomeDefault { get; init; }
}
