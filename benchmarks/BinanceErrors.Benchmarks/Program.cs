using BenchmarkDotNet.Running;

namespace BinanceErrors.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
        {
            await ThroughputRunner.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "order-throughput")
        {
            await OrderPlaceThroughputRunner.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "ws-alloc")
        {
            await WebSocketAllocationRunner.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "log-scan")
        {
            LogScanRunner.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "mcp-cold-start")
        {
            await McpColdStartRunner.RunAsync(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
    }
}
