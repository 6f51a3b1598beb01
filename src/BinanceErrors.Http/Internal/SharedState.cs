using System.Collections.Concurrent;

namespace BinanceErrors.Http.Internal;

/// <summary>Process-wide limit states and clocks: every client for the same venue, host and key shares them.</summary>
internal static class SharedState
{
    private static readonly ConcurrentDictionary<(BinanceVenue Venue, string Host, string Key), LimitState> Limits = new();
    private static readonly ConcurrentDictionary<(BinanceVenue Venue, string Host), ServerClock> Clocks = new();

    public static LimitState Limit(BinanceClientOptions options, Uri baseAddress) =>
        Limits.GetOrAdd(
            (options.Venue, baseAddress.Authority, options.Credentials?.ApiKey ?? string.Empty),
            static (key, o) => new LimitState(key.Venue, o.RequestWeightLimits, o.OrderLimits),
            options);

    public static ServerClock Clock(BinanceClientOptions options, Uri baseAddress) =>
        Clocks.GetOrAdd((options.Venue, baseAddress.Authority), static (_, time) => new ServerClock(time), options.TimeProvider);

    public static IEnumerable<LimitState> AllLimits => Limits.Values;

    /// <summary>Drops what is known about a host (tests reuse ephemeral ports for new servers).</summary>
    public static void Forget(Uri baseAddress)
    {
        foreach (var key in Limits.Keys.Where(k => k.Host == baseAddress.Authority))
        {
            Limits.TryRemove(key, out _);
        }

        foreach (var key in Clocks.Keys.Where(k => k.Host == baseAddress.Authority))
        {
            Clocks.TryRemove(key, out _);
        }
    }
}
