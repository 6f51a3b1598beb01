namespace BinanceErrors.Preflight.Filters;

/// <summary><c>PERCENT_PRICE</c>: price within [ref × down, ref × up] of the reference or average price.</summary>
/// <param name="MultiplierUp">Upper multiplier.</param>
/// <param name="MultiplierDown">Lower multiplier.</param>
/// <param name="AvgPriceMins">Minutes of the average price; 0 means the last trade.</param>
public sealed record PercentPriceFilter(decimal MultiplierUp, decimal MultiplierDown, int AvgPriceMins) : SymbolFilter(FilterType.PercentPrice);
