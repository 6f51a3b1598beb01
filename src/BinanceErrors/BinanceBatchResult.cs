using System.Text.Json;

namespace BinanceErrors;

/// <summary>
/// A classified USDⓈ-M / COIN-M <c>batchOrders</c> reply. An HTTP 200 carries an array in request order whose elements
/// are orders or <c>{"code":…,"msg":"…"}</c> refusals, so a 200 does not mean every order went through: each element is
/// classified on its own (<see cref="Orders"/>). Any other reply (an object, a non-2XX status, an unreadable body) is
/// about the whole batch (<see cref="BatchError"/>); when that error's outcome is unknown, every order of the batch is.
/// </summary>
public sealed record BinanceBatchResult
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The error for the whole batch, or <see langword="null"/> when the reply is a per-order array.</summary>
    public BinanceError? BatchError { get; init; }

    /// <summary>The per-order results in request order; empty when <see cref="BatchError"/> is set.</summary>
    public IReadOnlyList<BatchOrderResult> Orders { get; init; } = [];

    /// <summary>Whether every order of the batch was accepted.</summary>
    public bool AllAccepted => BatchError is null && Orders.All(o => o.IsAccepted);

    /// <summary>Classifies a batch reply. Never throws on data.</summary>
    /// <param name="venue">The venue (<see cref="BinanceVenue.UsdMFutures"/> or <see cref="BinanceVenue.CoinMFutures"/>).</param>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="body">The body.</param>
    /// <param name="intent">What the batch did: <see cref="RequestIntent.PlaceOrder"/> (POST/PUT) or <see cref="RequestIntent.CancelOrder"/> (DELETE).</param>
    /// <returns>The result.</returns>
    public static BinanceBatchResult Read(BinanceVenue venue, int httpStatus, ReadOnlySpan<byte> body, RequestIntent intent = RequestIntent.PlaceOrder)
    {
        if (httpStatus is >= 200 and < 300)
        {
            try
            {
                using var document = JsonDocument.Parse(body.ToArray(), ReadOptions);
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    return new BinanceBatchResult { Orders = [.. document.RootElement.EnumerateArray().Select((e, i) => ReadElement(venue, e, i, intent))] };
                }
            }
            catch (JsonException)
            {
                // Not JSON: classified below as a whole-batch reply.
            }
        }

        return new BinanceBatchResult { BatchError = BinanceErrorClassifier.Classify(venue, httpStatus, body, default, intent) };
    }

    /// <summary>Classifies a batch reply given as text. Never throws on data.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="body">The body; <see langword="null"/> means empty.</param>
    /// <param name="intent">What the batch did.</param>
    /// <returns>The result.</returns>
    public static BinanceBatchResult Read(BinanceVenue venue, int httpStatus, string? body, RequestIntent intent = RequestIntent.PlaceOrder) =>
        Read(venue, httpStatus, System.Text.Encoding.UTF8.GetBytes(body ?? string.Empty), intent);

    private static BatchOrderResult ReadElement(BinanceVenue venue, JsonElement element, int index, RequestIntent intent)
    {
        var json = element.GetRawText();
        var isOrder = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("orderId", out _);
        if (!isOrder)
        {
            // A {code,msg} element refuses that order alone, definitely: HTTP 400 semantics for this one order.
            return new BatchOrderResult
            {
                Index = index,
                Json = json,
                Error = BinanceErrorClassifier.Classify(venue, 400, json, default, intent),
            };
        }

        return new BatchOrderResult
        {
            Index = index,
            Json = json,
            OrderId = element.GetProperty("orderId") is { ValueKind: JsonValueKind.Number } id && id.TryGetInt64(out var orderId) ? orderId : null,
            ClientOrderId = element.TryGetProperty("clientOrderId", out var client) && client.ValueKind == JsonValueKind.String ? client.GetString() : null,
            Status = element.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null,
        };
    }
}
