using BinanceErrors.Http.Calls;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// The HTTP sign step: <c>X-MBX-APIKEY</c>, <c>recvWindow</c>, <c>timestamp</c> from the measured server clock, and
/// <c>signature</c> over the query string plus the body exactly as sent (<see cref="SignedQuery"/>). A stale timestamp
/// or signature already on the request is replaced, so a retry never resends an expired signature. USER_STREAM
/// requests get the key without a signature.
/// </summary>
/// <param name="options">The client options; <see cref="BinanceClientOptions.Credentials"/> signs.</param>
/// <param name="registry">Where the server clock offset lives.</param>
internal sealed class HttpRequestSigner(BinanceClientOptions options, BinanceLimitRegistry registry) : IRequestSigner<HttpRequestMessage>
{
    /// <inheritdoc />
    public ValueTask SignAsync(HttpRequestMessage request, CallState state, CancellationToken cancellationToken)
    {
        var uri = RequestEndpoint.UriOf(request);
        if (state.Signed)
        {
            var credentials = options.Credentials
                ?? throw new InvalidOperationException($"{request.Method} {uri.AbsolutePath} is a SIGNED endpoint; set BinanceClientOptions.Credentials.");
            if (request.Content is null)
            {
                Sign(request, uri, state, credentials, []);
            }
            else if (state is HttpCall { Body: { } body })
            {
                // The call captured the body before its first attempt: signed without reading the content again.
                Sign(request, uri, state, credentials, body);
            }
            else
            {
                return SignBodyAsync(request, uri, state, credentials, cancellationToken);
            }
        }
        else if (options.Credentials is { } credentials && state.UserStream && !request.Headers.Contains("X-MBX-APIKEY"))
        {
            request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask SignBodyAsync(HttpRequestMessage request, Uri uri, CallState state, BinanceCredentials credentials, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Sign(request, uri, state, credentials, body);
    }

    private void Sign(HttpRequestMessage request, Uri uri, CallState state, BinanceCredentials credentials, ReadOnlySpan<byte> body)
    {
        var timestampMs = state.SigningTimestampMs(registry, options.Venue, options.TimeProvider);
        request.RequestUri = SignedQuery.Create(uri, credentials, (long)options.RecvWindow.TotalMilliseconds, timestampMs, body);
        request.Headers.Remove("X-MBX-APIKEY");
        request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
    }
}
