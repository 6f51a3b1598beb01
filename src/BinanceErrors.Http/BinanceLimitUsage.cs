namespace BinanceErrors.Http;

/// <summary>A count the exchange reported in a response header (<c>X-MBX-USED-WEIGHT-1M: 42</c>, <c>X-MBX-ORDER-COUNT-10S: 3</c>).</summary>
/// <param name="Kind">What the header counts.</param>
/// <param name="WindowMs">The header's window in milliseconds.</param>
/// <param name="Used">The exchange's count for the current window.</param>
public readonly record struct BinanceLimitUsage(BinanceLimitKind Kind, long WindowMs, long Used);
