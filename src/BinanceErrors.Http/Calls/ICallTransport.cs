namespace BinanceErrors.Http.Calls;

/// <summary>
/// The send step of the per-call core, and the requests the core makes on its own: what a transport (HTTP through the
/// rest of a handler chain; the WebSocket API over one connection) provides. Everything before the send (limits, the
/// attempt timer, signing) and after it (classification, the exchange's counts, halts) is the core's.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal interface ICallTransport<TRequest, TResponse>
{
    /// <summary>Sends a request that the core has prepared (reserved, signed) and returns its answer.</summary>
    /// <param name="request">The request as it goes on the wire.</param>
    /// <param name="state">The request's state (the transport may need it further down, as an HTTP chain does).</param>
    /// <param name="cancellationToken">The caller's token, or the attempt timer's.</param>
    /// <returns>The answer, whatever its status.</returns>
    Task<TResponse> SendAsync(TRequest request, CallState state, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a failed send may have reached the exchange without an answer coming back (a lost connection, the attempt
    /// timeout): a read is then asked again, a write's outcome is unknown.
    /// </summary>
    /// <param name="exception">What the send step threw.</param>
    /// <returns><see langword="true"/> for "sent, no answer".</returns>
    bool IsNoAnswer(Exception exception);

    /// <summary>A server time request to the host of <paramref name="like"/>, for clock sync.</summary>
    /// <param name="like">A request to that host.</param>
    /// <returns>The request and its state.</returns>
    Outgoing<TRequest> ServerTime(CallState like);

    /// <summary>An exchangeInfo request to the host of <paramref name="like"/>, whose <c>rateLimits</c> are the venue's limits.</summary>
    /// <param name="like">A request to that host.</param>
    /// <returns>The request and its state.</returns>
    Outgoing<TRequest> ExchangeInfo(CallState like);
}
