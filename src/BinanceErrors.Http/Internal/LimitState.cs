using System.Globalization;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// What one process knows about a venue's limits for one host and key: used weight and order counts per window
/// (estimated before sending, corrected from response headers), and the halt after a 429 or a ban.
/// Shared by every client for the same venue, host and key.
/// </summary>
internal sealed class LimitState
{
    private readonly object _gate = new();
    private readonly Window[] _weight;
    private readonly Window[] _orders;

    public LimitState(BinanceVenue venue, IEnumerable<BinanceRateLimitRule> weight, IEnumerable<BinanceRateLimitRule> orders)
    {
        Venue = venue;
        _weight = [.. weight.Select(r => new Window(r, "X-MBX-USED-WEIGHT-" + r.HeaderSuffix))];
        _orders = [.. orders.Select(r => new Window(r, "X-MBX-ORDER-COUNT-" + r.HeaderSuffix))];
    }

    public BinanceVenue Venue { get; }

    public long HaltedUntilMs { get; private set; }

    public long BannedUntilMs { get; private set; }

    private sealed class Window(BinanceRateLimitRule rule, string headerName)
    {
        public BinanceRateLimitRule Rule { get; } = rule;

        public string HeaderName { get; } = headerName;

        public long Start { get; set; }

        public long Used { get; set; }

        public long WindowMs => (long)Rule.Window.TotalMilliseconds;

        public long Roll(long now)
        {
            var start = now / WindowMs * WindowMs;
            if (start != Start)
            {
                Start = start;
                Used = 0;
            }

            return Start + WindowMs;
        }
    }

    /// <summary>The decision for a request: go, wait until an instant, or refuse (banned).</summary>
    public readonly record struct Decision(bool Banned, long WaitUntilMs, string? Reason);

    /// <summary>Reserves weight and <paramref name="orders"/> in each order-count window if the windows allow it now; otherwise says until when to wait.</summary>
    public Decision TryAcquire(int weight, OrderCountCost orders, long now, decimal headroom)
    {
        lock (_gate)
        {
            if (BannedUntilMs > now)
            {
                return new Decision(true, BannedUntilMs, "banned");
            }

            if (HaltedUntilMs > now)
            {
                return new Decision(false, HaltedUntilMs, "429 halt");
            }

            foreach (var window in _weight)
            {
                var end = window.Roll(now);
                if (window.Used + weight > Allowed(window.Rule.Limit, headroom))
                {
                    return new Decision(false, end, $"request weight {window.Rule.HeaderSuffix}");
                }
            }

            if (!orders.IsNone)
            {
                foreach (var window in _orders)
                {
                    var end = window.Roll(now);
                    if (window.Used + orders.For(window.Rule.Window) > Allowed(window.Rule.Limit, headroom))
                    {
                        return new Decision(false, end, $"order count {window.Rule.HeaderSuffix}");
                    }
                }
            }

            foreach (var window in _weight)
            {
                window.Used += weight;
            }

            foreach (var window in _orders)
            {
                window.Used += orders.For(window.Rule.Window);
            }

            return default;
        }
    }

    private static long Allowed(int limit, decimal headroom) => Math.Max(1, (long)decimal.Floor(limit * (1 - headroom)));

    /// <summary>Takes the exchange's own counts from <c>X-MBX-USED-WEIGHT-*</c> and <c>X-MBX-ORDER-COUNT-*</c>, reading only those headers.</summary>
    public void Observe(System.Net.Http.Headers.HttpResponseHeaders headers, long now)
    {
        lock (_gate)
        {
            Read(headers, _weight, now);
            Read(headers, _orders, now);
        }
    }

    private static void Read(System.Net.Http.Headers.HttpResponseHeaders headers, Window[] windows, long now)
    {
        foreach (var window in windows)
        {
            if (headers.NonValidated.TryGetValues(window.HeaderName, out var values)
                && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                window.Roll(now);
                window.Used = count;
            }
        }
    }

    public void Halt(long untilMs)
    {
        lock (_gate)
        {
            HaltedUntilMs = Math.Max(HaltedUntilMs, untilMs);
        }
    }

    public void Ban(long untilMs)
    {
        lock (_gate)
        {
            BannedUntilMs = Math.Max(BannedUntilMs, untilMs);
            HaltedUntilMs = Math.Max(HaltedUntilMs, untilMs);
        }
    }

    public IReadOnlyList<(string Window, long Used)> UsedWeight()
    {
        lock (_gate)
        {
            return [.. _weight.Select(w => (w.Rule.HeaderSuffix, w.Used))];
        }
    }
}
