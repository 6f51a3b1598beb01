using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using BinanceErrors.Http;
using BinanceErrors.Http.Redis;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// What the limit store adds to each request: one reservation of an order request (weight, raw request and two order
/// windows, as Spot has them) in the in-memory store (baseline) and on a real redis-server on loopback (one Lua
/// script round trip), plus the header merge after the response.
/// </summary>
public class LimitStoreBenchmarks
{
    private static readonly BinanceLimitScope Scope = new(BinanceVenue.Spot, "bench");

    private static readonly BinanceLimitWindow[] Windows =
    [
        new(BinanceLimitKind.RequestWeight, 60_000, long.MaxValue / 2),
        new(BinanceLimitKind.RawRequests, 300_000, long.MaxValue / 2),
        new(BinanceLimitKind.Orders, 10_000, long.MaxValue / 2),
        new(BinanceLimitKind.Orders, 86_400_000, long.MaxValue / 2),
    ];

    private static readonly BinanceLimitUsage[] Usage = [new(BinanceLimitKind.RequestWeight, 60_000, 1), new(BinanceLimitKind.Orders, 10_000, 1)];

    private readonly InMemoryBinanceLimitStore _memory = new();
    private Process? _redisServer;
    private RedisBinanceLimitStore _redis = null!;

    // Synchronous on purpose: every toolchain (out-of-process, in-process, dry) runs it the same way.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            info.ArgumentList.Add(argument);
        }

        _redisServer = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server).");
        while (await _redisServer.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Ready to accept connections", StringComparison.Ordinal))
        {
        }

        _redis = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = $"127.0.0.1:{port}", OperationTimeout = TimeSpan.FromSeconds(2) });
        await _redis.WaitUntilConnectedAsync();
        if (!(await _redis.TryReserveAsync(Reservation(), default)).CanSend || !_redis.IsShared)
        {
            throw new InvalidOperationException("The Redis store did not answer from Redis.");
        }
    }

    private async Task CleanupAsync()
    {
        await _redis.DisposeAsync();
        _redisServer?.Kill();
        _redisServer?.Dispose();
    }

    private static BinanceLimitReservation Reservation() =>
        new(Scope, "0123456789abcdef", 1, 1, 1, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Windows);

    [Benchmark(Baseline = true)]
    public bool InMemoryReserve() => _memory.TryReserveAsync(Reservation(), default).Result.CanSend;

    [Benchmark]
    public async Task<bool> RedisReserve() => (await _redis.TryReserveAsync(Reservation(), default)).CanSend;

    [Benchmark]
    public bool InMemoryObserve()
    {
        _memory.Observe(Scope, "0123456789abcdef", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Usage);
        return true;
    }

    [Benchmark]
    public async Task<bool> RedisObserve()
    {
        await _redis.ObserveAsync(Scope, "0123456789abcdef", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Usage, default);
        return true;
    }
}
