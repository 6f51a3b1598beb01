namespace BinanceErrors.Preflight.Filters;

/// <summary><c>MAX_ASSET</c> (from /api/v3/myFilters): a per-order limit on one asset.</summary>
/// <param name="Asset">The asset.</param>
/// <param name="Limit">The limit: quantity for the base asset, notional for the quote asset.</param>
public sealed record MaxAssetFilter(string Asset, decimal Limit) : SymbolFilter(FilterType.MaxAsset);
