using System.Diagnostics;
using System.Text.Json;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// The official TypeScript SDK client in <c>Mcp/node</c> (pinned in package-lock.json). Installs it with
/// <c>npm ci</c> when <c>node_modules</c> is missing (CI installs it up front in .ci/run).
/// </summary>
public sealed class NodeClient : IAsyncLifetime
{
    public static string Directory => Path.Combine(McpToolTests.RepositoryRoot(), "tests", "BinanceErrors.Cli.Tests", "Mcp", "node");

    public async Task InitializeAsync()
    {
        if (File.Exists(Path.Combine(Directory, "node_modules", "@modelcontextprotocol", "sdk", "package.json")))
        {
            return;
        }

        var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        exitCode.ShouldBe(0, $"npm ci failed in {Directory}:\n{output}\n{error}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs client.mjs against a server and returns the summary it prints.</summary>
    public async Task<JsonElement> SummaryAsync(string mode, string target)
    {
        var (exitCode, output, error) = await RunAsync("node", ["client.mjs", mode, target], TimeSpan.FromMinutes(2));
        exitCode.ShouldBe(0, $"node client.mjs {mode} failed:\n{error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string command, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{command}' is not installed: the Node.js client test needs Node.js 18 or later with npm (apt-get install nodejs npm).", ex);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(limit);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await output, await error);
        }
    }
}
