using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Futures <c>MIN_NOTIONAL</c> (field <c>notional</c>): price × quantity at least <paramref name="Notional"/>; MARKET
/// orders use the mark price; reduce-only and close-position orders are exempt.
/// </summary>
/// <param name="Notional">The minimum notional.</param>
/// <param name="NotionalText">The value exactly as exchangeInfo wrote it (e.g. <c>5.0</c>), which is how -4164 quotes it.</param>
public sealed record FuturesMinNotionalFilter(decimal Notional, string NotionalText) : SymbolFilter(FilterType.MinNotional);
