namespace BinanceErrors.Preflight.Numbers;

/// <summary>Where an integer order parameter is kept in <see cref="OrderNumbers"/>.</summary>
internal enum IntegerSlot
{
    /// <summary><c>trailingDelta</c> in basis points (Spot).</summary>
    TrailingDelta = 0,

    /// <summary><c>goodTillDate</c> in epoch milliseconds (USDⓈ-M).</summary>
    GoodTillDate,

    /// <summary><c>timestamp</c> in epoch milliseconds.</summary>
    Timestamp,

    /// <summary><c>recvWindow</c> in milliseconds.</summary>
    RecvWindow,
}
