namespace BinanceErrors;

/// <summary>The kind of an exchangeInfo rate limit.</summary>
public enum BinanceRateLimitType
{
    /// <summary>A type this version does not know.</summary>
    Unknown = 0,

    /// <summary><c>REQUEST_WEIGHT</c>: weight per IP.</summary>
    RequestWeight = 1,

    /// <summary><c>ORDERS</c>: unfilled order count per account.</summary>
    Orders = 2,

    /// <summary><c>RAW_REQUESTS</c>: request count per IP.</summary>
    RawRequests = 3,

    /// <summary><c>CONNECTIONS</c>: WebSocket API connections per IP.</summary>
    Connections = 4,
}
