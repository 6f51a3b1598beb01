using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http;

/// <summary>
/// Owns what Binance clients learn about the exchange: the limit store (weight, raw requests, halts and bans per
/// venue and egress IP group; order counts per account), the limits learnt from exchangeInfo per venue and host, the
/// server clock offset per venue and host (one per <see cref="TimeProvider"/>), and the metrics. Register one per
/// container (<c>AddBinanceResilience</c> does, as a singleton disposed with it); the no-DI factory uses
/// <see cref="Shared"/>. Every client that uses the same registry stops together on a 429 or a 418.
/// </summary>
public sealed class BinanceLimitRegistry : IDisposable
{
    private static readonly Lazy<BinanceLimitRegistry> ProcessDefault = new(() => new BinanceLimitRegistry());

    private readonly ConcurrentDictionary<(BinanceVenue Venue, string Host, TimeProvider Time), ServerClock> _clocks = new();
    private readonly ConcurrentDictionary<(BinanceVenue Venue, string Host), LearntLimits> _learnt = new();

    /// <summary>Creates a registry.</summary>
    /// <param name="store">Where limit state lives; a new <see cref="InMemoryBinanceLimitStore"/> when <see langword="null"/>.</param>
    /// <param name="meterFactory">Makes the meter; a meter the registry owns when <see langword="null"/>.</param>
    public BinanceLimitRegistry(IBinanceLimitStore? store = null, IMeterFactory? meterFactory = null)
    {
        Store = store ?? new InMemoryBinanceLimitStore();
        Metrics = new BinanceHttpMetrics(meterFactory);
    }

    /// <summary>The process default, for clients built without dependency injection.</summary>
    public static BinanceLimitRegistry Shared => ProcessDefault.Value;

    /// <summary>Where limit state lives.</summary>
    public IBinanceLimitStore Store { get; }

    /// <summary>The instruments every client of this registry records on.</summary>
    public BinanceHttpMetrics Metrics { get; }

    /// <summary>What was learnt from one exchangeInfo (or the defaults, and when to ask again).</summary>
    private sealed class LearntLimits(Task<IReadOnlyList<VenueLimit>?> fetch, DateTimeOffset askedAt)
    {
        public Task<IReadOnlyList<VenueLimit>?> Fetch { get; } = fetch;

        public DateTimeOffset AskedAt { get; } = askedAt;
    }

    internal ServerClock Clock(BinanceVenue venue, string host, TimeProvider time) =>
        _clocks.GetOrAdd((venue, host, time), static key => new ServerClock(key.Time));

    /// <summary>
    /// The venue's limits for a host: learnt once from exchangeInfo through <paramref name="fetch"/>; the documented
    /// defaults when the exchange cannot be asked (asked again after a minute).
    /// </summary>
    internal ValueTask<IReadOnlyList<VenueLimit>> LimitsAsync<TState>(BinanceVenue venue, string host, TimeProvider time, Func<TState, Task<IReadOnlyList<VenueLimit>?>> fetch, TState state)
    {
        // The usual case, on every request once learnt: no clock read and no state machine.
        if (_learnt.TryGetValue((venue, host), out var known) && known.Fetch.IsCompletedSuccessfully && known.Fetch.Result is { } learnt)
        {
            return new ValueTask<IReadOnlyList<VenueLimit>>(learnt);
        }

        return LearnAsync(venue, host, time, fetch, state);
    }

    private async ValueTask<IReadOnlyList<VenueLimit>> LearnAsync<TState>(BinanceVenue venue, string host, TimeProvider time, Func<TState, Task<IReadOnlyList<VenueLimit>?>> fetch, TState state)
    {
        var now = time.GetUtcNow();
        var entry = _learnt.GetOrAdd((venue, host), static (_, args) => new LearntLimits(args.fetch(args.state), args.now), (fetch, state, now));
        if (entry.Fetch.IsCompleted && entry.Fetch.Result is null && now - entry.AskedAt > TimeSpan.FromMinutes(1))
        {
            var again = new LearntLimits(fetch(state), now);
            entry = _learnt.TryUpdate((venue, host), again, entry) ? again : _learnt[(venue, host)];
        }

        return await entry.Fetch.ConfigureAwait(false) ?? VenueLimits.Defaults(venue);
    }

    /// <summary>Disposes the metrics (and nothing the container owns).</summary>
    public void Dispose() => Metrics.Dispose();
}
