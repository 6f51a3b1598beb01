namespace BinanceErrors.Preflight.Filters;

/// <summary><c>TRAILING_DELTA</c>: allowed trailingDelta (basis points) above and below the market.</summary>
/// <param name="MinTrailingAboveDelta">Minimum for STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL.</param>
/// <param name="MaxTrailingAboveDelta">Maximum for those.</param>
/// <param name="MinTrailingBelowDelta">Minimum for STOP_LOSS(_LIMIT) SELL and TAKE_PROFIT(_LIMIT) BUY.</param>
/// <param name="MaxTrailingBelowDelta">Maximum for those.</param>
public sealed record TrailingDeltaFilter(int MinTrailingAboveDelta, int MaxTrailingAboveDelta, int MinTrailingBelowDelta, int MaxTrailingBelowDelta)
    : SymbolFilter(FilterType.TrailingDelta);
