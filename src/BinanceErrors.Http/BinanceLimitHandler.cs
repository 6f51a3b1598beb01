using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// Keeps every client of a <see cref="BinanceLimitRegistry"/> under Binance's limits, keyed as the exchange keys them:
/// request weight, raw requests, 429 halts and 418 bans per venue and egress IP group (so a ban seen by one key
/// stops every key and every key-less client on that IP), order counts per account. It reserves each request's
/// weight (and order slot) in the registry's <see cref="IBinanceLimitStore"/> before sending, waits for the window
/// when it would cross a limit (or fails fast, by option), takes the exchange's counts from every response's
/// <c>X-MBX-USED-WEIGHT-*</c> / <c>X-MBX-ORDER-COUNT-*</c> headers, halts the IP group after a 429 until
/// Retry-After, and after a 418 fails every request fast until the ban ends.
/// </summary>
public sealed class BinanceLimitHandler : DelegatingHandler
{
    private const string WeightHeader = "X-MBX-USED-WEIGHT-";
    private const string OrderCountHeader = "X-MBX-ORDER-COUNT-";

    private readonly BinanceClientOptions _options;
    private readonly BinanceLimitRegistry _registry;
    private readonly ILogger _logger;
    private readonly string? _account;
    private readonly RequestResolver _resolver = new();

    // The windows last built and the learnt limits they were built from: rebuilt only when those change.
    private CachedWindows? _windows;

    private const int UsageOnStack = 8;

    private static readonly BinanceLimitUsage[] NoUsage = [];

    private sealed record CachedWindows(IReadOnlyList<VenueLimit> From, BinanceLimitWindow[] Windows);

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options (limits, waiting policy, clock).</param>
    /// <param name="logger">Where throttling, halts and bans are logged.</param>
    /// <param name="registry">Where limit state lives; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceLimitHandler(BinanceClientOptions options, ILogger<BinanceLimitHandler>? logger = null, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _registry = registry ?? BinanceLimitRegistry.Shared;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _account = AccountId(options.Credentials?.ApiKey);
    }

    /// <summary>A stable id for an API key that reveals nothing about it (the first 16 hex digits of its SHA-256).</summary>
    internal static string? AccountId(string? apiKey) => apiKey is null
        ? null
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(apiKey)))[..16];

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendResolvedAsync(request, _resolver.State(request), cancellationToken);
    }

    /// <summary>Sends a request whose state the outer handler has resolved (handed over directly, not through the request's options).</summary>
    internal async Task<HttpResponseMessage> SendResolvedAsync(HttpRequestMessage request, RequestState state, CancellationToken cancellationToken)
    {
        // The resilience handler runs these same three steps in its own state machine for a first attempt
        // (BinanceResilienceHandler.SendCallAsync); a change here goes there too.
        await BeforeSendAsync(request, state, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        using (var timeout = StartAttemptTimeout(cancellationToken))
        {
            try
            {
                response = await SendOnAsync(request, state, timeout.Token(cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (timeout.Expired(cancellationToken))
            {
                throw AttemptTimeout.Rejection(_options.AttemptTimeout, ex);
            }
        }

        await AfterSendAsync(state, response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// What comes before the send: the windows and the reservation (waiting for a window when allowed), and when the
    /// request left (<see cref="RequestState.SentAtMs"/>). Completes synchronously unless it waits or the limits are
    /// being learnt.
    /// </summary>
    internal ValueTask BeforeSendAsync(HttpRequestMessage request, RequestState state, CancellationToken cancellationToken)
    {
        var scope = Scope(state);
        var clock = state.Clock(_registry, _options.Venue, _options.TimeProvider);
        var windows = WindowsAsync(RequestEndpoint.UriOf(request), state.Authority, clock, scope);
        if (!windows.IsCompletedSuccessfully)
        {
            return BeforeSendAsync(windows, scope, clock, request, state, cancellationToken);
        }

        // The local instant of the reservation that let the request go is when it left (one clock read for both).
        var sentAt = AcquireAsync(scope, clock, windows.Result, state.Weight, state.Orders, request, cancellationToken);
        if (!sentAt.IsCompletedSuccessfully)
        {
            return SentAtAsync(sentAt, state);
        }

        state.SentAtMs = sentAt.Result;
        return ValueTask.CompletedTask;
    }

    private async ValueTask BeforeSendAsync(ValueTask<BinanceLimitWindow[]> windows, BinanceLimitScope scope, ServerClock clock, HttpRequestMessage request, RequestState state, CancellationToken cancellationToken) =>
        state.SentAtMs = await AcquireAsync(scope, clock, await windows.ConfigureAwait(false), state.Weight, state.Orders, request, cancellationToken).ConfigureAwait(false);

    private static async ValueTask SentAtAsync(ValueTask<long> sentAt, RequestState state) =>
        state.SentAtMs = await sentAt.ConfigureAwait(false);

    /// <summary>The attempt timeout for one send, started now (after any wait for a window).</summary>
    internal AttemptTimeout StartAttemptTimeout(CancellationToken cancellationToken) =>
        AttemptTimeout.Start(_options.AttemptTimeout, _options.TimeProvider, cancellationToken);

    /// <summary><see cref="AttemptTimeout.Rejection"/> with this handler's timeout.</summary>
    internal Polly.Timeout.TimeoutRejectedException AttemptTimedOut(OperationCanceledException cause) => AttemptTimeout.Rejection(_options.AttemptTimeout, cause);

    /// <summary>
    /// What comes after the answer: the exchange's counts, and a halt or ban on 429 / 418. Completes synchronously for
    /// the in-process store and any other status.
    /// </summary>
    internal ValueTask AfterSendAsync(RequestState state, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var scope = Scope(state);
        var clock = state.Clock(_registry, _options.Venue, _options.TimeProvider);
        var observed = ObserveAsync(scope, clock, response.Headers, cancellationToken);
        if (observed.IsCompletedSuccessfully && (int)response.StatusCode is not (418 or 429))
        {
            observed.GetAwaiter().GetResult();
            return ValueTask.CompletedTask;
        }

        return AfterSendAsync(observed, scope, clock, state, response, cancellationToken);
    }

    private async ValueTask AfterSendAsync(ValueTask observed, BinanceLimitScope scope, ServerClock clock, RequestState state, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await observed.ConfigureAwait(false);
        if ((int)response.StatusCode is 418 or 429)
        {
            var error = await ResponseClassification.ClassifyAsync(response, _options.Venue, state.Endpoint.Intent, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            await HaltAsync(scope, clock, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private BinanceLimitScope Scope(RequestState state) => new(_options.Venue, _options.IpGroup ?? state.Authority);

    /// <summary>Hands the request and its state to the signing handler directly; through the options when another handler sits between.</summary>
    internal Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, RequestState state, CancellationToken cancellationToken)
    {
        if (InnerHandler is BinanceSigningHandler signing)
        {
            return signing.SendResolvedAsync(request, state, cancellationToken);
        }

        RequestEndpoint.Attach(request, state);
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The windows of this client: the options' rules where set, otherwise what exchangeInfo says (or the documented defaults).</summary>
    private ValueTask<BinanceLimitWindow[]> WindowsAsync(Uri uri, string authority, ServerClock clock, BinanceLimitScope scope)
    {
        if (_options.RequestWeightLimits.Count > 0 && _options.RawRequestLimits.Count > 0 && _options.OrderLimits.Count > 0)
        {
            return new ValueTask<BinanceLimitWindow[]>(Windows([]));
        }

        if (!_options.LearnLimitsFromExchange)
        {
            return new ValueTask<BinanceLimitWindow[]>(Windows(VenueLimits.Defaults(_options.Venue)));
        }

        var learnt = _registry.LimitsAsync(
            _options.Venue,
            authority,
            _options.TimeProvider,
            static state => state.Handler.FetchLimitsAsync(state.Uri, state.Clock, state.Scope),
            (Handler: this, Uri: uri, Clock: clock, Scope: scope));

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

    private async Task<IReadOnlyList<VenueLimit>?> FetchLimitsAsync(Uri uri, ServerClock clock, BinanceLimitScope scope)
    {
        // Shared by every request waiting for it, so no caller's token cancels it; the attempt timeout bounds it.
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _options.TimeProvider);
        var infoUri = new UriBuilder(uri) { Path = VenueLimits.ExchangeInfoPath(_options.Venue), Query = string.Empty }.Uri;
        try
        {
            using var response = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, infoUri), timeout.Token).ConfigureAwait(false);
            await ObserveAsync(scope, clock, response.Headers, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Log.LimitsNotLearnt(_logger, _options.Venue, "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var limits = VenueLimits.Parse(await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false));
            if (limits is null)
            {
                Log.LimitsNotLearnt(_logger, _options.Venue, "no rateLimits in exchangeInfo");
                return null;
            }

            Log.LimitsLearnt(_logger, _options.Venue, string.Join(", ", limits.Select(l => $"{l.Kind} {LimitWindowText.Suffix(l.WindowMs)}={l.Limit}")));
            return limits;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            Log.LimitsNotLearnt(_logger, _options.Venue, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// Reserves the request's weight and order slots, waiting for the window when it may; returns the local instant (ms)
    /// of the reservation that let it go. A reservation granted at once (the usual case) runs no state machine.
    /// </summary>
    private ValueTask<long> AcquireAsync(BinanceLimitScope scope, ServerClock clock, BinanceLimitWindow[] windows, int weight, OrderCountCost orders, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var localMs = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var now = clock.ServerMs(localMs);
        var deadline = now + (long)_options.MaxLimitWait.TotalMilliseconds;
        var pending = _registry.Store.TryReserveAsync(new BinanceLimitReservation(scope, _account, weight, orders.ShortWindow, orders.LongWindow, now, windows), cancellationToken);
        if (!pending.IsCompletedSuccessfully)
        {
            return AcquireAsync(pending, now, deadline, scope, clock, windows, weight, orders, request, cancellationToken);
        }

        // A ValueTask is read once: the decision itself goes on when it says wait.
        var decision = pending.Result;
        return decision.CanSend
            ? new ValueTask<long>(localMs)
            : AcquireAsync(new ValueTask<BinanceLimitDecision>(decision), now, deadline, scope, clock, windows, weight, orders, request, cancellationToken);
    }

    private async ValueTask<long> AcquireAsync(ValueTask<BinanceLimitDecision> first, long firstNow, long deadline, BinanceLimitScope scope, ServerClock clock, BinanceLimitWindow[] windows, int weight, OrderCountCost orders, HttpRequestMessage request, CancellationToken cancellationToken)
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

            Log.Throttled(_logger, _options.Venue, wait, decision.Reason ?? "limit", request.Method.Method, request.RequestUri!.AbsolutePath);
            _registry.Metrics.ThrottleWait(_options.Venue, wait, decision.Reason);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, wait)), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            now = clock.NowMs;
            pending = _registry.Store.TryReserveAsync(new BinanceLimitReservation(scope, _account, weight, orders.ShortWindow, orders.LongWindow, now, windows), cancellationToken);
        }
    }

    /// <summary>Takes the exchange's counts from <c>X-MBX-USED-WEIGHT-*</c> and <c>X-MBX-ORDER-COUNT-*</c>, reading only those headers.</summary>
    private ValueTask ObserveAsync(BinanceLimitScope scope, ServerClock clock, HttpResponseHeaders headers, CancellationToken cancellationToken)
    {
        // Read onto the stack; an array is made only for a store that is not the in-process one.
        Span<BinanceLimitUsage> found = stackalloc BinanceLimitUsage[UsageOnStack];
        var count = ReadUsage(headers, found, out var more);
        ReadOnlySpan<BinanceLimitUsage> usage = more is null ? found[..count] : CollectionsMarshal.AsSpan(more);
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

    /// <summary>Reads the used-weight and order-count headers (any window the exchange reports).</summary>
    internal static IReadOnlyList<BinanceLimitUsage> ReadUsage(HttpResponseHeaders headers)
    {
        Span<BinanceLimitUsage> found = stackalloc BinanceLimitUsage[UsageOnStack];
        var count = ReadUsage(headers, found, out var more);
        return more is not null ? more : count == 0 ? NoUsage : found[..count].ToArray();
    }

    /// <summary>
    /// Reads the used-weight and order-count headers into <paramref name="found"/> (the exchange sends one or two);
    /// when there are more than it holds, all of them go to <paramref name="more"/> instead.
    /// </summary>
    private static int ReadUsage(HttpResponseHeaders headers, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more)
    {
        var count = 0;
        more = null;
        foreach (var header in headers.NonValidated)
        {
            var name = header.Key;
            var kind = name.StartsWith(WeightHeader, StringComparison.OrdinalIgnoreCase) ? BinanceLimitKind.RequestWeight
                : name.StartsWith(OrderCountHeader, StringComparison.OrdinalIgnoreCase) ? BinanceLimitKind.Orders
                : (BinanceLimitKind?)null;
            if (kind is null)
            {
                continue;
            }

            var suffix = name.AsSpan((kind == BinanceLimitKind.RequestWeight ? WeightHeader : OrderCountHeader).Length);
            if (LimitWindowText.TryParseSuffix(suffix, out var windowMs)
                && long.TryParse(header.Value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var used))
            {
                var usage = new BinanceLimitUsage(kind.Value, windowMs, used);
                if (more is not null)
                {
                    more.Add(usage);
                }
                else if (count < found.Length)
                {
                    found[count++] = usage;
                }
                else
                {
                    more = [.. found, usage];
                }
            }
        }

        return count;
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
            Log.Banned(_logger, _options.Venue, until);
        }
        else if (error.Code != BinanceErrorCodes.TooManyOrders)
        {
            // A weight or raw-request 429 is per IP: every client of the IP group stops. An order-count 429 only stops
            // orders (the window does it).
            await _registry.Store.HaltAsync(scope, untilServerMs, banned: false, now, cancellationToken).ConfigureAwait(false);
            Log.Halted(_logger, _options.Venue, until);
        }
    }
}
