using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// Retries only what is safe, by the classifier's advice, inside a Polly.Core pipeline: reads on transient errors
/// with jittered backoff, any request after a 429 wait or a -1021 clock resync (the exchange refused it before
/// executing). When an order request's outcome is unknown (5XX, -1006, -1007, no answer) it never resends blindly:
/// it looks the order up by client order id, returns it if it exists, resends with the same id only if the exchange
/// says it does not, and otherwise throws <see cref="BinanceExecutionUnknownException"/> with the id.
/// </summary>
/// <remarks>
/// The handler is a façade over the per-call core, which runs every attempt through limits, the attempt timeout,
/// signing, the send, classification and the exchange's counts. In a chain built by <c>AddBinanceResilience</c> or
/// <see cref="BinanceHttpClientFactory"/> that core runs every step and <see cref="BinanceLimitHandler"/> and
/// <see cref="BinanceSigningHandler"/> only pass requests on; in a chain an application composes from the public
/// constructors, each handler of ours runs the steps no handler of ours before it ran.
/// </remarks>
public sealed class BinanceResilienceHandler : DelegatingHandler, IHttpSender
{
    /// <summary>The header on a response the handler built from an order look-up after an unknown outcome.</summary>
    public const string ReconciledHeader = "X-BinanceErrors-Reconciled";

    private readonly CallCore<HttpRequestMessage, HttpResponseMessage> _core;
    private readonly CallHost<HttpRequestMessage, HttpResponseMessage> _host;
    private readonly RequestResolver _resolver = new();

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options (retries, timeouts, reconciliation, clock).</param>
    /// <param name="logger">Where retries and reconciliations are logged (never with secrets).</param>
    /// <param name="registry">Where the server clock offset and the metrics live; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceResilienceHandler(BinanceClientOptions options, ILogger<BinanceResilienceHandler>? logger = null, BinanceLimitRegistry? registry = null)
        : this(options, logger, registry, limitsLogger: null, inChain: false)
    {
    }

    private BinanceResilienceHandler(BinanceClientOptions options, ILogger? logger, BinanceLimitRegistry? registry, ILogger? limitsLogger, bool inChain)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new BinanceClientOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException("Invalid BinanceClientOptions: " + validation.FailureMessage, nameof(options));
        }

        // On its own, the handler sends each request's state along for handlers of ours further down, which then run
        // only the steps this one did not.
        logger ??= NullLogger.Instance;
        _core = HttpCore.Create(options, registry ?? BinanceLimitRegistry.Shared, limitsLogger ?? logger, CallSteps.All, this, attachState: !inChain);
        _host = new CallHost<HttpRequestMessage, HttpResponseMessage>(_core, logger);
    }

    /// <summary>
    /// The handler of a chain built by <c>AddBinanceResilience</c> or <see cref="BinanceHttpClientFactory"/>: its core
    /// runs every step, and the limit and signing handlers after it only pass requests on.
    /// </summary>
    /// <param name="options">The client options.</param>
    /// <param name="logger">Where retries, clock measurements and reconciliations are logged.</param>
    /// <param name="registry">Where limits, clocks and metrics live.</param>
    /// <param name="limitsLogger">Where throttling, halts, bans and learnt limits are logged (the limit handler's category, as before).</param>
    /// <returns>The handler.</returns>
    internal static BinanceResilienceHandler InChain(BinanceClientOptions options, ILogger? logger, BinanceLimitRegistry? registry, ILogger? limitsLogger) =>
        new(options, logger, registry, limitsLogger, inChain: true);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A request without a body is captured synchronously: one asynchronous method per call here, not two.
        return request.Content is null
            ? _host.RunAsync(HttpCall.Capture(request, null, _resolver, _core), cancellationToken)
            : CaptureAndSendAsync(request, cancellationToken);
    }

    Task<HttpResponseMessage> IHttpSender.SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> CaptureAndSendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return await _host.RunAsync(HttpCall.Capture(request, body, _resolver, _core), cancellationToken).ConfigureAwait(false);
    }
}
