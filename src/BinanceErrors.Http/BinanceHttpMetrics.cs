using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http;

/// <summary>
/// The <c>BinanceErrors.Http</c> meter: error answers by venue, code, kind and endpoint; retries; reconciliations;
/// waits for limits; bans and how long they last; clock resyncs and the measured offset; the used request weight;
/// and the same rejection repeated for the same request (the limit store and the order journal add their own
/// instruments to the same meter). One instance per <see cref="BinanceLimitRegistry"/>, made with the container's
/// <see cref="IMeterFactory"/> so hosts and tests do not see each other's measurements. Instruments, units and tags
/// follow the OpenTelemetry semantic conventions (<see cref="BinanceTelemetryTags"/>); OpenTelemetry exports them
/// with <c>AddBinanceErrorsInstrumentation()</c> (package BinanceErrors.OpenTelemetry) or
/// <c>AddMeter(BinanceHttpMetrics.MeterName)</c>. No tag ever carries a key, a signature or a query string.
/// </summary>
public sealed class BinanceHttpMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "BinanceErrors.Http";

    /// <summary>How long a rejection is remembered to tell whether the same request is rejected again.</summary>
    public static readonly TimeSpan RepeatedRejectionWindow = TimeSpan.FromMinutes(10);

    // Bucket boundaries for waits, in seconds: a few milliseconds (a window rolling over) to minutes (a ban).
    private static readonly double[] WaitBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _reconciliations;
    private readonly Histogram<double> _throttleWait;
    private readonly Counter<long> _bans;
    private readonly Gauge<double> _banUntil;
    private readonly Counter<long> _clockResyncs;
    private readonly Gauge<double> _clockOffset;
    private readonly Counter<long> _repeatedRejections;
    private readonly Counter<long> _recovered;
    private readonly RepeatedRejections _repeats = new(RepeatedRejectionWindow);

    // One box per venue and window, written on every response: a lock-free look-up and a write, not a dictionary update.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(BinanceVenue Venue, string Window), StrongBox<long>> _usedWeight = new();

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own.</summary>
    /// <param name="meterFactory">The container's meter factory; <see langword="null"/> for a meter this instance owns and disposes.</param>
    public BinanceHttpMetrics(IMeterFactory? meterFactory = null)
    {
        var version = typeof(BinanceHttpMetrics).Assembly.GetName().Version?.ToString();
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName, version) ?? new Meter(MeterName, version);
        _errors = _meter.CreateCounter<long>("binance.client.errors", "{error}", "Error answers from the exchange, by venue, code, kind, advised action, status and endpoint.");
        _retries = _meter.CreateCounter<long>("binance.client.retries", "{retry}", "Requests sent again, by reason.");
        _reconciliations = _meter.CreateCounter<long>("binance.client.reconciliations", "{reconciliation}", "Unknown outcomes settled by looking the order up, by result (unknown: still not settled when the call gave up).");
        _throttleWait = _meter.CreateHistogram("binance.client.throttle.wait_time", "s", "Time spent waiting for a limit window or a 429 halt before sending.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });
        _bans = _meter.CreateCounter<long>("binance.client.bans", "{ban}", "HTTP 418 IP bans received.");
        _banUntil = _meter.CreateGauge<double>("binance.client.ban.until", "s", "When the last IP ban received ends, in seconds since the Unix epoch (the IP is banned now while it is in the future).");
        _clockResyncs = _meter.CreateCounter<long>("binance.client.clock.resyncs", "{resync}", "Server clock offset measurements (after -1021 and periodically).");
        _clockOffset = _meter.CreateGauge<double>("binance.client.clock.offset", "s", "The last measured server clock minus the local clock.");
        _repeatedRejections = _meter.CreateCounter<long>("binance.client.rejections.repeated", "{rejection}", "Rejections of a request the exchange had already rejected with the same code in the last 10 minutes (same venue, endpoint and parameters, ignoring timestamp, signature, recvWindow and newClientOrderId).");
        _recovered = _meter.CreateCounter<long>("binance.client.recovered_orders", "{order}", "Journaled order intents settled by recovery (at start-up or by the sweep), by status: placed, not_placed, or unknown (still open).");
        _meter.CreateObservableGauge("binance.client.request_weight.used", ObserveWeight, "{weight}", "Request weight used in the current window, per venue and window, as last reported by the exchange.");
    }

    /// <summary>The meter the instruments live on (tests filter on it).</summary>
    public Meter Meter => _meter;

    /// <summary>Raised after an error answer is counted (the in-process alert hook listens here).</summary>
    internal event Action<BinanceError>? ErrorCounted;

    /// <summary>Counts an error answer, and a repeated rejection when the same request was rejected with the same code within the window.</summary>
    internal void Error(BinanceError error, string method, string path, string parameters, TimeProvider time)
    {
        var template = BinanceEndpoints.TryFind(method, path, out _) ? path : "_OTHER";
        var tags = new TagList
        {
            { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(error.Venue) },
            { BinanceTelemetryTags.ErrorKind, BinanceTelemetryTags.KindValue(error.Kind) },
            { BinanceTelemetryTags.RecoveryAction, BinanceTelemetryTags.ActionValue(error.Advice.Action) },
            { BinanceTelemetryTags.ErrorType, BinanceTelemetryTags.ErrorTypeValue(error) },
            { BinanceTelemetryTags.HttpMethod, method },
            { BinanceTelemetryTags.UrlTemplate, template },
        };
        if (error.Code is { } code)
        {
            tags.Add(BinanceTelemetryTags.ErrorCode, code);
        }

        if (error.HttpStatus is { } status)
        {
            tags.Add(BinanceTelemetryTags.HttpStatusCode, status);
        }

        _errors.Add(1, tags);
        if (IsRejection(error) && _repeats.Seen(RepeatedRejections.Key(error, method, path, parameters), time.GetUtcNow().ToUnixTimeMilliseconds()))
        {
            _repeatedRejections.Add(1, new TagList
            {
                { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(error.Venue) },
                { BinanceTelemetryTags.ErrorCode, error.Code },
                { BinanceTelemetryTags.ErrorType, BinanceTelemetryTags.ErrorTypeValue(error) },
                { BinanceTelemetryTags.HttpMethod, method },
                { BinanceTelemetryTags.UrlTemplate, template },
            });
        }

        ErrorCounted?.Invoke(error);
    }

    /// <summary>Counts a retry; <paramref name="reason"/> is the error kind (snake_case) or the exception's type name.</summary>
    internal void Retry(BinanceVenue venue, string reason) =>
        _retries.Add(1, new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) }, { BinanceTelemetryTags.Reason, reason } });

    /// <summary>The retry reason of an error, or of a request that got no answer.</summary>
    internal static string RetryReason(BinanceError? error, Exception? exception) =>
        error is not null ? BinanceTelemetryTags.KindValue(error.Kind) : exception?.GetType().Name ?? "unknown";

    /// <summary>Counts how an unknown outcome was settled (<see cref="BinanceTelemetryTags.ReconciliationResult"/>).</summary>
    internal void Reconciliation(BinanceVenue venue, string result) =>
        _reconciliations.Add(1, new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) }, { BinanceTelemetryTags.ReconciliationResult, result } });

    /// <summary>Records a wait for a limit window or a halt.</summary>
    internal void ThrottleWait(BinanceVenue venue, long waitMs, string? reason) =>
        _throttleWait.Record(waitMs / 1000d, new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) }, { BinanceTelemetryTags.Reason, reason is null ? "limit" : reason.ToLowerInvariant().Replace(' ', '_') } });

    /// <summary>Counts a 418 and records when the ban ends.</summary>
    internal void Banned(BinanceVenue venue, DateTimeOffset until)
    {
        var tags = new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) } };
        _bans.Add(1, tags);
        _banUntil.Record(until.ToUnixTimeMilliseconds() / 1000d, tags);
    }

    /// <summary>Counts a clock measurement and records the offset.</summary>
    internal void ClockResynced(BinanceVenue venue, long offsetMs)
    {
        var tags = new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) } };
        _clockResyncs.Add(1, tags);
        _clockOffset.Record(offsetMs / 1000d, tags);
    }

    /// <summary>Counts an intent settled by recovery.</summary>
    internal void Recovered(BinanceVenue venue, BinanceRecoveryStatus status) =>
        _recovered.Add(1, new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) }, { "binance.recovery.status", status switch { BinanceRecoveryStatus.Placed => "placed", BinanceRecoveryStatus.NotPlaced => "not_placed", _ => "unknown" } } });

    internal void UsedWeight(BinanceVenue venue, string window, long used)
    {
        if (!_usedWeight.TryGetValue((venue, window), out var box))
        {
            box = _usedWeight.GetOrAdd((venue, window), static _ => new StrongBox<long>());
        }

        Volatile.Write(ref box.Value, used);
    }

    private static bool IsRejection(BinanceError error) =>
        error is { HttpStatus: >= 400 and < 500 and not 418 and not 429, Code: not null } && error.Kind is not (BinanceErrorKind.ClockSkew or BinanceErrorKind.RateLimited or BinanceErrorKind.IpBanned);

    private IEnumerable<Measurement<long>> ObserveWeight()
    {
        foreach (var ((venue, window), used) in _usedWeight)
        {
            yield return new Measurement<long>(
                Volatile.Read(ref used.Value),
                new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(venue) }, { BinanceTelemetryTags.RateLimitWindow, window.ToLowerInvariant() } });
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
