namespace BinanceErrors.Preflight.Filters;

/// <summary>A symbol or exchange filter from exchangeInfo; one derived record per filter shape.</summary>
/// <param name="Type">The filter type.</param>
public abstract record SymbolFilter(FilterType Type);
