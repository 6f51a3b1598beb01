using System.Globalization;
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
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = RequestEndpoint.UriOf(request);
        var endpoint = RequestEndpoint.Resolve(request);
        var signed = request.Options.TryGetValue(BinanceRequestOptions.Signed, out var explicitSigned) ? explicitSigned : endpoint.Signed;
        if (signed)
        {
            var credentials = _options.Credentials
                ?? throw new InvalidOperationException($"{request.Method} {uri.AbsolutePath} is a SIGNED endpoint; set BinanceClientOptions.Credentials.");
            var clock = _registry.Clock(_options.Venue, uri.Authority, _options.TimeProvider);
            var query = QueryText.Without(uri.Query, "timestamp", "signature");
            if (QueryText.Get(query, "recvWindow") is null)
            {
                query = QueryText.Append(query, "recvWindow", ((long)_options.RecvWindow.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
            }

            query = QueryText.Append(query, "timestamp", clock.NowMs.ToString(CultureInfo.InvariantCulture));
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            query = QueryText.Append(query, "signature", credentials.Sign(query + body));
            request.RequestUri = new UriBuilder(uri) { Query = query }.Uri;
            request.Headers.Remove("X-MBX-APIKEY");
            request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
        }
        else if (_options.Credentials is { } credentials && !request.Headers.Contains("X-MBX-APIKEY") && uri.AbsolutePath.Contains("userDataStream", StringComparison.Ordinal))
        {
            // USER_STREAM endpoints need the key but no signature.
            request.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
