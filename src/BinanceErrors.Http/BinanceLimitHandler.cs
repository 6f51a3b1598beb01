using System.Globalization;
using System.Text.Json;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// Keeps a process under Binance's limits: estimates each request's weight (and order slot) before sending, waits
/// for the window when it would cross a limit (or fails fast, by option), corrects its counts from every
/// response's <c>X-MBX-USED-WEIGHT-*</c> / <c>X-MBX-ORDER-COUNT-*</c> headers, halts all traffic after a 429 until
/// Retry-After, and after a 418 fails every request fast until the ban ends.
/// </summary>
public sealed class BinanceLimitHandler : DelegatingHandler
{
    private readonly BinanceClientOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options (limits, waiting policy, clock).</param>
    /// <param name="logger">Where throttling, halts and bans are logged.</param>
    public BinanceLimitHandler(BinanceClientOptions options, ILogger<BinanceLimitHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI; set HttpClient.BaseAddress to the venue's base URL.");
        var endpoint = EndpointTable.Find(request.Method, uri.AbsolutePath);
        var weight = request.Options.TryGetValue(BinanceRequestOptions.Weight, out var w) ? w : endpoint.Weight;
        var state = SharedState.Limit(_options, uri);
        var clock = SharedState.Clock(_options, uri);

        await AcquireAsync(state, clock, weight, OrderCountCost.Find(request.Method, uri.AbsolutePath, endpoint), request, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var now = clock.NowMs;
        state.Observe(response.Headers, now);

        var status = (int)response.StatusCode;
        if (status is 418 or 429)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var error = BinanceErrorClassifier.Classify(_options.Venue, status, body, new BinanceResponseHeaders(response.Headers), endpoint.Intent, _options.TimeProvider);
            // Windows are kept in server time. Retry-After is relative, so it needs no clock; a ban end in the message is
            // already server time; without either, back off for a second.
            long untilServerMs;
            if (new BinanceResponseHeaders(response.Headers).TryGetRetryAfter(_options.TimeProvider.GetUtcNow(), out var retryAfter))
            {
                untilServerMs = now + (long)retryAfter.TotalMilliseconds;
            }
            else if (error.BannedUntil is { } bannedUntil && error.Arguments.Count > 0)
            {
                untilServerMs = bannedUntil.ToUnixTimeMilliseconds();
            }
            else
            {
                untilServerMs = now + 1000;
            }

            var until = _options.TimeProvider.GetUtcNow().AddMilliseconds(untilServerMs - now);
            if (error.Kind == BinanceErrorKind.IpBanned)
            {
                state.Ban(untilServerMs);
                BinanceHttpMetrics.Bans.Add(1, new System.Diagnostics.TagList { { "venue", _options.Venue.ToString() } });
                Log.Banned(_logger, _options.Venue, until);
            }
            else if (error.Code != BinanceErrorCodes.TooManyOrders)
            {
                // A weight or raw-request 429 is per IP: everything stops. An order-count 429 only stops orders (the window does it).
                state.Halt(untilServerMs);
                Log.Halted(_logger, _options.Venue, until);
            }
        }

        return response;
    }

    private async Task AcquireAsync(LimitState state, ServerClock clock, int weight, OrderCountCost orders, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = clock.NowMs + (long)_options.MaxLimitWait.TotalMilliseconds;
        while (true)
        {
            var now = clock.NowMs;
            var decision = state.TryAcquire(weight, orders, now, _options.LimitHeadroom);
            if (decision.WaitUntilMs == 0)
            {
                return;
            }

            if (decision.Banned)
            {
                throw new BinanceRateLimitException(Refusal(418, decision, now, clock.OffsetMs));
            }

            var wait = decision.WaitUntilMs - now;
            if (!_options.WaitForLimits || decision.WaitUntilMs > deadline)
            {
                throw new BinanceRateLimitException(Refusal(429, decision, now, clock.OffsetMs));
            }

            Log.Throttled(_logger, _options.Venue, wait, decision.Reason ?? "limit", request.Method.Method, request.RequestUri!.AbsolutePath);
            BinanceHttpMetrics.ThrottledWait.Record(wait, new System.Diagnostics.TagList { { "venue", _options.Venue.ToString() }, { "reason", decision.Reason } });
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, wait)), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The error the exchange would have sent, so a refusal here reads like one from the exchange (nothing was sent).</summary>
    private BinanceError Refusal(int status, LimitState.Decision decision, long now, long offsetMs)
    {
        // The classifier reads instants on the local clock: say when the ban ends in local time.
        var catalog = BinanceErrorCatalog.For(_options.Venue);
        catalog.TryGetDefinition(BinanceErrorCodes.TooManyRequests, out var definition);
        var template = status == 418
            ? definition!.Messages.First(m => m.ArgumentNames.Contains("bannedUntil"))
            : definition!.Messages.First(m => !m.HasArguments);
        var message = status == 418 ? template.Format((decision.WaitUntilMs - offsetMs).ToString(CultureInfo.InvariantCulture)) : template.Text;
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = BinanceErrorCodes.TooManyRequests, ["msg"] = message });
        var seconds = Math.Max(1, (decision.WaitUntilMs - now + 999) / 1000);
        var headers = new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", seconds.ToString(CultureInfo.InvariantCulture))]);
        return BinanceErrorClassifier.Classify(_options.Venue, status, body, headers, RequestIntent.Unspecified, _options.TimeProvider);
    }
}
