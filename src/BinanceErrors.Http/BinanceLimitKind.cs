namespace BinanceErrors.Http;

/// <summary>What a limit window counts, as the exchange's <c>rateLimitType</c> names it.</summary>
public enum BinanceLimitKind
{
    /// <summary><c>REQUEST_WEIGHT</c>: the summed weight of requests, per IP.</summary>
    RequestWeight,

    /// <summary><c>RAW_REQUESTS</c>: the number of requests whatever their weight, per IP.</summary>
    RawRequests,

    /// <summary><c>ORDERS</c>: orders placed, per account.</summary>
    Orders,
}
