using System.Diagnostics;
using System.Diagnostics.Metrics;
using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http;

/// <summary>
/// The <c>BinanceErrors.Http</c> meter: errors by venue, code and kind; retries; reconciliations; throttled waits;
/// bans; and the used request weight. OpenTelemetry exports it with <c>AddMeter(BinanceHttpMetrics.MeterName)</c>.
/// No tag ever carries a key, a signature or a query string.
/// </summary>
public static class BinanceHttpMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "BinanceErrors.Http";

    private static readonly Meter Meter = new(MeterName, typeof(BinanceHttpMetrics).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>("binance.client.errors", "{error}", "Error responses by venue, code and kind.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("binance.client.retries", "{retry}", "Requests sent again, by reason.");

    internal static readonly Counter<long> Reconciliations = Meter.CreateCounter<long>("binance.client.reconciliations", "{reconciliation}", "Unknown outcomes resolved by looking the order up, by result.");

    internal static readonly Histogram<double> ThrottledWait = Meter.CreateHistogram<double>("binance.client.throttle.wait", "ms", "Time spent waiting for a limit window or a halt before sending.");

    internal static readonly Counter<long> Bans = Meter.CreateCounter<long>("binance.client.bans", "{ban}", "HTTP 418 bans received.");

    internal static readonly Counter<long> ClockResyncs = Meter.CreateCounter<long>("binance.client.clock.resyncs", "{resync}", "Server clock offset measurements.");

    static BinanceHttpMetrics()
    {
        Meter.CreateObservableGauge("binance.client.used_weight", ObserveWeight, "{weight}", "Request weight used in the current window, per venue and window.");
    }

    private static IEnumerable<Measurement<long>> ObserveWeight()
    {
        foreach (var state in SharedState.AllLimits)
        {
            foreach (var (window, used) in state.UsedWeight())
            {
                yield return new Measurement<long>(used, new TagList { { "venue", state.Venue.ToString() }, { "window", window } });
            }
        }
    }

    internal static void Error(BinanceError error) =>
        Errors.Add(1, new TagList { { "venue", error.Venue.ToString() }, { "code", error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none" }, { "kind", error.Kind.ToString() } });
}
