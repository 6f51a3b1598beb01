namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// Fixed windows aligned to the UTC clock, as the exchange counts: request weight and raw requests per IP, unfilled
/// orders per account, and the 429 → 418 escalation for IPs that keep sending while limited.
/// </summary>
internal sealed class LimitTracker
{
    private readonly object _gate = new();
    private readonly BinanceRateLimit[] _weight;
    private readonly BinanceRateLimit[] _raw;
    private readonly BinanceRateLimit[] _orders;
    private readonly int _violationsBeforeBan;
    private readonly IReadOnlyList<TimeSpan> _banDurations;
    private readonly Dictionary<(string Key, int Limit), (long WindowStart, long Used)> _counters = [];
    private readonly Dictionary<string, IpState> _ips = new(StringComparer.Ordinal);

    public LimitTracker(IReadOnlyList<BinanceRateLimit> limits, int violationsBeforeBan, IReadOnlyList<TimeSpan> banDurations)
    {
        _weight = [.. limits.Where(l => l.Type == BinanceRateLimitType.RequestWeight)];
        _raw = [.. limits.Where(l => l.Type == BinanceRateLimitType.RawRequests)];
        _orders = [.. limits.Where(l => l.Type == BinanceRateLimitType.Orders)];
        _violationsBeforeBan = Math.Max(1, violationsBeforeBan);
        _banDurations = banDurations.Count > 0 ? banDurations : [TimeSpan.FromMinutes(2)];
    }

    public IReadOnlyList<BinanceRateLimit> OrderLimits => _orders;

    private sealed class IpState
    {
        public long LimitedUntil;
        public int Violations;
        public int Bans;
        public long BannedUntil;
    }

    /// <summary>The outcome of admitting one request.</summary>
    public readonly record struct Admission(bool Banned, bool Limited, long UntilMs, BinanceRateLimit? Broken);

    /// <summary>Counts a request's weight for an IP, enforcing bans and escalation first.</summary>
    public Admission Admit(string ip, int weight, long now)
    {
        lock (_gate)
        {
            var state = State(ip);
            if (state.BannedUntil > now)
            {
                return new Admission(true, false, state.BannedUntil, null);
            }

            if (state.LimitedUntil > now)
            {
                if (++state.Violations >= _violationsBeforeBan)
                {
                    return Ban(state, now);
                }

                return new Admission(false, true, state.LimitedUntil, _weight.FirstOrDefault());
            }

            state.Violations = 0;
            foreach (var limit in _raw)
            {
                if (Add(ip, limit, 1, now) > limit.Limit)
                {
                    state.LimitedUntil = WindowEnd(limit, now);
                    return new Admission(false, true, state.LimitedUntil, limit);
                }
            }

            foreach (var limit in _weight)
            {
                if (Add(ip, limit, weight, now) > limit.Limit)
                {
                    state.LimitedUntil = WindowEnd(limit, now);
                    return new Admission(false, true, state.LimitedUntil, limit);
                }
            }

            return default;
        }
    }

    /// <summary>
    /// Gives an admitted request's weight back (a successful Spot order method costs none since 2026-04-02), in the
    /// windows it was counted in; a window that has ended since is not touched.
    /// </summary>
    public void Refund(string ip, int weight, long admittedAt, long now)
    {
        lock (_gate)
        {
            foreach (var limit in _weight)
            {
                var window = (long)limit.Window.TotalMilliseconds;
                var id = (ip, Index(limit));
                if (admittedAt / window == now / window && _counters.TryGetValue(id, out var counter) && counter.WindowStart == now / window * window)
                {
                    _counters[id] = (counter.WindowStart, Math.Max(0, counter.Used - weight));
                }
            }
        }
    }

    /// <summary>When the IP's ban ends, or <see langword="null"/> when it is not banned (nothing is counted).</summary>
    public long? BannedUntil(string ip, long now)
    {
        lock (_gate)
        {
            return _ips.TryGetValue(ip, out var state) && state.BannedUntil > now ? state.BannedUntil : null;
        }
    }

    /// <summary>Bans an IP now (fault injection), escalating like an earned ban unless a length is given.</summary>
    public long BanNow(string ip, long now, TimeSpan? length = null)
    {
        lock (_gate)
        {
            var state = State(ip);
            return length is { } l ? state.BannedUntil = now + (long)l.TotalMilliseconds : Ban(state, now).UntilMs;
        }
    }

    private Admission Ban(IpState state, long now)
    {
        var length = _banDurations[Math.Min(state.Bans, _banDurations.Count - 1)];
        state.Bans++;
        state.Violations = 0;
        state.BannedUntil = now + (long)length.TotalMilliseconds;
        state.LimitedUntil = 0;
        return new Admission(true, false, state.BannedUntil, null);
    }

    /// <summary>The IP's used weight per REQUEST_WEIGHT limiter (REST's X-MBX-USED-WEIGHT-* headers, WebSocket <c>rateLimits</c>).</summary>
    public IEnumerable<(BinanceRateLimit Limit, long Used)> UsedWeight(string ip, long now)
    {
        lock (_gate)
        {
            return [.. _weight.Select(l => (l, Current(ip, l, now)))];
        }
    }

    /// <summary>Checks an account's unfilled-order windows before a placement; returns the broken limit, if any.</summary>
    public BinanceRateLimit? WouldBreakOrders(string account, long now)
    {
        lock (_gate)
        {
            // When the longest window is full, shorter ones are not counted (as the exchange does since 2025-04-07).
            return _orders.OrderByDescending(l => l.Window).FirstOrDefault(l => Current(account, l, now) + 1 > l.Limit);
        }
    }

    public void CountOrder(string account, long now, int delta = 1)
    {
        lock (_gate)
        {
            foreach (var limit in _orders)
            {
                var value = Add(account, limit, delta, now);
                if (value < 0)
                {
                    _counters[(account, Index(limit))] = (_counters[(account, Index(limit))].WindowStart, 0);
                }
            }
        }
    }

    public IEnumerable<(BinanceRateLimit Limit, long Count)> OrderCounts(string account, long now)
    {
        lock (_gate)
        {
            return [.. _orders.Select(l => (l, Current(account, l, now)))];
        }
    }

    public static long WindowEnd(BinanceRateLimit limit, long now)
    {
        var window = (long)limit.Window.TotalMilliseconds;
        return ((now / window) + 1) * window;
    }

    private IpState State(string ip)
    {
        if (!_ips.TryGetValue(ip, out var state))
        {
            state = new IpState();
            _ips[ip] = state;
        }

        return state;
    }

    private int Index(BinanceRateLimit limit) => Array.IndexOf(_weight, limit) is var w and >= 0 ? w
        : Array.IndexOf(_raw, limit) is var r and >= 0 ? 100 + r
        : 200 + Array.IndexOf(_orders, limit);

    private long Current(string key, BinanceRateLimit limit, long now)
    {
        var window = (long)limit.Window.TotalMilliseconds;
        var start = now / window * window;
        return _counters.TryGetValue((key, Index(limit)), out var counter) && counter.WindowStart == start ? counter.Used : 0;
    }

    private long Add(string key, BinanceRateLimit limit, long amount, long now)
    {
        var window = (long)limit.Window.TotalMilliseconds;
        var start = now / window * window;
        var id = (key, Index(limit));
        var used = _counters.TryGetValue(id, out var counter) && counter.WindowStart == start ? counter.Used : 0;
        used += amount;
        _counters[id] = (start, used);
        return used;
    }
}
