using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace BinanceErrors;

/// <summary>
/// An order that expired, read from an order response, an order query, an order list, or a user data stream event
/// (Spot <c>executionReport</c>, futures <c>ORDER_TRADE_UPDATE</c>). An expiry is not an error: the request succeeded
/// and the order ended by its own rules or by the exchange, for the reason given here. Since 2026-03-26 a Spot taker
/// order that would trade outside the Price Range Execution Rule's band expires with
/// <see cref="OrderExpiryReason.ExecutionRulePriceRangeExceeded"/> instead of being rejected.
/// </summary>
public sealed record OrderExpiry
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 };

    // Where an expired order can sit inside a response or an event: WebSocket API results, user data stream envelopes
    // (WebSocket API subscriptions and combined streams), order list reports and the new half of a cancel-replace.
    private static readonly string[] Nested = ["result", "event", "data", "orderReports", "newOrderResponse"];

    /// <summary>The venue the document came from.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>The order's status as sent: <c>EXPIRED</c>, or <c>EXPIRED_IN_MATCH</c> (expired by self-trade prevention).</summary>
    public required string Status { get; init; }

    /// <summary>The symbol, when the document names it.</summary>
    public string? Symbol { get; init; }

    /// <summary>The exchange's order id, when the document has it.</summary>
    public long? OrderId { get; init; }

    /// <summary>The client order id, when the document has it.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>The Spot / Binance.US reason (<c>expiryReason</c>, <c>eR</c>); <see langword="null"/> when none was sent.</summary>
    public OrderExpiryReason? Reason { get; init; }

    /// <summary>The futures reason (<c>er</c> of <c>ORDER_TRADE_UPDATE</c>); <see langword="null"/> when none was sent or the number is not documented.</summary>
    public FuturesOrderExpiryReason? FuturesReason { get; init; }

    /// <summary>The reason exactly as sent (<c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c>, <c>2</c>), or <see langword="null"/>.</summary>
    public string? ReasonText { get; init; }

    /// <summary>What happened, in one sentence (ours, from the documented meaning of the reason).</summary>
    public string Description => Reason is { } reason ? Describe(reason)
        : FuturesReason is { } futures ? Describe(futures)
        : ReasonText is { } text ? $"The order expired for a reason this version does not know ({text})."
        : Status == "EXPIRED_IN_MATCH" ? "The order expired by self-trade prevention."
        : "The order expired; the exchange gave no reason.";

    /// <summary>The expiry as one line: the order, the status, the reason as sent and what it means.</summary>
    /// <returns>For example <c>BTCUSDT order 12345 EXPIRED (EXECUTION_RULE_PRICE_RANGE_EXCEEDED): …</c>.</returns>
    public override string ToString()
    {
        var order = OrderId is { } id ? $"order {id.ToString(CultureInfo.InvariantCulture)}" : ClientOrderId is { } client ? $"order '{client}'" : "order";
        var subject = Symbol is null ? order : $"{Symbol} {order}";
        var reason = ReasonText is null ? string.Empty : $" ({ReasonText})";
        return $"{subject} {Status}{reason}: {Description} Not an error.";
    }

    /// <summary>Reads the first expired order in a response or event. Never throws on data.</summary>
    /// <param name="venue">The venue the document came from.</param>
    /// <param name="utf8Json">The body of a response or the text of a stream event.</param>
    /// <param name="expiry">The expiry, when the document holds an expired order.</param>
    /// <returns><see langword="true"/> when an expired order was found.</returns>
    public static bool TryRead(BinanceVenue venue, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out OrderExpiry? expiry)
    {
        var all = ReadAll(venue, utf8Json);
        expiry = all.Count > 0 ? all[0] : null;
        return expiry is not null;
    }

    /// <summary>Reads the first expired order in a response or event given as text. Never throws on data.</summary>
    /// <param name="venue">The venue the document came from.</param>
    /// <param name="json">The body or event; <see langword="null"/> holds nothing.</param>
    /// <param name="expiry">The expiry, when the document holds an expired order.</param>
    /// <returns><see langword="true"/> when an expired order was found.</returns>
    public static bool TryRead(BinanceVenue venue, string? json, [NotNullWhen(true)] out OrderExpiry? expiry) =>
        TryRead(venue, System.Text.Encoding.UTF8.GetBytes(json ?? string.Empty), out expiry);

    /// <summary>
    /// Reads every expired order in a response or event: one order, an array of orders (<c>allOrders</c>), the reports
    /// of an order list, the new order of a cancel-replace, WebSocket API results and user data stream envelopes.
    /// Never throws on data: anything that is not JSON holds no expiry.
    /// </summary>
    /// <param name="venue">The venue the document came from.</param>
    /// <param name="utf8Json">The body of a response or the text of a stream event.</param>
    /// <returns>The expired orders, in document order; empty when there are none.</returns>
    public static IReadOnlyList<OrderExpiry> ReadAll(BinanceVenue venue, ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray(), ReadOptions);
            var found = new List<OrderExpiry>();
            Collect(venue, document.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Reads every expired order in a response or event given as text. Never throws on data.</summary>
    /// <param name="venue">The venue the document came from.</param>
    /// <param name="json">The body or event; <see langword="null"/> holds nothing.</param>
    /// <returns>The expired orders, in document order; empty when there are none.</returns>
    public static IReadOnlyList<OrderExpiry> ReadAll(BinanceVenue venue, string? json) =>
        ReadAll(venue, System.Text.Encoding.UTF8.GetBytes(json ?? string.Empty));

    private static void Collect(BinanceVenue venue, JsonElement element, List<OrderExpiry> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(venue, item, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (ReadOrder(venue, element) is { } expiry)
        {
            found.Add(expiry);
        }

        foreach (var name in Nested)
        {
            if (element.TryGetProperty(name, out var nested))
            {
                Collect(venue, nested, found);
            }
        }
    }

    /// <summary>An expired order in this object: an <c>executionReport</c>, an <c>ORDER_TRADE_UPDATE</c>, or an order.</summary>
    private static OrderExpiry? ReadOrder(BinanceVenue venue, JsonElement e)
    {
        switch (Text(e, "e"))
        {
            case "executionReport":
                return Expiry(venue, Text(e, "X"), Text(e, "s"), Long(e, "i"), Text(e, "c"), e, "eR");
            case "ORDER_TRADE_UPDATE":
                return e.TryGetProperty("o", out var o) && o.ValueKind == JsonValueKind.Object
                    ? Expiry(venue, Text(o, "X"), Text(o, "s"), Long(o, "i"), Text(o, "c"), o, "er")
                    : null;
            case null:
                // An order response or query: a string status beside the order's identity (a WebSocket API envelope's
                // status is a number, and is not an order).
                return e.TryGetProperty("orderId", out _) || e.TryGetProperty("symbol", out _)
                    ? Expiry(venue, Text(e, "status"), Text(e, "symbol"), Long(e, "orderId"), Text(e, "clientOrderId"), e, "expiryReason")
                    : null;
            default:
                return null;
        }
    }

    private static OrderExpiry? Expiry(BinanceVenue venue, string? status, string? symbol, long? orderId, string? clientOrderId, JsonElement order, string reasonField)
    {
        if (status is not ("EXPIRED" or "EXPIRED_IN_MATCH"))
        {
            return null;
        }

        string? reasonText = null;
        OrderExpiryReason? reason = null;
        FuturesOrderExpiryReason? futures = null;
        if (order.TryGetProperty(reasonField, out var value))
        {
            if (reasonField == "er")
            {
                reasonText = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                futures = int.TryParse(reasonText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    && Enum.IsDefined((FuturesOrderExpiryReason)number) ? (FuturesOrderExpiryReason)number : null;
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                reasonText = value.GetString();
                reason = ParseReason(reasonText);
            }
        }

        return new OrderExpiry
        {
            Venue = venue,
            Status = status,
            Symbol = symbol,
            OrderId = orderId,
            ClientOrderId = clientOrderId,
            Reason = reason,
            FuturesReason = futures,
            ReasonText = reasonText,
        };
    }

    private static OrderExpiryReason ParseReason(string? text) => text switch
    {
        "NONE" => OrderExpiryReason.None,
        "REJECTED" => OrderExpiryReason.Rejected,
        "EXCHANGE_CANCELED" => OrderExpiryReason.ExchangeCanceled,
        "OCO_TRIGGER" => OrderExpiryReason.OcoTrigger,
        "OTO_PHASE_ONE_EXPIRED" => OrderExpiryReason.OtoPhaseOneExpired,
        "UNFILLED_IOC_QUANTITY_EXPIRED" => OrderExpiryReason.UnfilledIocQuantityExpired,
        "UNFILLED_FOK_ORDER_EXPIRED" => OrderExpiryReason.UnfilledFokOrderExpired,
        "INSUFFICIENT_LIQUIDITY" => OrderExpiryReason.InsufficientLiquidity,
        "EXECUTION_RULE_PRICE_RANGE_EXCEEDED" => OrderExpiryReason.ExecutionRulePriceRangeExceeded,
        _ => OrderExpiryReason.Unknown,
    };

    private static string Describe(OrderExpiryReason reason) => reason switch
    {
        OrderExpiryReason.None => "The order expired; the exchange gave no particular reason.",
        OrderExpiryReason.Rejected => "A contingent order, or an order of an OTO list, was refused by the matching engine when it was to be placed (lack of funds or a filter, typically).",
        OrderExpiryReason.ExchangeCanceled => "Binance canceled the order.",
        OrderExpiryReason.OcoTrigger => "The other order of its OCO started working, or the whole OCO expired.",
        OrderExpiryReason.OtoPhaseOneExpired => "The working order of its order list expired, and the whole list with it.",
        OrderExpiryReason.UnfilledIocQuantityExpired => "The part of the IOC order that did not fill at once expired.",
        OrderExpiryReason.UnfilledFokOrderExpired => "The FOK order could not fill completely, so none of it did.",
        OrderExpiryReason.InsufficientLiquidity => "The book had not enough orders to match this one.",
        OrderExpiryReason.ExecutionRulePriceRangeExceeded => "The taker order would have traded outside the Price Range Execution Rule's band around the reference price, so its rest expired.",
        _ => "The order expired for a reason this version does not know.",
    };

    private static string Describe(FuturesOrderExpiryReason reason) => reason switch
    {
        FuturesOrderExpiryReason.None => "The order expired; the exchange gave no particular reason.",
        FuturesOrderExpiryReason.SelfTradePrevention => "Self-trade prevention expired the order so the account would not trade against itself.",
        FuturesOrderExpiryReason.UnfilledIocQuantity => "The part of the IOC order that could not fill at once was canceled.",
        FuturesOrderExpiryReason.UnfilledIocSelfTradePrevention => "The part of the IOC order that self-trade prevention kept from filling was canceled.",
        FuturesOrderExpiryReason.ReduceOnlyKnockedOut => "The reduce-only order was knocked out by a higher-priority reduce-only order, or would have opened a reversed position.",
        FuturesOrderExpiryReason.Liquidation => "The order expired while the account was liquidated.",
        FuturesOrderExpiryReason.GteConditionUnsatisfied => "The order's GTE condition (good till the position ends) was no longer met.",
        FuturesOrderExpiryReason.SymbolDelisted => "The symbol was delisted.",
        FuturesOrderExpiryReason.StopOrderTriggered => "The initial order was canceled after its take-profit / stop-loss order triggered.",
        FuturesOrderExpiryReason.UnfilledMarketQuantity => "The part of the MARKET order that could not fill was canceled.",
        FuturesOrderExpiryReason.UnfilledFokOrder => "The FOK order could not fill completely and was canceled.",
        FuturesOrderExpiryReason.PostOnlyWouldTake => "The post-only order would have traded as a taker and was canceled.",
        _ => "The order expired for a reason this version does not know.",
    };

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;
}
