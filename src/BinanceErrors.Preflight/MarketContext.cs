namespace BinanceErrors.Preflight;

/// <summary>
/// What the validator cannot know from exchangeInfo: prices and the account's open orders and position. A rule
/// that needs a missing value is reported in <see cref="OrderValidation.NotChecked"/>, never silently passed.
/// </summary>
public readonly record struct MarketContext
{
    /// <summary>
    /// The symbol's reference price (<c>GET /api/v3/referencePrice</c>, the Price Range Execution Rule's price). Since
    /// 2026-05-08 PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL and NOTIONAL (MARKET notional) are evaluated against
    /// it when the symbol has one; leave it empty when the symbol has none, and <see cref="AveragePrice"/> is used.
    /// </summary>
    public decimal? ReferencePrice { get; init; }

    /// <summary>
    /// The average price (<c>GET /api/v3/avgPrice</c>: over the filters' <c>avgPriceMins</c>, the last price when that is
    /// 0). Those filters use it when the symbol has no reference price (<see cref="ReferencePrice"/> empty).
    /// </summary>
    public decimal? AveragePrice { get; init; }

    /// <summary>The last traded price (stop trigger direction, OCO price relationships).</summary>
    public decimal? LastPrice { get; init; }

    /// <summary>The best bid (a SELL LIMIT_MAKER at or below it would take).</summary>
    public decimal? BestBid { get; init; }

    /// <summary>The best ask (a BUY LIMIT_MAKER at or above it would take).</summary>
    public decimal? BestAsk { get; init; }

    /// <summary>Open orders on the symbol, algo orders included (MAX_NUM_ORDERS).</summary>
    public int? OpenOrders { get; init; }

    /// <summary>Open stop and take-profit orders on the symbol (MAX_NUM_ALGO_ORDERS).</summary>
    public int? OpenAlgoOrders { get; init; }

    /// <summary>Open iceberg orders on the symbol (MAX_NUM_ICEBERG_ORDERS).</summary>
    public int? OpenIcebergOrders { get; init; }

    /// <summary>Open orders on the whole exchange (EXCHANGE_MAX_NUM_ORDERS).</summary>
    public int? ExchangeOpenOrders { get; init; }

    /// <summary>Open algo orders on the whole exchange (EXCHANGE_MAX_NUM_ALGO_ORDERS).</summary>
    public int? ExchangeOpenAlgoOrders { get; init; }

    /// <summary>Open iceberg orders on the whole exchange (EXCHANGE_MAX_NUM_ICEBERG_ORDERS).</summary>
    public int? ExchangeOpenIcebergOrders { get; init; }

    /// <summary>The position for MAX_POSITION: free plus locked base asset plus the quantity of open BUY orders.</summary>
    public decimal? Position { get; init; }

    /// <summary>The price the price-band and notional filters are evaluated against: the reference price, else the average price.</summary>
    internal decimal? FilterPrice => ReferencePrice ?? AveragePrice;
}
