using BinanceErrors.Http;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>Clients against the fixture with the documentation's example key.</summary>
internal static class Harness
{
    public static BinanceClientOptions Options(TimeProvider? time = null) => new()
    {
        Credentials = BinanceCredentials.Hmac(DocFrames.ApiKey, DocFrames.SecretKey),
        LearnLimitsFromExchange = false,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        ReconcileSettleMargin = TimeSpan.FromMilliseconds(50),
        TimeProvider = time ?? TimeProvider.System,
    };

    public static BinanceWebSocketOptions Fast() => new()
    {
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(40),
    };

    public static BinanceWebSocketClient Client(WebSocketApiFixture fixture, BinanceLimitRegistry registry, BinanceClientOptions? options = null, BinanceWebSocketOptions? ws = null) =>
        new(fixture.WebSocketUri, options ?? Options(), ws ?? Fast(), registry);

    public static KeyValuePair<string, string>[] LimitSell(string? clientOrderId = null)
    {
        KeyValuePair<string, string>[] order =
        [
            new("symbol", "BTCUSDT"),
            new("side", "SELL"),
            new("type", "LIMIT"),
            new("timeInForce", "GTC"),
            new("price", "23416.10000000"),
            new("quantity", "0.00847000"),
        ];
        return clientOrderId is null ? order : [.. order, new("newClientOrderId", clientOrderId)];
    }
}
