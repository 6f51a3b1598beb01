using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// Signs SIGNED endpoints freshly on every attempt: <c>X-MBX-APIKEY</c>, <c>recvWindow</c>, <c>timestamp</c> from
/// the measured server clock, and <c>signature</c> over the query string plus the body exactly as sent. A stale
/// timestamp or signature already on the request is replaced, so retries never resend an expired signature.
/// </summary>
/// <remarks>
/// A façade over the per-call core's signing step. Behind a <see cref="BinanceResilienceHandler"/> that step has run
/// already (in a chain of ours the handler only passes requests on).
/// </remarks>
public sealed class BinanceSigningHandler : DelegatingHandler, IHttpSender
{
    // Null in a chain of ours: the resilience handler's core signs.
    private readonly CallCore<HttpRequestMessage, HttpResponseMessage>? _core;
    private readonly RequestResolver _resolver = new();

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options; <see cref="BinanceClientOptions.Credentials"/> signs.</param>
    /// <param name="registry">Where the server clock offset lives; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceSigningHandler(BinanceClientOptions options, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _core = HttpCore.Create(options, registry ?? BinanceLimitRegistry.Shared, NullLogger.Instance, CallSteps.Sign, this, attachState: true);
    }

    /// <summary>Creates the pass-through handler of a chain of ours, whose resilience handler signs.</summary>
    private BinanceSigningHandler()
    {
    }

    /// <summary>The handler in a chain built by <c>AddBinanceResilience</c> or <see cref="BinanceHttpClientFactory"/>.</summary>
    internal static BinanceSigningHandler InChain() => new();

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _core is null ? base.SendAsync(request, cancellationToken) : _core.SendAsync(request, _resolver.State(request), cancellationToken);
    }

    Task<HttpResponseMessage> IHttpSender.SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}
