using System.Globalization;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// The limits step of the per-call core, keyed as the exchange keys its limits (<see cref="LimitPool"/>): request weight,
/// raw requests, 429 halts and 418 bans per venue and egress IP group (so a ban seen by one key stops every key and every
/// key-less client on that IP; USDⓈ-M and COIN-M are one pool), order counts per account. Before the send it reserves the request's weight (and order slots) in the
/// registry's <see cref="IBinanceLimitStore"/>, waiting for the window when it would cross a limit (or failing fast, by
/// option); after the answer it takes the exchange's counts, halts the IP group after a 429 until Retry-After, and after
/// a 418 makes every request fail fast until the ban ends. Transport-agnostic: the counts come from HTTP headers or
/// WebSocket <c>rateLimits</c> alike.
/// </summary>
internal sealed class LimitGate
{
    private readonly BinanceClientOptions _options;
    private readonly BinanceLimitRegistry _registry;
    private readonly ILogger _logger;
    private readonly string? _account;
    private readonly Func<CallState, Task<IReadOnlyList<VenueLimit>?>> _learn;

    // The windows last built and the learnt limits they were built from: rebuilt only when those change.
    private CachedWindows? _windows;

    /// <summary>Creates the step.</summary>
    /// <param name="options">The client options (limits, waiting policy, clock).</param>
    /// <param name="registry">Where limit state lives.</param>
    /// <param name="logger">Where throttling, halts and bans are logged.</param>
    /// <param name="learn">Fetches the venue's limits from the host of a request (exchangeInfo), or <see langword="null"/> when it cannot.</param>
    public LimitGate(BinanceClientOptions options, BinanceLimitRegistry registry, ILogger logger, Func<CallState, Task<IReadOnlyList<VenueLimit>?>> learn)
    {
        _options = options;
        _registry = registry;
        _logger = logger;
        _learn = learn;
        _account = AccountId(options.Credentials?.ApiKey);
    }

    private sealed record CachedWindows(IReadOnlyList<VenueLimit> From, BinanceLimitWindow[] Windows);

    /// <summary>A stable id for an API key that reveals nothing about it (the first 16 hex digits of its SHA-256).</summary>
    /// <param name="apiKey">The key, or <see langword="null"/> for a key-less client.</param>
    /// <returns>The id.</returns>
    public static string? AccountId(string? apiKey) => apiKey is null
        ? null
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(apiKey)))[..16];

    /// <summary>
    /// Reserves the request's weight and order slots (waiting for a window when allowed) and records when it left
    /// (<see cref="CallState.SentAtMs"/>). Completes synchronously unless it waits or the limits are being learnt.
    /// </summary>
    /// <param name="state">The request.</param>
    /// <param name="cancellationToken">Cancels a wait.</param>
    /// <returns>A task that completes when the request may go.</returns>
    /// <exception cref="BinanceRateLimitException">Banned, or over a limit with no time to wait.</exception>
    public ValueTask AcquireAsync(CallState state, CancellationToken cancellationToken)
    {
        var scope = Scope(state);
        var clock = state.Clock(_registry, _options.Venue, _options.TimeProvider);
        var windows = WindowsAsync(state);
        if (!windows.IsCompletedSuccessfully)
        {
            return AcquireAsync(windows, scope, clock, state, cancellationToken);
        }

        // The local instant of the reservation that let the request go is when it left (one clock read for both).
        var sentAt = ReserveAsync(scope, clock, windows.Result, state, cancellationToken);
        if (!sentAt.IsCompletedSuccessfully)
        {
            return SentAtAsync(sentAt, state);
        }

        state.SentAtMs = sentAt.Result;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Takes the exchange's counts from an answer, and a halt or ban from a 429 or 418 (<paramref name="error"/>, the
    /// answer's classification). Completes synchronously for the in-process store and any other status.
    /// </summary>
    /// <param name="state">The request.</param>
    /// <param name="usage">The counts the answer carried.</param>
    /// <param name="more">The same counts as a list, when they did not fit on the stack (a shared store takes it as is).</param>
    /// <param name="error">The answer's classification; <see langword="null"/> for a success.</param>
    /// <param name="cancellationToken">Cancels writing to a shared store.</param>
    /// <returns>A task that completes when recorded.</returns>
    public ValueTask ObserveAsync(CallState state, ReadOnlySpan<BinanceLimitUsage> usage, List<BinanceLimitUsage>? more, BinanceError? error, CancellationToken cancellationToken)
    {
        var scope = Scope(state);
        var clock = state.Clock(_registry, _options.Venue, _options.TimeProvider);
        if (error is null && state.Endpoint.FreeOnSuccess && state.Weight > 0 && state.SentAtMs >= 0)
        {
            // A successful order method costs no weight: give back what was reserved for it, then take the exchange's
            // counts (which do not include it).
            var givenBack = _registry.Store.GiveBackAsync(scope, clock.ServerMs(state.SentAtMs), state.Weight, clock.NowMs, cancellationToken);
            if (!givenBack.IsCompletedSuccessfully || _registry.Store is not InMemoryBinanceLimitStore)
            {
                return RecordAfterAsync(givenBack, scope, clock, more ?? [.. usage], cancellationToken);
            }
        }

        var observed = RecordAsync(scope, clock, usage, more, cancellationToken);

        if (error is not { HttpStatus: 418 or 429 })
        {
            return observed;
        }

        return HaltAfterAsync(observed, scope, clock, error, cancellationToken);
    }

    private async ValueTask AcquireAsync(ValueTask<BinanceLimitWindow[]> windows, BinanceLimitScope scope, ServerClock clock, CallState state, CancellationToken cancellationToken) =>
        state.SentAtMs = await ReserveAsync(scope, clock, await windows.ConfigureAwait(false), state, cancellationToken).ConfigureAwait(false);

    private static async ValueTask SentAtAsync(ValueTask<long> sentAt, CallState state) =>
        state.SentAtMs = await sentAt.ConfigureAwait(false);

    private async ValueTask RecordAfterAsync(ValueTask givenBack, BinanceLimitScope scope, ServerClock clock, List<BinanceLimitUsage> usage, CancellationToken cancellationToken)
    {
        await givenBack.ConfigureAwait(false);
        await RecordAsync(scope, clock, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(usage), usage, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask HaltAfterAsync(ValueTask observed, BinanceLimitScope scope, ServerClock clock, BinanceError error, CancellationToken cancellationToken)
    {
        await observed.ConfigureAwait(false);
        await HaltAsync(scope, clock, error, cancellationToken).ConfigureAwait(false);
    }

    private BinanceLimitScope Scope(CallState state) => LimitPool.Scope(_options.Venue, _options.IpGroup, state.Authority);

    /// <summary>The windows of this client: the options' rules where set, otherwise what exchangeInfo says (or the documented defaults).</summary>
    private ValueTask<BinanceLimitWindow[]> WindowsAsync(CallState state)
    {
        if (_options.RequestWeightLimits.Count > 0 && _options.RawRequestLimits.Count > 0 && _options.OrderLimits.Count > 0)
        {
            return new ValueTask<BinanceLimitWindow[]>(Windows([]));
        }

        if (!_options.LearnLimitsFromExchange)
        {
            return new ValueTask<BinanceLimitWindow[]>(Windows(VenueLimits.Defaults(_options.Venue)));
        }

        var learnt = _registry.LimitsAsync(_options.Venue, state.Authority, _options.TimeProvider, static s => s.Learn(s.State), (Learn: _learn, State: state));

        // Learnt already on every request but the first few: no state machine.
        return learnt.IsCompletedSuccessfully ? new ValueTask<BinanceLimitWindow[]>(Windows(learnt.Result)) : WindowsAsync(learnt);
    }

    private async ValueTask<BinanceLimitWindow[]> WindowsAsync(ValueTask<IReadOnlyList<VenueLimit>> learnt) =>
        Windows(await learnt.ConfigureAwait(false));

    private BinanceLimitWindow[] Windows(IReadOnlyList<VenueLimit> venueLimits)
    {
        // The windows depend only on the options and the learnt limits: built once per change, not per request.
        if (_windows is { } cached && (ReferenceEquals(cached.From, venueLimits) || (venueLimits.Count == 0 && cached.From.Count == 0)))
        {
            return cached.Windows;
        }

        var windows = new List<BinanceLimitWindow>(6);
        Add(windows, BinanceLimitKind.RequestWeight, _options.RequestWeightLimits, venueLimits);
        Add(windows, BinanceLimitKind.RawRequests, _options.RawRequestLimits, venueLimits);
        Add(windows, BinanceLimitKind.Orders, _options.OrderLimits, venueLimits);
        BinanceLimitWindow[] built = [.. windows];
        _windows = new CachedWindows(venueLimits, built);
        return built;
    }

    private void Add(List<BinanceLimitWindow> windows, BinanceLimitKind kind, IList<BinanceRateLimit> rules, IReadOnlyList<VenueLimit> venueLimits)
    {
        if (rules.Count > 0)
        {
            foreach (var rule in rules)
            {
                windows.Add(new BinanceLimitWindow(kind, (long)rule.Window.TotalMilliseconds, Allowed(rule.Limit)));
            }

            return;
        }

        foreach (var limit in venueLimits)
        {
            if (limit.Kind == kind)
            {
                windows.Add(new BinanceLimitWindow(kind, limit.WindowMs, Allowed(limit.Limit)));
            }
        }
    }

    private long Allowed(long limit) => Math.Max(1, (long)decimal.Floor(limit * (1 - _options.LimitHeadroom)));

    /// <summary>
    /// Reserves the request's weight and order slots, waiting for the window when it may; returns the local instant (ms)
    /// of the reservation that let it go. A reservation granted at once (the usual case) runs no state machine.
    /// </summary>
    private ValueTask<long> ReserveAsync(BinanceLimitScope scope, ServerClock clock, BinanceLimitWindow[] windows, CallState state, CancellationToken cancellationToken)
    {
        var localMs = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var now = clock.ServerMs(localMs);
        var deadline = now + (long)_options.MaxLimitWait.TotalMilliseconds;
        var pending = _registry.Store.TryReserveAsync(Reservation(scope, windows, state, now), cancellationToken);
        if (!pending.IsCompletedSuccessfully)
        {
            return ReserveAsync(pending, now, deadline, scope, clock, windows, state, cancellationToken);
        }

        // A ValueTask is read once: the decision itself goes on when it says wait.
        var decision = pending.Result;
        return decision.CanSend
            ? new ValueTask<long>(localMs)
            : ReserveAsync(new ValueTask<BinanceLimitDecision>(decision), now, deadline, scope, clock, windows, state, cancellationToken);
    }

    private async ValueTask<long> ReserveAsync(ValueTask<BinanceLimitDecision> first, long firstNow, long deadline, BinanceLimitScope scope, ServerClock clock, BinanceLimitWindow[] windows, CallState state, CancellationToken cancellationToken)
    {
        var pending = first;
        var now = firstNow;
        while (true)
        {
            var decision = await pending.ConfigureAwait(false);
            if (decision.CanSend)
            {
                return _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            }

            var localNow = _options.TimeProvider.GetUtcNow();
            var until = localNow.AddMilliseconds(decision.UntilMs - now);
            if (decision.Banned)
            {
                throw new BinanceRateLimitException(LocalRefusal.Create(_options.Venue, banned: true, until, localNow));
            }

            var wait = decision.UntilMs - now;
            if (!_options.WaitForLimits || decision.UntilMs > deadline)
            {
                throw new BinanceRateLimitException(LocalRefusal.Create(_options.Venue, banned: false, until, localNow));
            }

            Log.Throttled(_logger, BinanceVenueNames.Of(_options.Venue), wait, decision.Reason ?? "limit", state.Facts.Operation, state.Facts.Address.AbsolutePath);
            _registry.Metrics.ThrottleWait(_options.Venue, wait, decision.Reason);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, wait)), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            now = clock.NowMs;
            pending = _registry.Store.TryReserveAsync(Reservation(scope, windows, state, now), cancellationToken);
        }
    }

    private BinanceLimitReservation Reservation(BinanceLimitScope scope, BinanceLimitWindow[] windows, CallState state, long now) =>
        new(scope, _account, state.Weight, state.Orders.ShortWindow, state.Orders.LongWindow, now, windows);

    /// <summary>Takes the exchange's counts: the used-weight gauge, then the store (the in-process one straight from the span).</summary>
    private ValueTask RecordAsync(BinanceLimitScope scope, ServerClock clock, ReadOnlySpan<BinanceLimitUsage> usage, List<BinanceLimitUsage>? more, CancellationToken cancellationToken)
    {
        if (usage.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        foreach (var used in usage)
        {
            if (used.Kind == BinanceLimitKind.RequestWeight)
            {
                _registry.Metrics.UsedWeight(_options.Venue, LimitWindowText.Suffix(used.WindowMs), used.Used);
            }
        }

        if (_registry.Store is InMemoryBinanceLimitStore memory)
        {
            memory.Observe(scope, _account, clock.NowMs, usage);
            return ValueTask.CompletedTask;
        }

        return _registry.Store.ObserveAsync(scope, _account, clock.NowMs, more ?? (IReadOnlyList<BinanceLimitUsage>)usage.ToArray(), cancellationToken);
    }

    private async ValueTask HaltAsync(BinanceLimitScope scope, ServerClock clock, BinanceError error, CancellationToken cancellationToken)
    {
        // Windows are kept in server time. Retry-After is relative, so it needs no clock; a ban end in the message is
        // already server time; without either, back off for a second.
        var now = clock.NowMs;
        var localNow = _options.TimeProvider.GetUtcNow();
        long untilServerMs;
        if (error.Advice.RetryAfter is { } retryAfter && (error.Kind != BinanceErrorKind.IpBanned || error.GetArgument("bannedUntil") is null))
        {
            untilServerMs = now + (long)retryAfter.TotalMilliseconds;
        }
        else if (error.GetArgument("bannedUntil") is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bannedUntilMs))
        {
            untilServerMs = bannedUntilMs;
        }
        else
        {
            untilServerMs = now + 1000;
        }

        var until = localNow.AddMilliseconds(untilServerMs - now);
        if (error.Kind == BinanceErrorKind.IpBanned)
        {
            await _registry.Store.HaltAsync(scope, untilServerMs, banned: true, now, cancellationToken).ConfigureAwait(false);
            _registry.Metrics.Banned(_options.Venue, until);
            Log.Banned(_logger, BinanceVenueNames.Of(_options.Venue), until);
        }
        else if (error.Code != BinanceErrorCodes.TooManyOrders)
        {
            // A weight or raw-request 429 is per IP: every client of the IP group stops. An order-count 429 only stops
            // orders (the window does it).
            await _registry.Store.HaltAsync(scope, untilServerMs, banned: false, now, cancellationToken).ConfigureAwait(false);
            Log.Halted(_logger, BinanceVenueNames.Of(_options.Venue), until);
        }
    }
}
