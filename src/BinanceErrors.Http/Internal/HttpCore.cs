using BinanceErrors.Http.Calls;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Internal;

/// <summary>Builds the per-call core over HTTP for one of our handlers: its steps, with the rest of its chain as the send step.</summary>
internal static class HttpCore
{
    /// <summary>Creates the core.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="registry">Where limits, clocks and metrics live.</param>
    /// <param name="logger">Where the limits step logs.</param>
    /// <param name="steps">The steps the handler runs.</param>
    /// <param name="inner">The rest of the handler's chain.</param>
    /// <param name="attachState">Whether handlers of ours further down need the request's state (a chain the application composed).</param>
    /// <returns>The core.</returns>
    public static CallCore<HttpRequestMessage, HttpResponseMessage> Create(BinanceClientOptions options, BinanceLimitRegistry registry, ILogger logger, CallSteps steps, IHttpSender inner, bool attachState) =>
        new(
            options,
            registry,
            logger,
            steps,
            new HttpTransport(inner, attachState, options.Venue),
            new HttpResponseReader(options.Venue, options.TimeProvider),
            (steps & CallSteps.Sign) != 0 ? new HttpRequestSigner(options, registry) : null);
}
