using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Warta.Store.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: initdb and pg_ctl in a temporary folder, on a free port, reachable
/// only through a unix socket in that folder, without fsync (its data is thrown away). Run as root, the server runs as
/// the postgres user (PostgreSQL refuses root), so the folder is given to that user. Each test gets a database of its own
/// (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly string[] BinaryFolders = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
        "/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin"];

    private string _folder = "";
    private string _bin = "";
    private int _port;
    private bool _asPostgresUser;

    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The connection string of a database on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = _folder, Port = _port, Username = "postgres", Database = database, Pooling = true }
            .ConnectionString;

    public async Task InitializeAsync()
    {
        _bin = BinaryFolders.FirstOrDefault(f => File.Exists(Path.Combine(f, "initdb")) && File.Exists(Path.Combine(f, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL's initdb and pg_ctl were not found (Debian package postgresql; .ci/run installs it)");
        _asPostgresUser = Environment.UserName == "root";
        // A short path: the socket's path must stay under the 107 bytes a unix socket address allows.
        _folder = Path.Combine("/tmp", $"warta-pg-{Guid.NewGuid():N}"[..18]);
        Directory.CreateDirectory(_folder);
        if (_asPostgresUser) await RunAsync("chown", ["postgres:", _folder], asPostgres: false);
        _port = FreePort.Next();
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
        await StartAsync();
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>: tests of an outage) and waits until it accepts connections.</summary>
    public Task StartAsync()
    {
        NpgsqlConnection.ClearAllPools(); // this process's idle connections died with the server
        return RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
            $"-p {_port} -k {_folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"]);
    }

    /// <summary>Stops the server as a crash would (immediate mode: open transactions are lost, connections cut).</summary>
    public Task StopAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);

    /// <summary>A new empty database; the caller drops it with <see cref="DropDatabaseAsync"/>.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_folder.Length == 0 || !Directory.Exists(_folder)) return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }


    private Task RunAsync(string program, string[] arguments) => RunAsync(program, arguments, _asPostgresUser);

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
