using System.Text.Json;
using BinanceErrors.Http;
using BinanceErrors.WebSocket;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The demo over the WebSocket API: orders go through <see cref="BinanceWebSocketClient"/>, which shares the limit
/// registry (one limiter, one halt per IP) with the REST client that recovery looks intents up through.
/// </summary>
internal sealed class DemoWebSocketExchange : DemoExchange
{
    private readonly BinanceWebSocketClient _client;
    private readonly HttpClient _rest;

    public DemoWebSocketExchange(Uri restAddress, Uri webSocketAddress, BinanceClientOptions options, BinanceLimitRegistry registry, IBinanceOrderJournal journal)
    {
        _client = new BinanceWebSocketClient(webSocketAddress, options, ConnectionOptions(), registry);
        _rest = BinanceHttpClientFactory.Create(restAddress, options, registry: registry);
        Address = webSocketAddress;
        Recovery = new BinanceOrderRecovery(_rest, journal, options, registry.Metrics);
    }

    public override Uri Address { get; }

    public override BinanceOrderRecovery Recovery { get; }

    /// <summary>How many connections the run opened (replacements after <c>serverShutdown</c>, reconnects after drops and bans).</summary>
    public long ConnectionsOpened => _client.ConnectionsOpened;

    public override Task ConnectAsync(CancellationToken cancellationToken) => _client.ConnectAsync(cancellationToken);

    public override async Task<DemoAnswer> SendAsync(DemoRoute route, IReadOnlyList<KeyValuePair<string, string>> parameters, RequestIntent intent, CancellationToken cancellationToken)
    {
        var response = await _client.SendAsync(route.Path, parameters, cancellationToken).ConfigureAwait(false);
        return new DemoAnswer(response.Status, response.Error, response.Reconciliation, response.Status is 429 or 418 ? RetryAfter(response.Frame) : null);
    }

    /// <summary>
    /// How long a 429 or 418 answer says to wait: <c>error.data.retryAfter - error.data.serverTime</c>, both on the
    /// exchange's clock, so the wait is right even when that clock runs minutes ahead of ours (the chaos faults move it);
    /// an absolute <c>retryAfter</c> read against our clock would wait those minutes too.
    /// </summary>
    private static TimeSpan? RetryAfter(ReadOnlyMemory<byte> frame)
    {
        using var document = JsonDocument.Parse(frame);
        return document.RootElement.TryGetProperty("error", out var error)
            && error.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("retryAfter", out var retryAfter) && retryAfter.TryGetInt64(out var until)
            && data.TryGetProperty("serverTime", out var serverTime) && serverTime.TryGetInt64(out var now)
                ? TimeSpan.FromMilliseconds(Math.Max(0, until - now))
                : null;
    }

    public override async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync().ConfigureAwait(false);
        _rest.Dispose();
    }

    /// <summary>
    /// Quick reconnects (a chaos run drops the connection every few dozen orders) within the exchange's admission
    /// limit of 300 connections per 5 minutes per IP; the replacement after <c>serverShutdown</c> counts as one.
    /// </summary>
    private static BinanceWebSocketOptions ConnectionOptions() => new()
    {
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(25),
        MaxReconnectDelay = TimeSpan.FromSeconds(1),
        MaxConnectionsPerWindow = 250,
        ConnectionWindow = TimeSpan.FromMinutes(5),
    };
}
