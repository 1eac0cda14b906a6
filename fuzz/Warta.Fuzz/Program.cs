using System.Globalization;
using Warta.Fuzz;
using Warta.Fuzz.Running;

// Usage:
//   Warta.Fuzz list
//   Warta.Fuzz run TARGET [--seconds N | --minutes N] [--iterations N] [--seed N] [--timeout SECONDS] [--findings DIR] [--max-run CHARS]
//   Warta.Fuzz replay TARGET FILE...
//   Warta.Fuzz minimize TARGET FILE SAVE-AS      (shrinks a finding that still fails, for a regression test)
// Exit codes: 0 no finding, 1 findings, 2 usage, 3 stopped on a hang (fuzz/run.sh starts again with the next seed).
return FuzzCommand.Run(args, Console.Out, Console.Error);

/// <summary>The fuzzer's command line: list the targets, run one for a time or a number of inputs, or replay saved inputs.</summary>
internal static class FuzzCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            return args switch
            {
                ["list"] => List(output),
                ["run", var target, .. var rest] => RunTarget(target, Options(rest), output),
                ["replay", var target, .. var files] when files.Length > 0 => Replay(target, files, output),
                ["minimize", var target, var file, var saveAs] => Minimize(target, file, saveAs, output),
                _ => Usage(errors),
            };
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"fuzz: {e.Message}");
            return 2;
        }
    }

    private static int List(TextWriter output)
    {
        foreach (var name in FuzzTargets.Names) output.WriteLine(name);
        return 0;
    }

    private static int RunTarget(string name, Dictionary<string, string> options, TextWriter output)
    {
        var target = FuzzTargets.Get(name);
        var maxRun = options.TryGetValue("max-run", out var m) ? int.Parse(m, CultureInfo.InvariantCulture) : 1_000_000;
        var corpus = FuzzCorpus.Load(FuzzData.RepoRoot, FuzzData.Shared, maxRun);
        var duration = options.TryGetValue("seconds", out var s) ? TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture))
            : options.TryGetValue("minutes", out var min) ? TimeSpan.FromMinutes(double.Parse(min, CultureInfo.InvariantCulture))
            : (TimeSpan?)null;
        long? iterations = options.TryGetValue("iterations", out var i) ? long.Parse(i, CultureInfo.InvariantCulture) : null;
        if (duration is null && iterations is null) duration = TimeSpan.FromMinutes(1);
        var report = FuzzRunner.Run(target, corpus, new FuzzOptions(
            Seed: options.TryGetValue("seed", out var seed) ? ulong.Parse(seed, CultureInfo.InvariantCulture) : 1,
            Duration: duration,
            Iterations: iterations,
            Timeout: options.TryGetValue("timeout", out var t) ? TimeSpan.FromSeconds(double.Parse(t, CultureInfo.InvariantCulture)) : null,
            FindingsFolder: options.GetValueOrDefault("findings"),
            Progress: output));
        output.WriteLine(report.Summary());
        foreach (var finding in report.Findings)
            output.WriteLine($"fuzz: finding {finding.Kind} at execution {finding.Iteration}: {finding.Signature}");
        return report.StoppedOnHang ? 3 : report.Findings.Count > 0 ? 1 : 0;
    }

    private static int Replay(string name, string[] files, TextWriter output)
    {
        var target = FuzzTargets.Get(name);
        int failed = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzRunner.Replay(target, FuzzInputFile.Read(file));
                output.WriteLine($"pass {file}");
            }
            catch (Exception e)
            {
                failed++;
                output.WriteLine($"FAIL {file}: {e}");
            }
        }
        return failed > 0 ? 1 : 0;
    }

    private static int Minimize(string name, string file, string saveAs, TextWriter output)
    {
        var input = FuzzInputFile.Read(file);
        var smaller = InputMinimizer.Minimize(FuzzTargets.Get(name), input, TimeSpan.FromMinutes(3));
        File.WriteAllBytes(saveAs, smaller);
        output.WriteLine($"minimized {file}: {input.Length} -> {smaller.Length} bytes, saved as {saveAs}");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] rest)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < rest.Length; i += 2)
        {
            if (!rest[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= rest.Length)
                throw new ArgumentException($"expected --option value, found '{rest[i]}'");
            options[rest[i][2..]] = rest[i + 1];
        }
        return options;
    }

    private static int Usage(TextWriter errors)
    {
        errors.WriteLine("usage: Warta.Fuzz list | run TARGET [--seconds N|--minutes N] [--iterations N] [--seed N] [--timeout S] [--findings DIR] [--max-run CHARS] | replay TARGET FILE... | minimize TARGET FILE SAVE-AS");
        return 2;
    }
}
