namespace BinanceErrors.Preflight.Filters;

/// <summary><c>MAX_POSITION</c>: base balance plus open BUY quantity may not exceed <paramref name="MaxPosition"/>.</summary>
/// <param name="MaxPosition">The largest position.</param>
public sealed record MaxPositionFilter(decimal MaxPosition) : SymbolFilter(FilterType.MaxPosition);
