using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace BinanceErrors.Http;

/// <summary>
/// The default <see cref="IBinanceLimitStore"/>: limit state in this process, shared by every client that uses the
/// same <see cref="BinanceLimitRegistry"/>. Each IP scope has its own lock; nothing waits on I/O.
/// </summary>
public sealed class InMemoryBinanceLimitStore : IBinanceLimitStore
{
    private readonly ConcurrentDictionary<BinanceLimitScope, ScopeState> _scopes = new();

    /// <summary>Counters and halts of one IP scope; order windows are keyed by account inside it.</summary>
    private sealed class ScopeState
    {
        public object Gate { get; } = new();

        // The account is null for IP windows (weight, raw requests), so their keys hash no string.
        public Dictionary<(BinanceLimitKind Kind, long WindowMs, string? Account), (long Start, long Used)> Counters { get; } = [];

        public long HaltedUntilMs { get; set; }

        public long BannedUntilMs { get; set; }
    }

    /// <inheritdoc />
    public ValueTask<BinanceLimitDecision> TryReserveAsync(BinanceLimitReservation reservation, CancellationToken cancellationToken) =>
        new(TryReserve(reservation));

    /// <summary>The synchronous form of <see cref="TryReserveAsync"/>.</summary>
    /// <param name="reservation">What the request needs.</param>
    /// <returns>Go, wait, or banned.</returns>
    public BinanceLimitDecision TryReserve(BinanceLimitReservation reservation)
    {
        var state = _scopes.GetOrAdd(reservation.Scope, static _ => new ScopeState());
        var now = reservation.NowMs;
        lock (state.Gate)
        {
            if (state.BannedUntilMs > now)
            {
                return new BinanceLimitDecision(true, state.BannedUntilMs, "banned");
            }

            if (state.HaltedUntilMs > now)
            {
                return new BinanceLimitDecision(false, state.HaltedUntilMs, "429 halt");
            }

            // The limit handler passes an array: read as a span, without interface calls (another list is copied once).
            ReadOnlySpan<BinanceLimitWindow> windows = reservation.Windows is BinanceLimitWindow[] array ? array : [.. reservation.Windows];
            foreach (var window in windows)
            {
                var amount = reservation.AmountFor(window);
                if (amount > 0 && Used(state, window, reservation.Account, now) + amount > window.Allowed)
                {
                    return new BinanceLimitDecision(false, window.EndOf(now), window.Reason);
                }
            }

            foreach (var window in windows)
            {
                var amount = reservation.AmountFor(window);
                if (amount > 0)
                {
                    // One look-up that reads and writes the counter (a window listed twice counts twice, as it always has).
                    ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(state.Counters, Key(window.Kind, window.WindowMs, reservation.Account), out var exists);
                    var start = window.StartOf(now);
                    counter = (start, (exists && counter.Start == start ? counter.Used : 0) + amount);
                }
            }

            return BinanceLimitDecision.Go;
        }
    }

    /// <inheritdoc />
    public ValueTask ObserveAsync(BinanceLimitScope scope, string? account, long nowMs, IReadOnlyList<BinanceLimitUsage> usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        Observe(scope, account, nowMs, usage);
        return ValueTask.CompletedTask;
    }

    /// <summary>The synchronous form of <see cref="ObserveAsync"/>.</summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="account">The account id for order counts.</param>
    /// <param name="nowMs">The server instant.</param>
    /// <param name="usage">The exchange's counts.</param>
    public void Observe(BinanceLimitScope scope, string? account, long nowMs, IReadOnlyList<BinanceLimitUsage> usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.Count == 0)
        {
            return;
        }

        var state = _scopes.GetOrAdd(scope, static _ => new ScopeState());
        lock (state.Gate)
        {
            for (var i = 0; i < usage.Count; i++)
            {
                Observe(state, account, nowMs, usage[i]);
            }
        }
    }

    /// <summary><see cref="Observe(BinanceLimitScope, string?, long, IReadOnlyList{BinanceLimitUsage})"/> over counts the limit handler read onto the stack.</summary>
    internal void Observe(BinanceLimitScope scope, string? account, long nowMs, ReadOnlySpan<BinanceLimitUsage> usage)
    {
        if (usage.IsEmpty)
        {
            return;
        }

        var state = _scopes.GetOrAdd(scope, static _ => new ScopeState());
        lock (state.Gate)
        {
            foreach (var count in usage)
            {
                Observe(state, account, nowMs, count);
            }
        }
    }

    private static void Observe(ScopeState state, string? account, long nowMs, BinanceLimitUsage count)
    {
        if (count.Kind == BinanceLimitKind.Orders && account is null)
        {
            return;
        }

        // A higher count is traffic this store did not see (another process, a reset estimate): it wins. A lower one is
        // usually our own reservations still in flight, so it does not free their slots.
        var window = new BinanceLimitWindow(count.Kind, count.WindowMs, long.MaxValue);
        var used = Used(state, window, account, nowMs);
        if (count.Used > used)
        {
            state.Counters[Key(count.Kind, count.WindowMs, account)] = (window.StartOf(nowMs), count.Used);
        }
    }

    /// <inheritdoc />
    public ValueTask GiveBackAsync(BinanceLimitScope scope, long reservedAtMs, int weight, long nowMs, CancellationToken cancellationToken)
    {
        if (weight <= 0 || !_scopes.TryGetValue(scope, out var state))
        {
            return ValueTask.CompletedTask;
        }

        lock (state.Gate)
        {
            foreach (var key in state.Counters.Keys.ToArray())
            {
                if (key.Kind != BinanceLimitKind.RequestWeight)
                {
                    continue;
                }

                var (start, used) = state.Counters[key];
                var window = new BinanceLimitWindow(key.Kind, key.WindowMs, long.MaxValue);
                if (start == window.StartOf(reservedAtMs) && start == window.StartOf(nowMs))
                {
                    state.Counters[key] = (start, Math.Max(0, used - weight));
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask HaltAsync(BinanceLimitScope scope, long untilMs, bool banned, long nowMs, CancellationToken cancellationToken)
    {
        Halt(scope, untilMs, banned);
        return ValueTask.CompletedTask;
    }

    /// <summary>The synchronous form of <see cref="HaltAsync"/>.</summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="untilMs">The server instant it ends.</param>
    /// <param name="banned">Whether it is a ban.</param>
    public void Halt(BinanceLimitScope scope, long untilMs, bool banned)
    {
        var state = _scopes.GetOrAdd(scope, static _ => new ScopeState());
        lock (state.Gate)
        {
            state.HaltedUntilMs = Math.Max(state.HaltedUntilMs, untilMs);
            if (banned)
            {
                state.BannedUntilMs = Math.Max(state.BannedUntilMs, untilMs);
            }
        }
    }

    /// <summary>The count of a window as this store knows it now (0 in a new window).</summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="window">The window.</param>
    /// <param name="account">The account for order windows.</param>
    /// <param name="nowMs">The server instant.</param>
    /// <returns>The used amount.</returns>
    public long UsedIn(BinanceLimitScope scope, BinanceLimitWindow window, string? account, long nowMs)
    {
        if (!_scopes.TryGetValue(scope, out var state))
        {
            return 0;
        }

        lock (state.Gate)
        {
            return Used(state, window, account, nowMs);
        }
    }

    private static (BinanceLimitKind, long, string?) Key(BinanceLimitKind kind, long windowMs, string? account) =>
        (kind, windowMs, kind == BinanceLimitKind.Orders ? account ?? string.Empty : null);

    private static long Used(ScopeState state, BinanceLimitWindow window, string? account, long now) =>
        state.Counters.TryGetValue(Key(window.Kind, window.WindowMs, account), out var counter) && counter.Start == window.StartOf(now) ? counter.Used : 0;
}
