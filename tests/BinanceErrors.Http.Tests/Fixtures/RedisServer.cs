using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>
/// A real <c>redis-server</c> (the Debian package) on a free loopback port, started for one test and stopped with it.
/// No persistence, so a restart starts empty, as a crashed cache would. A missing binary fails the test loudly.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string[] _extra;
    private Process? _process;

    private RedisServer(int port, string[] extra)
    {
        Port = port;
        _extra = extra;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a server; <paramref name="extra"/> adds configuration (e.g. <c>--requirepass pw</c>). With <c>--tls-port {port}</c> the port is TLS only.</summary>
    public static async Task<RedisServer> StartAsync(params string[] extra)
    {
        // redis-server cannot be handed a listening socket, so a free port is found and released first; another
        // process (or a connection's source port) may take it before redis binds it. Then another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var server = new RedisServer(port, [.. extra.Select(a => a.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))]);
            try
            {
                await server.StartProcessAsync();
                return server;
            }
            catch (PortTakenException) when (attempt < 5)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Starts (again) on the same port.</summary>
    public async Task StartProcessAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed. Install it with 'apt-get install -y redis-server' (.ci/run does this).");
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var plainPort = _extra.Contains("--tls-port") ? "0" : Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in new[] { "--port", plainPort, "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no" }.Concat(_extra))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        _process = process;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var output = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                return;
            }
        }

        var log = string.Join('\n', output) + await process.StandardError.ReadToEndAsync();
        throw log.Contains("Address already in use", StringComparison.Ordinal)
            ? new PortTakenException(log)
            : new InvalidOperationException("redis-server exited before it was ready:\n" + log);
    }

    /// <summary>redis-server could not bind its port: taken since it was found free.</summary>
    private sealed class PortTakenException(string log) : InvalidOperationException("redis-server could not bind its port:\n" + log);

    /// <summary>Kills the server at once (no shutdown), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
