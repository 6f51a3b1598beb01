using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BinanceErrors.Http;

/// <summary>
/// The <c>BinanceErrors.Http</c> meter: errors by venue, code and kind; retries; reconciliations; throttled waits;
/// bans; and the used request weight (shared limit stores add their own instruments to the same meter). One instance per <see cref="BinanceLimitRegistry"/>, made
/// with the container's <see cref="IMeterFactory"/> so hosts and tests do not see each other's measurements.
/// OpenTelemetry exports it with <c>AddMeter(BinanceHttpMetrics.MeterName)</c>. No tag ever carries a key, a
/// signature or a query string.
/// </summary>
public sealed class BinanceHttpMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "BinanceErrors.Http";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    // One box per venue and window, written on every response: a lock-free look-up and a write, not a dictionary update.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(BinanceVenue Venue, string Window), System.Runtime.CompilerServices.StrongBox<long>> _usedWeight = new();

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own.</summary>
    /// <param name="meterFactory">The container's meter factory; <see langword="null"/> for a meter this instance owns and disposes.</param>
    public BinanceHttpMetrics(IMeterFactory? meterFactory = null)
    {
        var version = typeof(BinanceHttpMetrics).Assembly.GetName().Version?.ToString();
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName, version) ?? new Meter(MeterName, version);
        Errors = _meter.CreateCounter<long>("binance.client.errors", "{error}", "Error responses by venue, code and kind.");
        Retries = _meter.CreateCounter<long>("binance.client.retries", "{retry}", "Requests sent again, by reason.");
        Reconciliations = _meter.CreateCounter<long>("binance.client.reconciliations", "{reconciliation}", "Unknown outcomes resolved by looking the order up, by result.");
        ThrottledWait = _meter.CreateHistogram<double>("binance.client.throttle.wait", "ms", "Time spent waiting for a limit window or a halt before sending.");
        Bans = _meter.CreateCounter<long>("binance.client.bans", "{ban}", "HTTP 418 bans received.");
        ClockResyncs = _meter.CreateCounter<long>("binance.client.clock.resyncs", "{resync}", "Server clock offset measurements.");
        _meter.CreateObservableGauge("binance.client.used_weight", ObserveWeight, "{weight}", "Request weight used in the current window, per venue and window, as last reported by the exchange.");
    }

    /// <summary>The meter the instruments live on (tests filter on it).</summary>
    public Meter Meter => _meter;

    internal Counter<long> Errors { get; }

    internal Counter<long> Retries { get; }

    internal Counter<long> Reconciliations { get; }

    internal Histogram<double> ThrottledWait { get; }

    internal Counter<long> Bans { get; }

    internal Counter<long> ClockResyncs { get; }

    internal void Error(BinanceError error) =>
        Errors.Add(1, new TagList { { "venue", error.Venue.ToString() }, { "code", error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none" }, { "kind", error.Kind.ToString() } });

    internal void UsedWeight(BinanceVenue venue, string window, long used)
    {
        if (!_usedWeight.TryGetValue((venue, window), out var box))
        {
            box = _usedWeight.GetOrAdd((venue, window), static _ => new System.Runtime.CompilerServices.StrongBox<long>());
        }

        Volatile.Write(ref box.Value, used);
    }

    private IEnumerable<Measurement<long>> ObserveWeight()
    {
        foreach (var ((venue, window), used) in _usedWeight)
        {
            yield return new Measurement<long>(Volatile.Read(ref used.Value), new TagList { { "venue", venue.ToString() }, { "window", window } });
        }
    }

    /// <summary>Disposes the meter when this instance created it.</summary>
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
