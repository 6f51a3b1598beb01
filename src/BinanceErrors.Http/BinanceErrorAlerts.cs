using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// The in-process alert hook, for apps without Prometheus: it counts every error answer the registry's clients
/// receive (the same ones <c>binance.client.errors</c> counts) against thresholds per code or kind over a sliding
/// window on the <see cref="TimeProvider"/>, and when a count goes above its threshold raises <see cref="Raised"/>
/// and logs a structured warning. It fires once when the count passes the threshold and again only after the count
/// has fallen back to the threshold or below. Register it with <c>services.AddBinanceErrorAlerts(…)</c>, or create
/// one over a <see cref="BinanceLimitRegistry"/>; dispose it to stop listening.
/// </summary>
public sealed partial class BinanceErrorAlerts : IDisposable
{
    private readonly BinanceLimitRegistry _registry;
    private readonly BinanceErrorAlertThreshold[] _thresholds;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();

    // Per (threshold, venue, code or kind): the times of the last Count + 1 matching errors, oldest first, and
    // whether the alert is raised (until the count falls back).
    private readonly Dictionary<(int Threshold, BinanceVenue Venue, int? Code), Window> _windows = [];

    /// <summary>Starts listening to the registry's errors.</summary>
    /// <param name="registry">The registry whose clients' errors are counted.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="time">The clock the windows slide on; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">Where an alert is logged as a warning.</param>
    public BinanceErrorAlerts(BinanceLimitRegistry registry, BinanceErrorAlertOptions options, TimeProvider? time = null, ILogger<BinanceErrorAlerts>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _thresholds = [.. options.Thresholds];
        for (var i = 0; i < _thresholds.Length; i++)
        {
            var threshold = _thresholds[i] ?? throw new ArgumentException($"Threshold {i} is null.", nameof(options));
            if (threshold.Count < 0 || threshold.Window <= TimeSpan.Zero || threshold.Count > 100_000)
            {
                throw new ArgumentException($"Threshold {i} ({Describe(threshold)}): Count must be from 0 to 100000 and Window more than zero; they are {threshold.Count} and {threshold.Window}.", nameof(options));
            }
        }

        _registry = registry;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        registry.Metrics.ErrorCounted += OnError;
    }

    /// <summary>Raised (on the thread that received the error) when a threshold is passed.</summary>
    public event EventHandler<BinanceErrorAlertEventArgs>? Raised;

    /// <summary>The thresholds, as configured.</summary>
    public IReadOnlyList<BinanceErrorAlertThreshold> Thresholds => _thresholds;

    /// <summary>Stops listening.</summary>
    public void Dispose() => _registry.Metrics.ErrorCounted -= OnError;

    private void OnError(BinanceError error)
    {
        var now = _time.GetUtcNow();
        List<BinanceErrorAlertEventArgs>? raised = null;
        lock (_gate)
        {
            for (var i = 0; i < _thresholds.Length; i++)
            {
                var threshold = _thresholds[i];
                if (!threshold.Matches(error))
                {
                    continue;
                }

                // A kind threshold counts its codes together; any other counts each code apart.
                var key = (i, error.Venue, threshold.Kind is null ? error.Code : null);
                if (!_windows.TryGetValue(key, out var window))
                {
                    _windows[key] = window = new Window();
                }

                if (window.Add(now, threshold) is { } count)
                {
                    (raised ??= []).Add(new BinanceErrorAlertEventArgs(threshold, count, error, now));
                }
            }
        }

        if (raised is null)
        {
            return;
        }

        foreach (var alert in raised)
        {
            LogAlert(_logger, BinanceVenueNames.Of(alert.LastError.Venue), What(alert), alert.Count, alert.Threshold.Window.TotalSeconds, alert.Threshold.Count, alert.LastError.Code?.ToString(CultureInfo.InvariantCulture) ?? "none", alert.LastError.Kind);
            Raised?.Invoke(this, alert);
        }
    }

    private static string What(BinanceErrorAlertEventArgs alert) => alert.Threshold.Kind is { } kind
        ? "kind " + kind
        : "code " + (alert.LastError.Code?.ToString(CultureInfo.InvariantCulture) ?? "none");

    private static string Describe(BinanceErrorAlertThreshold threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"code {threshold.Code?.ToString(CultureInfo.InvariantCulture) ?? "any"}, kind {threshold.Kind?.ToString() ?? "any"}");

    [LoggerMessage(40, LogLevel.Warning, "Binance {Venue} error alert: {What} {Count} times within {WindowSeconds} s, above the threshold {Threshold} (last: code {Code}, {Kind})")]
    private static partial void LogAlert(ILogger logger, string venue, string what, int count, double windowSeconds, int threshold, string code, BinanceErrorKind kind);

    /// <summary>The recent errors of one counted key, at most Count + 1 of them.</summary>
    private sealed class Window
    {
        private readonly Queue<DateTimeOffset> _times = new();
        private bool _raised;

        /// <summary>Adds an error at <paramref name="now"/>; the count when this passes the threshold, else null.</summary>
        public int? Add(DateTimeOffset now, BinanceErrorAlertThreshold threshold)
        {
            while (_times.Count > 0 && now - _times.Peek() >= threshold.Window)
            {
                _times.Dequeue();
            }

            if (_times.Count <= threshold.Count)
            {
                // Back at or below the threshold (before this error): the next pass raises again.
                _raised = false;
            }

            _times.Enqueue(now);
            if (_times.Count > threshold.Count + 1)
            {
                _times.Dequeue();
            }

            if (_times.Count > threshold.Count && !_raised)
            {
                _raised = true;
                return _times.Count;
            }

            return null;
        }
    }
}
