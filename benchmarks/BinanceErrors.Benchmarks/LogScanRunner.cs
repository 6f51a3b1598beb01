using System.Diagnostics;
using System.Globalization;
using BinanceErrors.Logs;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Scans a generated bot log once and prints throughput and memory while it runs (peak working set, managed heap
/// sampled every 100 ms, allocations): the "memory flat" half of the scan goal, which BenchmarkDotNet's table does
/// not show. <c>dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- log-scan 1024</c> (MiB).
/// </summary>
public static class LogScanRunner
{
    public static void Run(string[] args)
    {
        var mib = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1024;
        var path = Path.Combine(Path.GetTempPath(), $"binance-errors-scan-run-{mib}.log");
        try
        {
            var clock = Stopwatch.StartNew();
            var errors = BotLogGenerator.Write(path, mib * 1024L * 1024);
            var bytes = new FileInfo(path).Length;
            Console.WriteLine($"generated {bytes / 1048576.0:0} MiB with {errors} error lines in {clock.Elapsed.TotalSeconds:0.0} s");

            using var process = Process.GetCurrentProcess();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long heapPeak = 0;
            var heapSamples = new List<long>();
            using var sampler = new Timer(_ =>
            {
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                lock (heapSamples)
                {
                    heapSamples.Add(heap);
                    heapPeak = Math.Max(heapPeak, heap);
                }
            }, null, 0, 100);

            clock.Restart();
            var scanner = new BinanceLogScanner();
            long found = 0;
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                foreach (var occurrence in scanner.Scan(file))
                {
                    found++;
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            sampler.Change(Timeout.Infinite, Timeout.Infinite);
            process.Refresh();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine($"scanned {scanner.Summary.Lines} lines, {found} occurrences, {scanner.Summary.Patterns.Count} patterns in {seconds:0.00} s: {bytes / 1048576.0 / seconds:0} MiB/s");
            lock (heapSamples)
            {
                var quarter = heapSamples.Count / 4;
                Console.WriteLine($"managed heap: peak {heapPeak / 1048576.0:0.0} MiB; median of the first quarter {Median(heapSamples.Take(quarter)) / 1048576.0:0.0} MiB, of the last quarter {Median(heapSamples.Skip(heapSamples.Count - quarter)) / 1048576.0:0.0} MiB ({heapSamples.Count} samples)");
            }

            Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB; allocated {allocated / 1048576.0:0} MiB in all ({allocated / (double)Math.Max(1, found):0} B per occurrence)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
