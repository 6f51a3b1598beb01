using System.Diagnostics;
using ModelContextProtocol.Client;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// Two real server processes of the built CLI (<c>binance-errors mcp</c> over stdio, and <c>mcp --http --port 0</c>)
/// with a C# SDK <see cref="McpClient"/> connected to each. Shared by the MCP tests so each process starts once.
/// </summary>
public sealed class McpServerProcesses : IAsyncLifetime
{
    private Process? _http;

    public static string CliDll => typeof(Program).Assembly.Location;

    public McpClient Stdio { get; private set; } = null!;

    public McpClient Http { get; private set; } = null!;

    public Uri HttpEndpoint { get; private set; } = null!;

    public McpClient For(string transport) => transport == "stdio" ? Stdio : Http;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Stdio = await McpClient.CreateAsync(StdioTransport(), cancellationToken: timeout.Token);
        (_http, HttpEndpoint) = await StartHttpAsync(timeout.Token);
        Http = await McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = HttpEndpoint, TransportMode = HttpTransportMode.StreamableHttp }),
            cancellationToken: timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await Stdio.DisposeAsync();
        await Http.DisposeAsync();
        if (_http is { HasExited: false })
        {
            _http.Kill(entireProcessTree: true);
            await _http.WaitForExitAsync();
        }

        _http?.Dispose();
    }

    public static StdioClientTransport StdioTransport(params string[] extra) => new(new StdioClientTransportOptions
    {
        Name = "binance-errors",
        Command = "dotnet",
        Arguments = [CliDll, "mcp", .. extra],
    });

    /// <summary>Starts <c>mcp --http --port 0</c> and reads the URL it announces on its first output line.</summary>
    public static async Task<(Process Process, Uri Endpoint)> StartHttpAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { CliDll, "mcp", "--http", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        line.ShouldNotBeNull("the HTTP server exited before announcing its address");
        var at = line.IndexOf("http://", StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, line);
        return (process, new Uri(line[at..].Trim()));
    }
}
