namespace BinanceErrors.Http;

/// <summary>
/// An order the client meant to place, as a journal stores it: written durably before the request leaves, so a process
/// that dies at any moment leaves a record that <see cref="BinanceOrderRecovery"/> can settle against the exchange.
/// </summary>
public sealed record BinanceOrderIntent
{
    /// <summary>The client order id (for order lists, the <c>listClientOrderId</c>); the key the exchange is asked by.</summary>
    public required string ClientOrderId { get; init; }

    /// <summary>The venue the order was sent to.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>The order's symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>The HTTP method of the request, e.g. <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The request path, e.g. <c>/api/v3/order</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The request's query string without <c>timestamp</c> and <c>signature</c> (and without the leading <c>?</c>).</summary>
    public required string Query { get; init; }

    /// <summary>The request body (form-encoded parameters), empty when none.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The request's <c>recvWindow</c> in milliseconds: how long after signing it could still reach the engine.</summary>
    public required long RecvWindowMs { get; init; }

    /// <summary>When the intent was written (client clock).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>What is known about it.</summary>
    public BinanceOrderIntentState State { get; init; }

    /// <summary>The exchange's order id (for lists, the <c>orderListId</c>) once placed.</summary>
    public long? OrderId { get; init; }

    /// <summary>When the state last changed (client clock).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
