using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// A nats-server with JetStream for one test, on a free local port with its storage in a temporary folder, killed and
/// removed when disposed. Each test gets its own, so the fixed stream names never meet another test's messages.
/// </summary>
internal sealed class NatsServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NatsServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Url = $"nats://127.0.0.1:{port}";
        Port = port;
    }

    public string Url { get; }
    public int Port { get; }

    public static async Task<NatsServer> StartAsync()
    {
        var program = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nats-server was not found (Debian package nats-server; .ci/run installs it)");
        var folder = Directory.CreateTempSubdirectory("warta-nats-").FullName;
        int port = FreePort.Next();
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-js", "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", folder })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NatsServer(process, folder, port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Waits (up to a minute, a failure guard rather than a timing) until the port accepts connections.</summary>
    private async Task WaitUntilListeningAsync()
    {
        for (int attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"nats-server exited with {_process.ExitCode}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("nats-server did not start listening");
    }


    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
