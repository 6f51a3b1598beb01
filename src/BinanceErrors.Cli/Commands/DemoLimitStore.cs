using System.Diagnostics.Metrics;
using System.Globalization;
using BinanceErrors.Http;
using BinanceErrors.Http.Redis;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The demo's limit registry: process-local (<c>memory</c>, the default) or shared on Redis
/// (<c>--limit-store redis://HOST:PORT</c>), with a count of the calls Redis could not answer.
/// </summary>
internal sealed class DemoLimitStore : IAsyncDisposable
{
    private readonly RedisBinanceLimitStore? _redis;
    private readonly MeterListener _listener = new();
    private long _fallbacks;

    private DemoLimitStore(BinanceLimitRegistry registry, RedisBinanceLimitStore? redis)
    {
        Registry = registry;
        _redis = redis;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "binance.client.limit_store.fallbacks" && redis is not null)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _fallbacks, value));
        _listener.Start();
    }

    public BinanceLimitRegistry Registry { get; }

    /// <summary><c>memory</c> or <c>redis</c>.</summary>
    public string Kind => _redis is null ? "memory" : "redis";

    /// <summary>Calls answered from local limits because Redis was slow or down.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>Whether limits are shared right now (always true for memory: one process is the whole scope).</summary>
    public bool Shared => _redis?.IsShared ?? true;

    /// <summary>Parses <c>memory</c> or <c>redis://HOST:PORT</c> and connects (waiting at most a few seconds; trading starts on local limits otherwise).</summary>
    /// <remarks>With <paramref name="meters"/> (the metrics endpoint's), the meters are the factory's and outlive this store, so the endpoint still serves the final counts after the run.</remarks>
    public static async Task<DemoLimitStore> OpenAsync(string? text, decimal fallbackShare, CancellationToken cancellationToken, IMeterFactory? meters = null)
    {
        if (text is null or "memory")
        {
            return new DemoLimitStore(new BinanceLimitRegistry(meterFactory: meters), null);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "redis" || uri.Port <= 0 || uri.AbsolutePath is not ("" or "/"))
        {
            throw new CliUsageException($"'{text}' is not a limit store. Use memory or redis://HOST:PORT, e.g. redis://127.0.0.1:6379.");
        }

        if (fallbackShare is <= 0 or > 1)
        {
            throw new CliUsageException($"--fallback-share must be more than 0 and at most 1, not {fallbackShare.ToString(CultureInfo.InvariantCulture)}.");
        }

        var redis = new RedisBinanceLimitStore(new RedisLimitStoreOptions
        {
            Configuration = $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}",
            FallbackShare = fallbackShare,
            BreakDuration = TimeSpan.FromSeconds(1),
        }, meters);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), TimeProvider.System);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await redis.WaitUntilConnectedAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Not reachable yet: the store answers from local limits until it is, as it would after a crash.
        }

        return new DemoLimitStore(new BinanceLimitRegistry(redis, meters), redis);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        Registry.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync().ConfigureAwait(false);
        }
    }
}
