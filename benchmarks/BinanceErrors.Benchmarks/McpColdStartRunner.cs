using System.Diagnostics;
using System.Globalization;
using ModelContextProtocol.Client;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Cold start of the CLI as its users meet it: an MCP host starting <c>binance-errors mcp</c> (process start →
/// <c>initialize</c> answered → first <c>tools/call</c> result, over stdio, with the C# SDK's client), and a person
/// running <c>binance-errors explain -1013</c> (process start to exit), N times in a row, alternating. Baseline in the
/// same run: <c>binance-errors --version</c> (the runtime starting and exiting, no work).
/// <code>
/// dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- mcp-cold-start 10                       # the Release build: dotnet BinanceErrors.Cli.dll
/// dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- mcp-cold-start 10 path/to/binance-errors # an installed tool (dotnet tool install)
/// dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- mcp-cold-start 10 dotnet-run            # dotnet run --no-build --project src/BinanceErrors.Cli
/// </code>
/// The CLI is not referenced, so BenchmarkDotNet's generated projects stay small.
/// </summary>
public static class McpColdStartRunner
{
    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = RepositoryRoot();
        var target = args.Length > 2 ? args[2] : Path.Combine(root, "src", "BinanceErrors.Cli", "bin", "Release", "net10.0", "BinanceErrors.Cli.dll");
        (string Command, string[] Prefix) launcher;
        if (target == "dotnet-run")
        {
            launcher = ("dotnet", ["run", "-c", "Release", "--no-build", "--project", Path.Combine(root, "src", "BinanceErrors.Cli"), "--"]);
        }
        else if (target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            launcher = ("dotnet", [Path.GetFullPath(target)]);
        }
        else
        {
            launcher = (Path.GetFullPath(target), []);
        }

        if (target != "dotnet-run" && !File.Exists(launcher.Prefix.Length > 0 ? launcher.Prefix[0] : launcher.Command))
        {
            Console.Error.WriteLine($"{target} not found: run 'dotnet build -c Release src/BinanceErrors.Cli' first, or pass the CLI's dll or an installed binance-errors.");
            Environment.ExitCode = 2;
            return;
        }

        Console.WriteLine($"launcher: {launcher.Command} {string.Join(' ', launcher.Prefix)}");
        var baseline = new List<double>();
        var explain = new List<double>();
        var initialized = new List<double>();
        var answered = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            baseline.Add(await ProcessAsync(launcher, "--version"));
            explain.Add(await ProcessAsync(launcher, "explain", "-1013", "--venue", "spot"));
            var clock = Stopwatch.StartNew();
            await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = launcher.Command,
                Arguments = [.. launcher.Prefix, "mcp"],
                Name = "cold-start",
            }));
            initialized.Add(clock.Elapsed.TotalMilliseconds);
            var result = await client.CallToolAsync("explain_error", new Dictionary<string, object?> { ["code"] = -1021, ["venue"] = "spot" });
            answered.Add(clock.Elapsed.TotalMilliseconds);
            if (result.IsError == true)
            {
                throw new InvalidOperationException("explain_error failed");
            }

            Console.WriteLine($"run {i + 1}: --version {baseline[^1]:0} ms; explain -1013 {explain[^1]:0} ms; mcp initialize done {initialized[^1]:0} ms; first tool result {answered[^1]:0} ms");
        }

        Console.WriteLine();
        Console.WriteLine("| Measure | Median | Min | Max |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("`binance-errors --version` (process start to exit, baseline)", baseline);
        Row("`binance-errors explain -1013 --venue spot` (process start to exit)", explain);
        Row("`mcp`: process start → `initialize` answered", initialized);
        Row("`mcp`: process start → first `tools/call` result", answered);
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

    private static async Task<double> ProcessAsync((string Command, string[] Prefix) launcher, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(launcher.Command) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in launcher.Prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited {process.ExitCode}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}
