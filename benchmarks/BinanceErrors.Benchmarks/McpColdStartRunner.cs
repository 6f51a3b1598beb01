using System.Diagnostics;
using System.Globalization;
using ModelContextProtocol.Client;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Cold start of the MCP server as an MCP host sees it: <c>dotnet BinanceErrors.Cli.dll mcp</c> is started, initialized
/// and asked one <c>explain_error</c>, over stdio, N times in a row. Baseline in the same run: the same process
/// started for <c>--version</c> (runtime start and exit, no server).
/// <c>dotnet build -c Release src/BinanceErrors.Cli</c>, then
/// <c>dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- mcp-cold-start 10 [path/to/BinanceErrors.Cli.dll]</c>.
/// The CLI is not referenced, so BenchmarkDotNet's generated projects stay small.
/// </summary>
public static class McpColdStartRunner
{
    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var cli = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(RepositoryRoot(), "src", "BinanceErrors.Cli", "bin", "Release", "net10.0", "BinanceErrors.Cli.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run 'dotnet build -c Release src/BinanceErrors.Cli' first, or pass the CLI's dll.");
            Environment.ExitCode = 2;
            return;
        }

        var baseline = new List<double>();
        var initialized = new List<double>();
        var answered = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            baseline.Add(await VersionAsync(cli));
            var clock = Stopwatch.StartNew();
            await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions { Command = "dotnet", Arguments = [cli, "mcp"], Name = "cold-start" }));
            initialized.Add(clock.Elapsed.TotalMilliseconds);
            var result = await client.CallToolAsync("explain_error", new Dictionary<string, object?> { ["code"] = -1021, ["venue"] = "spot" });
            answered.Add(clock.Elapsed.TotalMilliseconds);
            if (result.IsError == true)
            {
                throw new InvalidOperationException("explain_error failed");
            }

            Console.WriteLine($"run {i + 1}: process exit (--version) {baseline[^1]:0} ms; initialize done {initialized[^1]:0} ms; first tool result {answered[^1]:0} ms");
        }

        Console.WriteLine();
        Console.WriteLine("| Measure | Median | Min | Max |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("`binance-errors --version` (process start to exit, baseline)", baseline);
        Row("process start → `initialize` answered", initialized);
        Row("process start → first `tools/call` result", answered);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static void Row(string name, List<double> values)
    {
        var sorted = values.Order().ToArray();
        Console.WriteLine($"| {name} | {sorted[sorted.Length / 2]:0} ms | {sorted[0]:0} ms | {sorted[^1]:0} ms |");
    }

    private static async Task<double> VersionAsync(string cli)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--version");
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return clock.Elapsed.TotalMilliseconds;
    }
}
