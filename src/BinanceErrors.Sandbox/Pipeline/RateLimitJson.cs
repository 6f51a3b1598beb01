using System.Text.Json;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// One limit with its current count, as <c>GET /api/v3/rateLimit/order</c> lists them and as a WebSocket API answer's
/// <c>rateLimits</c> carries them: <c>{"rateLimitType","interval","intervalNum","limit","count"}</c>.
/// </summary>
internal static class RateLimitJson
{
    public static void Write(Utf8JsonWriter json, BinanceRateLimit limit, long count)
    {
        json.WriteStartObject();
        json.WriteString("rateLimitType", limit.Type switch
        {
            BinanceRateLimitType.RequestWeight => "REQUEST_WEIGHT",
            BinanceRateLimitType.Orders => "ORDERS",
            BinanceRateLimitType.RawRequests => "RAW_REQUESTS",
            _ => "CONNECTIONS",
        });
        json.WriteString("interval", limit.Interval.ToString().ToUpperInvariant());
        json.WriteNumber("intervalNum", limit.IntervalNum);
        json.WriteNumber("limit", limit.Limit);
        json.WriteNumber("count", count);
        json.WriteEndObject();
    }
}
