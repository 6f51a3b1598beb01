namespace BinanceErrors;

/// <summary>
/// Every symbol, exchange and asset filter type of Binance Spot, Binance.US and the futures venues. The wire
/// names (e.g. <c>LOT_SIZE</c>) convert with <see cref="FilterTypeNames"/>.
/// </summary>
public enum FilterType
{
    /// <summary>A filter type this version does not know; kept so parsing never fails.</summary>
    Unknown = 0,

    /// <summary><c>PRICE_FILTER</c>: minPrice, maxPrice, tickSize for price and stopPrice.</summary>
    PriceFilter = 1,

    /// <summary><c>PERCENT_PRICE</c>: price band around the reference or average price.</summary>
    PercentPrice = 2,

    /// <summary><c>PERCENT_PRICE_BY_SIDE</c>: the price band per side.</summary>
    PercentPriceBySide = 3,

    /// <summary><c>LOT_SIZE</c>: minQty, maxQty, stepSize for quantity and icebergQty.</summary>
    LotSize = 4,

    /// <summary><c>MIN_NOTIONAL</c>: price × quantity lower bound (futures: field <c>notional</c>).</summary>
    MinNotional = 5,

    /// <summary><c>NOTIONAL</c>: price × quantity within [minNotional, maxNotional].</summary>
    Notional = 6,

    /// <summary><c>ICEBERG_PARTS</c>: the most parts an iceberg may split into.</summary>
    IcebergParts = 7,

    /// <summary><c>MARKET_LOT_SIZE</c>: LOT_SIZE for MARKET orders.</summary>
    MarketLotSize = 8,

    /// <summary><c>MAX_NUM_ORDERS</c>: open orders per symbol.</summary>
    MaxNumOrders = 9,

    /// <summary><c>MAX_NUM_ALGO_ORDERS</c>: open stop/take-profit orders per symbol (legacy name MAX_ALGO_ORDERS).</summary>
    MaxNumAlgoOrders = 10,

    /// <summary><c>MAX_NUM_ICEBERG_ORDERS</c>: open iceberg orders per symbol.</summary>
    MaxNumIcebergOrders = 11,

    /// <summary><c>MAX_POSITION</c>: base balance plus open BUY quantity.</summary>
    MaxPosition = 12,

    /// <summary><c>TRAILING_DELTA</c>: allowed trailingDelta ranges.</summary>
    TrailingDelta = 13,

    /// <summary><c>MAX_NUM_ORDER_AMENDS</c>: amendments per order.</summary>
    MaxNumOrderAmends = 14,

    /// <summary><c>MAX_NUM_ORDER_LISTS</c>: open order lists per symbol.</summary>
    MaxNumOrderLists = 15,

    /// <summary><c>EXCHANGE_MAX_NUM_ORDERS</c>: open orders on the whole exchange.</summary>
    ExchangeMaxNumOrders = 16,

    /// <summary><c>EXCHANGE_MAX_NUM_ALGO_ORDERS</c>: open algo orders on the exchange (legacy name EXCHANGE_MAX_ALGO_ORDERS).</summary>
    ExchangeMaxNumAlgoOrders = 17,

    /// <summary><c>EXCHANGE_MAX_NUM_ICEBERG_ORDERS</c>: open iceberg orders on the exchange.</summary>
    ExchangeMaxNumIcebergOrders = 18,

    /// <summary><c>EXCHANGE_MAX_NUM_ORDER_LISTS</c>: open order lists on the exchange.</summary>
    ExchangeMaxNumOrderLists = 19,

    /// <summary><c>MAX_ASSET</c>: per-order limit on an asset (only from /api/v3/myFilters).</summary>
    MaxAsset = 20,

    /// <summary><c>T_PLUS_SELL</c>: undocumented SBE-only filter; parsed and ignored.</summary>
    TPlusSell = 21,
}
