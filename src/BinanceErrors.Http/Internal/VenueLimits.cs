using System.Text.Json;

namespace BinanceErrors.Http.Internal;

/// <summary>One limit as exchangeInfo states it: kind, window and limit (before the client's headroom).</summary>
internal readonly record struct VenueLimit(BinanceLimitKind Kind, long WindowMs, long Limit);

/// <summary>
/// The limits of a venue: read from exchangeInfo's <c>rateLimits</c>, or the documented defaults until they are
/// learnt (or when the exchange cannot be asked).
/// </summary>
internal static class VenueLimits
{
    /// <summary>The limits each venue's exchangeInfo documents (Spot, USDⓈ-M, COIN-M and Binance.US API docs).</summary>
    /// <remarks>One instance per venue, so a handler can tell by reference that its windows are still current.</remarks>
    public static IReadOnlyList<VenueLimit> Defaults(BinanceVenue venue) => venue switch
    {
        // One pool for USDⓈ-M and COIN-M since 2026-06-30 (LimitPool): the same windows.
        BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures => UsdMDefaults,
        BinanceVenue.BinanceUs => UsDefaults,
        _ => SpotDefaults,
    };

    private static readonly VenueLimit[] UsdMDefaults =
    [
        new(BinanceLimitKind.RequestWeight, 60_000, 2400),
        new(BinanceLimitKind.Orders, 10_000, 300),
        new(BinanceLimitKind.Orders, 60_000, 1200),
    ];

    private static readonly VenueLimit[] UsDefaults =
    [
        new(BinanceLimitKind.RequestWeight, 60_000, 1200),
        new(BinanceLimitKind.RawRequests, 300_000, 6100),
        new(BinanceLimitKind.Orders, 10_000, 100),
        new(BinanceLimitKind.Orders, 86_400_000, 200_000),
    ];

    private static readonly VenueLimit[] SpotDefaults =
    [
        new(BinanceLimitKind.RequestWeight, 60_000, 6000),
        new(BinanceLimitKind.RawRequests, 300_000, 300_000),
        new(BinanceLimitKind.Orders, 10_000, 50),
        new(BinanceLimitKind.Orders, 86_400_000, 160_000),
    ];

    /// <summary>The exchangeInfo path of a venue.</summary>
    public static string ExchangeInfoPath(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => "/fapi/v1/exchangeInfo",
        BinanceVenue.CoinMFutures => "/dapi/v1/exchangeInfo",
        _ => "/api/v3/exchangeInfo",
    };

    /// <summary>Reads <c>rateLimits</c> from an exchangeInfo document; <see langword="null"/> when it has none that apply.</summary>
    public static IReadOnlyList<VenueLimit>? Parse(ReadOnlySpan<byte> exchangeInfo)
    {
        try
        {
            var reader = new Utf8JsonReader(exchangeInfo);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("rateLimits", out var limits) || limits.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var result = new List<VenueLimit>();
            foreach (var item in limits.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var kind = Text(item, "rateLimitType") switch
                {
                    "REQUEST_WEIGHT" => BinanceLimitKind.RequestWeight,
                    "RAW_REQUESTS" => BinanceLimitKind.RawRequests,
                    "ORDERS" => BinanceLimitKind.Orders,
                    _ => (BinanceLimitKind?)null,
                };
                if (kind is null
                    || !item.TryGetProperty("intervalNum", out var num) || !num.TryGetInt64(out var intervalNum)
                    || !item.TryGetProperty("limit", out var limitElement) || !limitElement.TryGetInt64(out var limit) || limit <= 0
                    || !LimitWindowText.TryParseInterval(Text(item, "interval"), intervalNum, out var windowMs))
                {
                    continue;
                }

                result.Add(new VenueLimit(kind.Value, windowMs, limit));
            }

            return result.Count == 0 ? null : result;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
