using Warta.Cli;
using Warta.Cli.Commands;

// The commands ./warta sends here (its list `slim_commands` must name the same ones).
return CliHost.Run(args, Console.Out, Console.Error, Console.OpenStandardInput,
    io => [AnalyzeCommand.Create(io), CodeCommand.Create(io), ExplainCommand.Create(io)],
    outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected);
