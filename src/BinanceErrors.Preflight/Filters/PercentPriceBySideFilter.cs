namespace BinanceErrors.Preflight.Filters;

/// <summary><c>PERCENT_PRICE_BY_SIDE</c>: the price band per side around the reference or average price.</summary>
/// <param name="BidMultiplierUp">BUY upper multiplier.</param>
/// <param name="BidMultiplierDown">BUY lower multiplier.</param>
/// <param name="AskMultiplierUp">SELL upper multiplier.</param>
/// <param name="AskMultiplierDown">SELL lower multiplier.</param>
/// <param name="AvgPriceMins">Minutes of the average price; 0 means the last trade.</param>
public sealed record PercentPriceBySideFilter(
    decimal BidMultiplierUp,
    decimal BidMultiplierDown,
    decimal AskMultiplierUp,
    decimal AskMultiplierDown,
    int AvgPriceMins) : SymbolFilter(FilterType.PercentPriceBySide);
