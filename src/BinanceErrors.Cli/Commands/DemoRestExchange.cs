using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>The demo over REST: the resilient HTTP pipeline.</summary>
internal sealed class DemoRestExchange : DemoExchange
{
    private readonly HttpClient _client;
    private readonly BinanceVenue _venue;
    private readonly TimeProvider _time;

    public DemoRestExchange(Uri baseAddress, BinanceClientOptions options, BinanceLimitRegistry registry, IBinanceOrderJournal journal)
    {
        _client = BinanceHttpClientFactory.Create(baseAddress, options, registry: registry);
        _venue = options.Venue;
        _time = options.TimeProvider;
        Address = baseAddress;
        Recovery = new BinanceOrderRecovery(_client, journal, options, registry.Metrics);
    }

    public override Uri Address { get; }

    public override BinanceOrderRecovery Recovery { get; }

    public override async Task<DemoAnswer> SendAsync(DemoRoute route, IReadOnlyList<KeyValuePair<string, string>> parameters, RequestIntent intent, CancellationToken cancellationToken)
    {
        var query = parameters.Count == 0 ? route.Path : route.Path + "?" + string.Join('&', parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), query);
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var reconciled = response.Headers.TryGetValues(BinanceResilienceHandler.ReconciledHeader, out var values) ? values.First() : null;
        if (response.IsSuccessStatusCode)
        {
            return new DemoAnswer((int)response.StatusCode, null, reconciled);
        }

        var headers = new BinanceResponseHeaders(response.Headers);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var error = BinanceErrorClassifier.Classify(_venue, (int)response.StatusCode, body, headers, intent);
        return new DemoAnswer((int)response.StatusCode, error, reconciled, headers.TryGetRetryAfter(_time.GetUtcNow(), out var wait) ? wait : null);
    }

    public override ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
