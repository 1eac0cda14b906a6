using System.CommandLine;

namespace Warta.Cli.Commands;

/// <summary><c>warta train tagger|parser|lexicon|langid</c>: rebuild the shipped models and lexicons from ../shared/ud.</summary>
internal static class TrainCommand
{
    public static Command Create(CliIo io) => new("train", "Build the models and lexicons that ship in the data folder")
    {
        TrainLexiconCommand.Create(io),
        TrainTaggerCommand.Create(io),
        TrainParserCommand.Create(io),
        TrainLangIdCommand.Create(io),
    };
}
