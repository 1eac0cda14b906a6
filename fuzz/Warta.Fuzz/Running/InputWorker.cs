using System.Diagnostics;

namespace Warta.Fuzz.Running;

/// <summary>
/// Runs one input at a time on its own thread, so the caller can wait with a time limit. A thread cannot be
/// aborted in .NET, so after a hang the worker is abandoned (a background thread) and the run stops.
/// </summary>
internal sealed class InputWorker : IDisposable
{
    private readonly Action<byte[]> _check;
    private readonly SemaphoreSlim _ready = new(0);
    private readonly SemaphoreSlim _done = new(0);
    private byte[] _input = [];
    private Exception? _error;
    private bool _stopping;

    public InputWorker(Action<byte[]> check)
    {
        _check = check;
        new Thread(Loop) { IsBackground = true, Name = "fuzz-input" }.Start();
    }

    /// <summary>
    /// Null when the input passed; the exception it threw; or a TimeoutException when it used <paramref name="timeout"/>
    /// of processor time (or ten times that of wall time) without finishing. Processor time, because on a loaded
    /// machine a slow input and a starved one look alike by the clock; one input runs at a time, so the process's
    /// time is the input's (plus the collector's, which it causes).
    /// </summary>
    public Exception? Run(byte[] input, TimeSpan timeout)
    {
        _input = input;
        _error = null;
        var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        _ready.Release();
        while (!_done.Wait(TimeSpan.FromMilliseconds(200)))
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuAtStart;
            if (cpu >= timeout || clock.Elapsed >= timeout * 10)
                return new TimeoutException($"no result after {cpu.TotalSeconds:F0} s of processor time ({clock.Elapsed.TotalSeconds:F0} s of wall time)");
        }
        return _error;
    }

    private void Loop()
    {
        while (true)
        {
            _ready.Wait();
            if (_stopping) return;
            try { _check(_input); }
            catch (Exception e) { _error = e; }
            _done.Release();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _ready.Release();
    }
}
