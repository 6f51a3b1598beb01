using BinanceErrors.Http.Calls;
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
/// Retry-After, and after a 418 fails every request fast until the ban ends. Each send is timed by
/// <see cref="BinanceClientOptions.AttemptTimeout"/>, counted from when the request leaves.
/// </summary>
/// <remarks>
/// A façade over the per-call core's limits and attempt-timeout steps. Behind a <see cref="BinanceResilienceHandler"/>
/// those steps have run already (in a chain of ours the handler only passes requests on).
/// </remarks>
public sealed class BinanceLimitHandler : DelegatingHandler, IHttpSender
{
    // Null in a chain of ours: the resilience handler's core runs the limits.
    private readonly CallCore<HttpRequestMessage, HttpResponseMessage>? _core;
    private readonly RequestResolver _resolver = new();

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options (limits, waiting policy, clock).</param>
    /// <param name="logger">Where throttling, halts and bans are logged.</param>
    /// <param name="registry">Where limit state lives; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceLimitHandler(BinanceClientOptions options, ILogger<BinanceLimitHandler>? logger = null, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _core = HttpCore.Create(options, registry ?? BinanceLimitRegistry.Shared, logger ?? (ILogger)NullLogger.Instance, CallSteps.Limits | CallSteps.Timeout | CallSteps.Classify, this, attachState: true);
    }

    /// <summary>Creates the pass-through handler of a chain of ours, whose resilience handler runs the limits.</summary>
    private BinanceLimitHandler()
    {
    }

    /// <summary>The handler in a chain built by <c>AddBinanceResilience</c> or <see cref="BinanceHttpClientFactory"/>.</summary>
    internal static BinanceLimitHandler InChain() => new();

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _core is null ? base.SendAsync(request, cancellationToken) : _core.SendAsync(request, _resolver.State(request), cancellationToken);
    }

    Task<HttpResponseMessage> IHttpSender.SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}
