namespace Warta.Store.Tests.Crash;

/// <summary>Where in an ingest run the crash test kills the process.</summary>
internal enum KillMoment
{
    /// <summary>On a new store file, as soon as the store (or the file it is built in) appears: creation and migration.</summary>
    StoreAppears,
    /// <summary>Soon after start: loading the coder, opening the store, coding or saving the first batch.</summary>
    StartUp,
    /// <summary>After a batch or two were committed, somewhere in coding or saving the next.</summary>
    MidRun,
    /// <summary>In the last batch: coding it, saving it, or closing the store after it.</summary>
    LastBatch,
    /// <summary>As soon as the last batch is reported stored: closing the store (its checkpoint) and exiting.</summary>
    AfterLastCommit,
}

/// <summary>
/// A kill point: wait for <see cref="AfterLine"/> progress lines of the run (0: none, from the start), then for
/// <see cref="Delay"/>, then SIGKILL. <see cref="KillMoment.StoreAppears"/> watches the file system instead.
/// </summary>
internal sealed record KillPoint(KillMoment Moment, int AfterLine, TimeSpan Delay)
{
    public override string ToString() =>
        Moment == KillMoment.StoreAppears ? $"{Moment}" : $"{Moment} (line {AfterLine} + {Delay.TotalMilliseconds:0} ms)";
}

/// <summary>
/// Chooses kill points with a seeded <see cref="Random"/> against an uninterrupted run's timeline: the time to its
/// first progress line and the mean time between lines (a batch). Delays are drawn within that batch time, so a
/// kill lands in coding, in a save or in its commit, wherever the random number falls.
/// </summary>
internal sealed class KillPlanner(Random random, TimeSpan firstLine, TimeSpan perBatch)
{
    /// <param name="batchesLeft">How many batches the run has to save (the documents not yet stored, 64 a batch).</param>
    public KillPoint Plan(KillMoment moment, int batchesLeft) => moment switch
    {
        KillMoment.StoreAppears => new KillPoint(moment, 0, TimeSpan.Zero),
        KillMoment.StartUp => new KillPoint(moment, 0, firstLine * (random.NextDouble() / 2)),
        KillMoment.MidRun => new KillPoint(moment, random.Next(1, Math.Clamp(batchesLeft - 1, 1, 2) + 1), perBatch * random.NextDouble()),
        // Within the first half of the last batch's time: it is mostly coding, so the kill mostly lands before its
        // commit; the close that follows has a moment of its own (AfterLastCommit).
        KillMoment.LastBatch => new KillPoint(moment, batchesLeft - 1,
            (batchesLeft == 1 ? firstLine : perBatch) * (random.NextDouble() / 2)),
        KillMoment.AfterLastCommit => new KillPoint(moment, batchesLeft, TimeSpan.Zero),
        _ => throw new ArgumentOutOfRangeException(nameof(moment), moment, null),
    };
}
