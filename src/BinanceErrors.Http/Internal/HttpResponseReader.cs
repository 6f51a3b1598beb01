using BinanceErrors.Http.Calls;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// The classify and observe steps' view of an HTTP answer: the status, the classifier over status, headers and body
/// (classified once per answer, see <see cref="ResponseClassification"/>), and the <c>X-MBX-USED-WEIGHT-*</c> /
/// <c>X-MBX-ORDER-COUNT-*</c> headers.
/// </summary>
/// <param name="venue">The venue whose catalog classifies.</param>
/// <param name="time">The clock a ban's remaining time is read from.</param>
internal sealed class HttpResponseReader(BinanceVenue venue, TimeProvider time) : IResponseReader<HttpResponseMessage>
{
    /// <inheritdoc />
    public bool Succeeded(HttpResponseMessage response) => response.IsSuccessStatusCode;

    /// <inheritdoc />
    public ValueTask<BinanceError> ClassifyAsync(HttpResponseMessage response, RequestIntent intent, CancellationToken cancellationToken) =>
        ResponseClassification.ClassifyAsync(response, venue, intent, time, cancellationToken);

    /// <inheritdoc />
    public int ReadUsage(HttpResponseMessage response, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more) =>
        UsageHeaders.Read(response.Headers, found, out more);

    /// <inheritdoc />
    public async ValueTask<ReadOnlyMemory<byte>> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public void Release(HttpResponseMessage response) => response.Dispose();
}
