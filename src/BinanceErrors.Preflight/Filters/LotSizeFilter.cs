namespace BinanceErrors.Preflight.Filters;

/// <summary><c>LOT_SIZE</c> or <c>MARKET_LOT_SIZE</c>: quantity bounds and step; a zero step disables the step rule.</summary>
/// <param name="Type"><see cref="FilterType.LotSize"/> or <see cref="FilterType.MarketLotSize"/>.</param>
/// <param name="MinQty">The lowest quantity.</param>
/// <param name="MaxQty">The highest quantity; 0 disables.</param>
/// <param name="StepSize">Quantities must be multiples of it; 0 disables.</param>
public sealed record LotSizeFilter(FilterType Type, decimal MinQty, decimal MaxQty, decimal StepSize) : SymbolFilter(Type);
