using System.CommandLine;
using System.Runtime.InteropServices;
using NATS.Net;
using Warta.Cluster;
using Warta.Coding;
using Warta.Errors;

namespace Warta.Cli.Commands;

/// <summary>
/// <c>warta worker --nats URL --postgres CONNSTR [--concurrency N] [--batch N] [--max-failures N] [--ack-wait SECONDS]
/// [--nak-delay SECONDS] [--drain] [--dict DIR]... [--data DIR]</c>: codes documents from the work queue into PostgreSQL
/// until stopped (SIGTERM or Ctrl+C: the batch in hand is not acknowledged and goes to another worker), or with --drain
/// until the queue stays empty. At start it checks that PostgreSQL's lock table has room for its saves.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliIo io)
    {
        var nats = ClusterOptions.Nats();
        var postgres = ClusterOptions.Postgres();
        var concurrency = Positive("--concurrency", "Documents coded at once (default: the number of cores)", Environment.ProcessorCount);
        var batch = Positive("--batch", "Documents pulled and saved per transaction", 64);
        var maxFailures = Positive("--max-failures", "Failed deliveries after which a document goes to the dead letters", 3);
        var ackWait = Positive("--ack-wait", "Seconds a pulled document may stay unacknowledged before it is delivered again", 60);
        var nakDelay = NakDelay();
        var drain = new Option<bool>("--drain") { Description = "Stop when the queue stays empty (instead of waiting for more)" };
        var dict = CommonOptions.Dictionaries();
        var data = CommonOptions.Data();
        var limits = LimitOptions.ForSentences();
        var command = new Command("worker", "Code articles from the cluster's work queue into PostgreSQL")
        {
            nats, postgres, concurrency, batch, maxFailures, ackWait, nakDelay, drain, dict, data,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new WorkerOptions(parse.GetValue(concurrency), parse.GetValue(batch), parse.GetValue(maxFailures),
                TimeSpan.FromSeconds(parse.GetValue(ackWait)), parse.GetValue(drain))
            {
                NakDelay = TimeSpan.FromSeconds(parse.GetValue(nakDelay)),
            };
            return RunAsync(io, parse.GetValue(nats)!, parse.GetValue(postgres)!, options, parse.GetValue(dict) ?? [], parse.GetValue(data),
                limits.Read(parse).MaxSentenceChars)
                .GetAwaiter().GetResult();
        });
        return command;
    }

    private static Option<int> Positive(string name, string description, int fallback)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError($"{name} must be 1 or more");
        });
        return option;
    }

    /// <summary>The first back-off of a refused document, in seconds: more than 0, at most the back-off's cap.</summary>
    private static Option<double> NakDelay()
    {
        var cap = new WorkerOptions(1).MaxNakDelay.TotalSeconds;
        var option = new Option<double>("--nak-delay")
        {
            Description = $"Seconds a refused document waits before it is delivered again; doubled at each refusal, up to {cap:0}",
            DefaultValueFactory = _ => new WorkerOptions(1).NakDelay.TotalSeconds,
        };
        option.Validators.Add(r =>
        {
            var seconds = r.GetValueOrDefault<double>();
            if (!(seconds > 0 && seconds <= cap))
                r.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"--nak-delay must be more than 0 and at most {cap:0} seconds (the longest back-off), not {seconds}"));
        });
        return option;
    }

    private static async Task<int> RunAsync(CliIo io, string url, string connectionString, WorkerOptions options, string[] dictionaries,
        string? dataPath, int maxSentenceChars)
    {
        EventCoder coder;
        try { coder = EventCoder.Load(dataPath, dictionaries, maxSentenceChars); }
        catch (WartaException e) { return ExitCodes.Report(io, e); }
        await using var store = await ClusterOptions.OpenPostgresAsync(io, connectionString);
        if (store is null) return ExitCodes.DataMissing;
        var (lockTableTooSmall, lockNote) = (await store.LockBudgetAsync()).Check(options.BatchSize);
        if (lockTableTooSmall)
            return ExitCodes.Report(io, new WartaException(ErrorCodes.StoreLockTableTooSmall, lockNote!));
        if (lockNote is not null) io.Error.WriteLine($"worker: note: {lockNote}");
        await using var client = await ClusterOptions.ConnectNatsAsync(io, url);
        if (client is null) return ExitCodes.DataMissing;

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var worker = new Worker(client.CreateJetStreamContext(), coder, store, options, io.Error);
        var totals = await worker.RunAsync(stop.Token);
        io.Output.WriteLine($"worker: {totals.Documents} documents, {totals.Events} events, {totals.Retried} retried, " +
                            $"{totals.DeadLettered} dead letters");
        return ExitCodes.Ok;
    }
}
