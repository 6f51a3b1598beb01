using Microsoft.Extensions.Hosting;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The MCP hosts' lifetime: the CLI's own signal handling (<see cref="CliStopSignals"/>) stops them through the
/// command's token, so SIGINT and SIGTERM mean the same in every command (a clean stop, exit 130 or 143). The default
/// <c>ConsoleLifetime</c> would take both signals for itself, stop the host with exit 0 and swallow a second Ctrl+C.
/// </summary>
internal sealed class CliHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
