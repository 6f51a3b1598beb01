using System.Text.Json;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// Reads user-data event frames: a Spot subscription's <c>{"subscriptionId", "event"}</c>, a listenKey stream's bare
/// event object, or a combined stream's <c>{"stream", "data"}</c>. An <c>executionReport</c> rejection (<c>r</c>) is
/// classified as the -2010 text of the same reason is, so a bot handles both alike.
/// </summary>
internal static class UserDataEvents
{
    /// <summary>Reads an event frame; <see langword="null"/> when it is not one.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="frame">The frame.</param>
    /// <param name="time">The classifier's clock.</param>
    /// <returns>The event.</returns>
    public static BinanceUserDataEvent? Read(BinanceVenue venue, ReadOnlyMemory<byte> frame, TimeProvider time)
    {
        try
        {
            using var document = JsonDocument.Parse(frame);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var e = root.TryGetProperty("event", out var wrapped) ? wrapped : root.TryGetProperty("data", out var data) ? data : root;
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("e", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var eventType = type.GetString()!;
            long? eventTime = e.TryGetProperty("E", out var t) ? Long(t) : null;
            var order = eventType switch
            {
                "executionReport" => Order(venue, e, e, "r", frame, time),
                "ORDER_TRADE_UPDATE" when e.TryGetProperty("o", out var o) && o.ValueKind == JsonValueKind.Object => Order(venue, o, e, null, frame, time),
                _ => null,
            };
            return new BinanceUserDataEvent(eventType, eventTime, e.Clone(), order);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The -2010 text of an <c>executionReport</c> reject reason, when the documentation pairs them.</summary>
    /// <param name="rejectReason">The <c>r</c> value.</param>
    /// <returns>The message the REST and WebSocket APIs send for the same cause.</returns>
    public static string? RejectionText(string rejectReason) => rejectReason switch
    {
        "INSUFFICIENT_BALANCES" => "Account has insufficient balance for requested action.",
        "STOP_PRICE_WOULD_TRIGGER_IMMEDIATELY" => "Order would trigger immediately.",
        "WOULD_MATCH_IMMEDIATELY" => "Order would immediately match and take.",
        "OCO_BAD_PRICES" => "The relationship of the prices for the orders is not correct.",
        _ => null,
    };

    private static BinanceOrderUpdate? Order(BinanceVenue venue, JsonElement o, JsonElement e, string? rejectField, ReadOnlyMemory<byte> frame, TimeProvider time)
    {
        if (Text(o, "s") is not { } symbol || Text(o, "c") is not { } clientOrderId || Text(o, "x") is not { } execution || Text(o, "X") is not { } status)
        {
            return null;
        }

        var reject = rejectField is not null ? Text(o, rejectField) : null;
        if (reject == "NONE")
        {
            reject = null;
        }

        BinanceError? rejection = null;
        if (status == "REJECTED" || execution == "REJECTED")
        {
            var text = reject is null ? null : RejectionText(reject);
            var body = JsonSerializer.SerializeToUtf8Bytes(new RejectionBody(-2010, text ?? reject ?? "NEW_ORDER_REJECTED"), UserDataJsonContext.Default.RejectionBody);
            rejection = BinanceErrorClassifier.Classify(venue, 400, body, default, RequestIntent.PlaceOrder, time);
        }

        OrderExpiry.TryRead(venue, frame.Span, out var expiry);
        var original = Text(o, "C");
        return new BinanceOrderUpdate
        {
            Symbol = symbol,
            ClientOrderId = clientOrderId,
            OriginalClientOrderId = string.IsNullOrEmpty(original) ? null : original,
            OrderId = o.TryGetProperty("i", out var i) ? Long(i) ?? 0 : 0,
            OrderListId = o.TryGetProperty("g", out var g) ? Long(g) ?? -1 : -1,
            Side = Text(o, "S"),
            Type = Text(o, "o"),
            ExecutionType = execution,
            Status = status,
            FilledQuantity = Text(o, "z"),
            RejectReason = reject,
            Rejection = rejection,
            Expiry = expiry,
        };
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
