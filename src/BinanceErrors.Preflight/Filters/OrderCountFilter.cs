namespace BinanceErrors.Preflight.Filters;

/// <summary>
/// A count limit: <c>MAX_NUM_ORDERS</c>, <c>MAX_NUM_ALGO_ORDERS</c>, <c>MAX_NUM_ICEBERG_ORDERS</c>,
/// <c>MAX_NUM_ORDER_AMENDS</c>, <c>MAX_NUM_ORDER_LISTS</c> and their <c>EXCHANGE_</c> versions.
/// </summary>
/// <param name="Type">Which count.</param>
/// <param name="Limit">The most allowed.</param>
public sealed record OrderCountFilter(FilterType Type, int Limit) : SymbolFilter(Type);
