using System.Globalization;
using System.Text.Json;

namespace BinanceErrors.Http.Internal;

/// <summary>What the resilience handler writes to an <see cref="IBinanceOrderJournal"/>: the intent before sending, the outcome after.</summary>
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

    /// <summary>
    /// A success is placed (with the order id); any other answer the handler returns is a refusal (every unknown outcome
    /// was settled or thrown before), so not placed.
    /// </summary>
    public static async Task RecordAsync(IBinanceOrderJournal journal, string clientOrderId, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.NotPlaced, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.Placed, await OrderIdAsync(response, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>orderId</c> (or, for lists, <c>orderListId</c>) of an order response; buffers the content so the caller can still read it.</summary>
    public static async Task<long?> OrderIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(bytes);
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
            // Not JSON: placed, id unknown; the journal keeps the client order id, which is enough to look it up.
        }

        return null;
    }

    public static long RecvWindowMs(Uri uri, string bodyText, TimeSpan fallback) =>
        long.TryParse(QueryText.Get(uri.Query, "recvWindow") ?? QueryText.Get(bodyText, "recvWindow"), NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            ? w
            : (long)fallback.TotalMilliseconds;
}
