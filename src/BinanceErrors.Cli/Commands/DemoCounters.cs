using System.Diagnostics.Metrics;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>Listens to the pipeline's meter to tell, per order, what the pipeline did (retries, look-ups, waits, bans).</summary>
internal sealed class DemoCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly object _gate = new();
    private readonly List<string> _events = [];
    private long _retries;
    private long _reconciliations;
    private long _rateLimited;
    private long _banned;

    public DemoCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BinanceHttpMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? reason = null, result = null, kind = null;
            foreach (var tag in tags)
            {
                switch (tag.Key)
                {
                    case BinanceTelemetryTags.Reason: reason = BinanceTelemetryTags.TryParseKind(tag.Value?.ToString(), out var why) ? why.ToString() : tag.Value?.ToString(); break;
                    case BinanceTelemetryTags.ReconciliationResult: result = tag.Value?.ToString()?.Replace('_', ' '); break;
                    case BinanceTelemetryTags.ErrorKind: kind = tag.Value?.ToString(); break;
                    default: break;
                }
            }

            lock (_gate)
            {
                switch (instrument.Name)
                {
                    case "binance.client.retries":
                        _retries += value;
                        _events.Add("retried (" + reason + ")");
                        break;
                    case "binance.client.reconciliations":
                        _reconciliations += value;
                        _events.Add("looked up: " + result);
                        break;
                    case "binance.client.bans":
                        _banned += value;
                        _events.Add("halted: banned");
                        break;
                    case "binance.client.errors" when kind is "rate_limited":
                        _rateLimited += value;
                        break;
                    case "binance.client.clock.resyncs":
                        _events.Add("clock resynced");
                        break;
                    default:
                        break;
                }
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) =>
        {
            if (instrument.Name == "binance.client.throttle.wait_time")
            {
                lock (_gate)
                {
                    _events.Add("waited for limit");
                }
            }
        });
        _listener.Start();
    }

    public readonly record struct Totals(long Retries, long Reconciliations, long RateLimited, long Banned, int Events);

    public Totals Snapshot()
    {
        lock (_gate)
        {
            return new Totals(_retries, _reconciliations, _rateLimited, _banned, _events.Count);
        }
    }

    /// <summary>What happened since <paramref name="before"/>, in words.</summary>
    public string Describe(Totals before)
    {
        lock (_gate)
        {
            var happened = _events.Skip(before.Events).Distinct().ToArray();
            return happened.Length == 0 ? "sent once" : string.Join(", ", happened);
        }
    }

    public void Dispose() => _listener.Dispose();
}
