namespace BinanceErrors.Http.Calls;

/// <summary>
/// The sign step: puts the key, a fresh timestamp from the server clock, <c>recvWindow</c> and the signature on a SIGNED
/// request (or the key alone on a USER_STREAM one), replacing whatever an earlier attempt put there. The timestamp comes
/// from <see cref="CallState.SigningTimestampMs"/>, which keeps the clock measurement it used for the -1021 decision.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
internal interface IRequestSigner<in TRequest>
{
    /// <summary>Signs the request when its state says it is signed; completes synchronously unless the body must be read.</summary>
    /// <param name="request">The request, after any wait for the limits.</param>
    /// <param name="state">Its state (whether it is signed, its server clock).</param>
    /// <param name="cancellationToken">Cancels reading a body.</param>
    /// <returns>A task that completes when the request is signed.</returns>
    ValueTask SignAsync(TRequest request, CallState state, CancellationToken cancellationToken);
}
