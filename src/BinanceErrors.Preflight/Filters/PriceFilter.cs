namespace BinanceErrors.Preflight.Filters;

/// <summary><c>PRICE_FILTER</c>: bounds and tick for price and stopPrice; a zero field disables its rule.</summary>
/// <param name="MinPrice">The lowest price; 0 disables.</param>
/// <param name="MaxPrice">The highest price; 0 disables.</param>
/// <param name="TickSize">Prices must be multiples of it; 0 disables.</param>
public sealed record PriceFilter(decimal MinPrice, decimal MaxPrice, decimal TickSize) : SymbolFilter(FilterType.PriceFilter);
