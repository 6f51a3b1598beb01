namespace BinanceErrors.Preflight.Filters;

/// <summary><c>MIN_NOTIONAL</c>: price × quantity at least <paramref name="MinNotional"/> (futures spell the field <c>notional</c>).</summary>
/// <param name="MinNotional">The minimum notional.</param>
/// <param name="ApplyToMarket">Whether MARKET orders are checked (with the average price).</param>
/// <param name="AvgPriceMins">Minutes of the average price used for MARKET orders.</param>
public sealed record MinNotionalFilter(decimal MinNotional, bool ApplyToMarket, int AvgPriceMins) : SymbolFilter(FilterType.MinNotional);
