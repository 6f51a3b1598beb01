namespace BinanceErrors.WebSocket;

/// <summary>
/// An order's update from the user-data stream (Spot <c>executionReport</c>, USDⓈ-M <c>ORDER_TRADE_UPDATE</c>): what
/// happened to it (<see cref="ExecutionType"/>), where it stands (<see cref="Status"/>), and, for a rejection, the
/// classification the matching <c>-2010</c> text gets; an expiry is reported as an <see cref="OrderExpiry"/>, not as an error.
/// </summary>
public sealed record BinanceOrderUpdate
{
    /// <summary>The symbol (<c>s</c>).</summary>
    public required string Symbol { get; init; }

    /// <summary>The order's client id (<c>c</c>); for a cancel, the cancel request's own id.</summary>
    public required string ClientOrderId { get; init; }

    /// <summary>The client id of the order a cancel ended (<c>C</c>); <see langword="null"/> otherwise.</summary>
    public string? OriginalClientOrderId { get; init; }

    /// <summary>The exchange's order id (<c>i</c>).</summary>
    public long OrderId { get; init; }

    /// <summary>The order list id (<c>g</c>); -1 for an order outside a list.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary><c>BUY</c> or <c>SELL</c> (<c>S</c>).</summary>
    public string? Side { get; init; }

    /// <summary>The order type (<c>o</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The execution type (<c>x</c>): <c>NEW</c>, <c>TRADE</c>, <c>CANCELED</c>, <c>REJECTED</c>, <c>EXPIRED</c>, <c>TRADE_PREVENTION</c>, <c>AMENDMENT</c>.</summary>
    public required string ExecutionType { get; init; }

    /// <summary>The order status (<c>X</c>): <c>NEW</c>, <c>PARTIALLY_FILLED</c>, <c>FILLED</c>, <c>CANCELED</c>, <c>REJECTED</c>, <c>EXPIRED</c>, <c>EXPIRED_IN_MATCH</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The cumulative filled quantity (<c>z</c>), as sent.</summary>
    public string? FilledQuantity { get; init; }

    /// <summary>The reject reason (<c>r</c>) when it is not <c>NONE</c>.</summary>
    public string? RejectReason { get; init; }

    /// <summary>A rejection classified as the matching <c>-2010</c> text is (the same kind and advice); <see langword="null"/> unless rejected.</summary>
    public BinanceError? Rejection { get; init; }

    /// <summary>The expiry (with its reason, <c>eR</c> / <c>er</c>) when the order expired; an expiry is not an error.</summary>
    public OrderExpiry? Expiry { get; init; }

    /// <summary>Whether the order can change no more (filled, cancelled, rejected, expired).</summary>
    public bool IsFinal => Status is "FILLED" or "CANCELED" or "REJECTED" or "EXPIRED" or "EXPIRED_IN_MATCH";
}
