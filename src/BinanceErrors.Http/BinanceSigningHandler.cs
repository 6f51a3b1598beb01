using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http;

/// <summary>
/// Signs SIGNED endpoints freshly on every attempt: <c>X-MBX-APIKEY</c>, <c>recvWindow</c>, <c>timestamp</c> from
/// the measured server clock, and <c>signature</c> over the query string plus the body exactly as sent. A stale
/// timestamp or signature already on the request is replaced, so retries never resend an expired signature.
/// </summary>
public sealed class BinanceSigningHandler : DelegatingHandler
{
    private readonly BinanceClientOptions _options;
    private readonly BinanceLimitRegistry _registry;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options; <see cref="BinanceClientOptions.Credentials"/> signs.</param>
    /// <param name="registry">Where the server clock offset lives; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceSigningHandler(BinanceClientOptions options, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _registry = registry ?? BinanceLimitRegistry.Shared;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = RequestEndpoint.UriOf(request);
        var state = RequestEndpoint.State(request);
        var signed = request.Options.TryGetValue(BinanceRequestOptions.Signed, out var explicitSigned) ? explicitSigned : state.Endpoint.Signed;
        if (signed)
        {
            var credentials = _options.Credentials
                ?? throw new InvalidOperationException($"{request.Method} {uri.AbsolutePath} is a SIGNED endpoint; set BinanceClientOptions.Credentials.");
            if (request.Content is not null)
            {
                return SignBodyAndSendAsync(request, uri, state, credentials, cancellationToken);
            }

            Sign(request, uri, state, credentials, []);
        }
        else if (_options.Credentials is { } credentials && uri.AbsolutePath.Contains("userDataStream", StringComparison.Ordinal) && !request.Headers.Contains("X-MBX-APIKEY"))
        {
            // USER_STREAM endpoints need the key but no signature.
            request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
        }

        // A request without a body is signed synchronously and handed on: no state machine for the common case.
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SignBodyAndSendAsync(HttpRequestMessage request, Uri uri, RequestState state, BinanceCredentials credentials, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Sign(request, uri, state, credentials, body);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Sign(HttpRequestMessage request, Uri uri, RequestState state, BinanceCredentials credentials, ReadOnlySpan<byte> body)
    {
        var clock = state.Clock(_registry, _options.Venue, _options.TimeProvider);
        request.RequestUri = SignedQuery.Create(uri, credentials, (long)_options.RecvWindow.TotalMilliseconds, clock.NowMs, body);
        request.Headers.Remove("X-MBX-APIKEY");
        request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
    }
}
