using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Futures <c>PERCENT_PRICE</c>: a BUY price at most <c>markPrice × multiplierUp</c>, a SELL price at least
/// <c>markPrice × multiplierDown</c>. Measured against the <b>mark price</b>, not an average price as on Spot.
/// </summary>
/// <param name="MultiplierUp">Upper multiplier (BUY cap).</param>
/// <param name="MultiplierDown">Lower multiplier (SELL floor).</param>
/// <param name="MultiplierDecimal">Decimal places of the multipliers; a number in the filter definition, a string in the sample and live data.</param>
public sealed record FuturesPercentPriceFilter(decimal MultiplierUp, decimal MultiplierDown, int MultiplierDecimal) : SymbolFilter(FilterType.PercentPrice);
