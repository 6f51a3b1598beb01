using System.Globalization;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The classify and observe steps' view of a WebSocket answer: the frame's <c>status</c>; the classifier over the whole
/// frame (it reads <c>status</c>, <c>error.code</c> and <c>error.msg</c> from the envelope), with <c>error.data.retryAfter</c>
/// handed over as the Retry-After an HTTP answer would carry; the <c>rateLimits</c> array as the exchange's counts.
/// </summary>
/// <param name="venue">The venue whose catalog classifies.</param>
/// <param name="time">The clock Retry-After is measured from.</param>
internal sealed class WebSocketResponseReader(BinanceVenue venue, TimeProvider time) : IResponseReader<WebSocketAnswer>
{
    /// <inheritdoc />
    public bool Succeeded(WebSocketAnswer response) => response.Succeeded;

    /// <inheritdoc />
    public ValueTask<BinanceError> ClassifyAsync(WebSocketAnswer response, RequestIntent intent, CancellationToken cancellationToken) =>
        new(Classify(response, intent));

    /// <summary>Classifies an answer frame.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="intent">What the request did.</param>
    /// <returns>The classification.</returns>
    public BinanceError Classify(WebSocketAnswer response, RequestIntent intent)
    {
        var headers = default(BinanceResponseHeaders);
        if (response.Status == 429 && WebSocketFrames.RetryAfterMs(response.Frame) is { } retryAfterMs)
        {
            var seconds = Math.Max(0, (long)Math.Ceiling((retryAfterMs - time.GetUtcNow().ToUnixTimeMilliseconds()) / 1000.0));
            headers = new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", seconds.ToString(CultureInfo.InvariantCulture))]);
        }

        return BinanceErrorClassifier.Classify(venue, response.Status, response.Frame.Span, headers, intent, time);
    }

    /// <inheritdoc />
    public int ReadUsage(WebSocketAnswer response, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more) =>
        WebSocketFrames.ReadUsage(response.Frame, found, out more);

    /// <inheritdoc />
    public ValueTask<ReadOnlyMemory<byte>> ReadResultAsync(WebSocketAnswer response, CancellationToken cancellationToken) =>
        new(WebSocketFrames.Member(response.Frame, "result"u8));

    /// <inheritdoc />
    public void Release(WebSocketAnswer response)
    {
        // Nothing to release: a frame is a plain array.
    }
}
