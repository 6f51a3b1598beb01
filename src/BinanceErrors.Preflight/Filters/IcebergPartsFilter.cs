namespace BinanceErrors.Preflight.Filters;

/// <summary><c>ICEBERG_PARTS</c>: CEIL(quantity / icebergQty) at most <paramref name="Limit"/>.</summary>
/// <param name="Limit">The most parts.</param>
public sealed record IcebergPartsFilter(int Limit) : SymbolFilter(FilterType.IcebergParts);
