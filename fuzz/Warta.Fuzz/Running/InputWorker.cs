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

    /// <summary>Null when the input passed; the exception it threw; or a TimeoutException when it did not finish in time.</summary>
    public Exception? Run(byte[] input, TimeSpan timeout)
    {
        _input = input;
        _error = null;
        _ready.Release();
        return _done.Wait(timeout) ? _error : new TimeoutException($"no result after {timeout.TotalSeconds:F0} s");
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
