namespace BinanceErrors.Http.Calls;

/// <summary>
/// The classify and observe steps' view of an answer: whether it is a success, its classification, the exchange's
/// counts it carries (HTTP <c>X-MBX-USED-WEIGHT-*</c> / <c>X-MBX-ORDER-COUNT-*</c> headers; a WebSocket frame's
/// <c>rateLimits</c>), and its result document.
/// </summary>
/// <typeparam name="TResponse">What the transport answers with.</typeparam>
internal interface IResponseReader<TResponse>
{
    /// <summary>Whether the exchange accepted the request.</summary>
    /// <param name="response">The answer.</param>
    /// <returns><see langword="true"/> for a success.</returns>
    bool Succeeded(TResponse response);

    /// <summary>Classifies an answer that is not a success (status, code, message, Retry-After).</summary>
    /// <param name="response">The answer.</param>
    /// <param name="intent">What the request did, which decides what an unknown outcome means.</param>
    /// <param name="cancellationToken">Cancels reading the answer.</param>
    /// <returns>The classification.</returns>
    ValueTask<BinanceError> ClassifyAsync(TResponse response, RequestIntent intent, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the exchange's counts into <paramref name="found"/>; when there are more than it holds, all of them go to
    /// <paramref name="more"/> instead.
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="found">Room for the usual one or two counts.</param>
    /// <param name="more">Every count, when <paramref name="found"/> was too small.</param>
    /// <returns>How many counts are in <paramref name="found"/>.</returns>
    int ReadUsage(TResponse response, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more);

    /// <summary>The answer's result document (a JSON object or array), read without consuming what the caller reads.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The document's UTF-8 bytes.</returns>
    ValueTask<ReadOnlyMemory<byte>> ReadResultAsync(TResponse response, CancellationToken cancellationToken);

    /// <summary>Releases an answer the core does not hand back to the caller.</summary>
    /// <param name="response">The answer.</param>
    void Release(TResponse response);
}
