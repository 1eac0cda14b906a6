using Warta.Pipelines;

namespace Warta.Coding.Stages;

/// <summary>
/// One step of coding a document, with one job. It declares what it reads (<see cref="StageInfo.Requires"/>) and what
/// it records (<see cref="StageInfo.Assigns"/>), as the analysis stages do; <see cref="CodingStages"/> checks the order.
/// Stages hold no state: the document's and sentence's coders carry it.
/// </summary>
internal interface IDocumentStage
{
    StageInfo Info { get; }
    void Run(DocumentCoder document);
}

/// <inheritdoc cref="IDocumentStage"/>
internal interface ISentenceStage
{
    StageInfo Info { get; }
    void Run(DocumentCoder.SentenceCoder sentence);
}

/// <summary>The names of what coding stages record, in one place so a typo cannot hide a missing dependency.</summary>
internal static class CodingAttributes
{
    public const string DocumentMentions = "doc.mentions";
    public const string HomeCountry = "doc.home-country";
    public const string Mentions = "sentence.mentions";
    public const string Dates = "sentence.dates";
    public const string Clauses = "sentence.clauses";
    public const string Speaker = "sentence.speaker";
    public const string Subjects = "clause.subjects";
    public const string Matches = "clause.match";
    public const string Modality = "clause.modality";
    public const string Candidates = "sentence.candidates";
    public const string Events = "doc.events";
}
