using System.Diagnostics.Metrics;
using System.Globalization;
using BinanceErrors.Http;
using BinanceErrors.Http.Redis;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The demo's limit registry: process-local (<c>memory</c>, the default) or shared on Redis
/// (<c>--limit-store redis://[[user]:password@]host[:port][/db][?ssl=true]</c> or <c>rediss://…</c>), with a count of
/// the calls Redis could not answer.
/// </summary>
internal sealed class DemoLimitStore : IAsyncDisposable
{
    private readonly RedisBinanceLimitStore? _redis;
    private readonly MeterListener _listener = new();
    private long _fallbacks;

    private DemoLimitStore(BinanceLimitRegistry registry, RedisBinanceLimitStore? redis, string description)
    {
        Registry = registry;
        _redis = redis;
        Description = description;
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

    /// <summary>Where limits live, for the run's header: <c>memory (this process)</c> or <c>redis at URL</c> (password masked).</summary>
    public string Description { get; }

    /// <summary><c>memory</c> or <c>redis</c>.</summary>
    public string Kind => _redis is null ? "memory" : "redis";

    /// <summary>Calls answered from local limits because Redis was slow or down.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>Whether limits are shared right now (always true for memory: one process is the whole scope).</summary>
    public bool Shared => _redis?.IsShared ?? true;

    /// <summary>
    /// Opens <c>memory</c>, or connects to the Redis URL (<c>redis://[[user]:password@]host[:port][/db][?ssl=true]</c>,
    /// <c>rediss://</c> for TLS) and refuses to start (exit 2, one line saying why) when limits cannot be shared: a
    /// run that says "limits in redis" shares them. Redis lost later is answered from local limits, as the store does.
    /// </summary>
    /// <remarks>With <paramref name="meters"/> (the metrics endpoint's), the meters are the factory's and outlive this store, so the endpoint still serves the final counts after the run.</remarks>
    public static async Task<DemoLimitStore> OpenAsync(string? text, decimal fallbackShare, CancellationToken cancellationToken, IMeterFactory? meters = null)
    {
        if (text is null or "memory")
        {
            return new DemoLimitStore(new BinanceLimitRegistry(meterFactory: meters), null, "memory (this process)");
        }

        if (!text.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"'{text}' is not a limit store. Use memory or redis://HOST:PORT, e.g. redis://127.0.0.1:6379.");
        }

        if (fallbackShare is <= 0 or > 1)
        {
            throw new CliUsageException($"--fallback-share must be more than 0 and at most 1, not {fallbackShare.ToString(CultureInfo.InvariantCulture)}.");
        }

        RedisBinanceLimitStore redis;
        try
        {
            redis = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = text, FallbackShare = fallbackShare, BreakDuration = TimeSpan.FromSeconds(1) }, meters);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"--limit-store: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)}", ex);
        }

        bool connected;
        try
        {
            connected = await redis.TryConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await redis.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (!connected)
        {
            var (problem, shown) = (redis.ConnectionProblem, redis.RedactedConfiguration);
            await redis.DisposeAsync().ConfigureAwait(false);
            throw new CliUsageException($"--limit-store {shown}: cannot share limits: {problem?.TrimEnd('.')}. Fix the URL or start Redis there, or run on this process's limits with --limit-store memory.");
        }

        return new DemoLimitStore(new BinanceLimitRegistry(redis, meters), redis, $"redis at {redis.RedactedConfiguration}");
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
