namespace BinanceErrors.Preflight.Filters;

/// <summary>The filter values a symbol's <see cref="FilterValues{TNum}"/> are compiled from, as the venue's rules read them.</summary>
/// <param name="Price">PRICE_FILTER, when present.</param>
/// <param name="LotSize">LOT_SIZE, when present.</param>
/// <param name="MarketLotSize">MARKET_LOT_SIZE, when present.</param>
/// <param name="PercentUp">PERCENT_PRICE's multiplierUp, when present.</param>
/// <param name="PercentDown">PERCENT_PRICE's multiplierDown, when present.</param>
/// <param name="BySide">PERCENT_PRICE_BY_SIDE, when present (Spot).</param>
/// <param name="MinNotional">MIN_NOTIONAL's minimum, when present.</param>
/// <param name="Notional">NOTIONAL, when present (Spot).</param>
internal readonly record struct FilterSource(
    PriceFilter? Price,
    LotSizeFilter? LotSize,
    LotSizeFilter? MarketLotSize,
    decimal? PercentUp,
    decimal? PercentDown,
    PercentPriceBySideFilter? BySide,
    decimal? MinNotional,
    NotionalFilter? Notional);
