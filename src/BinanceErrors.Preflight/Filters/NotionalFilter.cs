namespace BinanceErrors.Preflight.Filters;

/// <summary><c>NOTIONAL</c>: price × quantity within [min, max], each bound applied to MARKET orders by its own flag.</summary>
/// <param name="MinNotional">The minimum notional.</param>
/// <param name="ApplyMinToMarket">Whether MARKET orders are checked against the minimum.</param>
/// <param name="MaxNotional">The maximum notional.</param>
/// <param name="ApplyMaxToMarket">Whether MARKET orders are checked against the maximum.</param>
/// <param name="AvgPriceMins">Minutes of the average price used for MARKET orders.</param>
public sealed record NotionalFilter(decimal MinNotional, bool ApplyMinToMarket, decimal MaxNotional, bool ApplyMaxToMarket, int AvgPriceMins)
    : SymbolFilter(FilterType.Notional);
