using Warta.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput, outputIsTerminal: !Console.IsOutputRedirected,
    errorIsTerminal: !Console.IsErrorRedirected);
