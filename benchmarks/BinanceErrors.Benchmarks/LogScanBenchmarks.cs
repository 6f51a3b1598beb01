using BenchmarkDotNet.Attributes;
using BinanceErrors.Logs;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// <c>binance-errors scan</c>'s engine on a generated 1 GiB bot log (1 line in 100 a Binance error in one of the
/// common forms, the rest lines full of numbers that look like codes), read from disk. Baseline in the same class:
/// reading the same file as lines with <see cref="StreamReader.ReadLine"/>, the least any line-by-line tool does.
/// Throughput is the file size over the mean. The file is written once to the temp directory and deleted after.
/// <c>dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- --filter '*LogScan*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LogScanBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Log size in MiB (1024 for the documented number).</summary>
    [Params(1024)]
    public int SizeMiB { get; set; } = 1024;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"binance-errors-scan-bench-{SizeMiB}.log");
        if (!File.Exists(_path) || new FileInfo(_path).Length < SizeMiB * 1024L * 1024)
        {
            BotLogGenerator.Write(_path, SizeMiB * 1024L * 1024);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long ReadLines()
    {
        using var reader = new StreamReader(_path);
        long lines = 0;
        while (reader.ReadLine() is not null)
        {
            lines++;
        }

        return lines;
    }

    [Benchmark]
    public long Scan()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var scanner = new BinanceLogScanner();
        long found = 0;
        foreach (var occurrence in scanner.Scan(file))
        {
            found += occurrence.Line > 0 ? 1 : 0;
        }

        return found;
    }
}
