using System.Globalization;
using System.Text.Json;

namespace BinanceErrors.Http.Internal;

/// <summary>What the per-call host writes to an <see cref="IBinanceOrderJournal"/> for an HTTP call: the intent before sending, the order id after.</summary>
internal static class JournalEntries
{
    public static BinanceOrderIntent Intent(BinanceVenue venue, HttpMethod method, Uri uri, byte[]? body, string clientOrderId, string symbol, long recvWindowMs, DateTimeOffset now) => new()
    {
        ClientOrderId = clientOrderId,
        Venue = venue,
        Symbol = symbol,
        Method = method.Method,
        Path = uri.AbsolutePath,
        Query = QueryText.Without(uri.Query, "timestamp", "signature").TrimStart('?'),
        Body = body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(body),
        RecvWindowMs = recvWindowMs,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The <c>orderId</c> (or, for lists, <c>orderListId</c>; for algo orders, <c>algoId</c>) of an order's result document.</summary>
    /// <remarks>Not JSON: placed, id unknown; the journal keeps the client order id, which is enough to look it up.</remarks>
    public static long? OrderId(ReadOnlyMemory<byte> result)
    {
        try
        {
            using var document = JsonDocument.Parse(result);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (ReadOnlySpan<string>)["orderId", "orderListId", "algoId"])
                {
                    if (root.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value))
                    {
                        return value;
                    }
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    public static long RecvWindowMs(Uri uri, string bodyText, TimeSpan fallback) =>
        long.TryParse(QueryText.Get(uri.Query, "recvWindow") ?? QueryText.Get(bodyText, "recvWindow"), NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            ? w
            : (long)fallback.TotalMilliseconds;
}
