using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Futures;

/// <summary>One symbol of <c>/fapi/v1/exchangeInfo</c> or <c>/dapi/v1/exchangeInfo</c> as the exchange describes it (before compilation into <see cref="FuturesSymbolRules"/>).</summary>
public sealed record FuturesSymbolInfo
{
    /// <summary>The symbol, e.g. <c>BTCUSDT</c> (futures symbols may contain non-ASCII letters).</summary>
    public required string Symbol { get; init; }

    /// <summary>The underlying pair, e.g. <c>BTCUSDT</c>.</summary>
    public string Pair { get; init; } = string.Empty;

    /// <summary>The contract type.</summary>
    public ContractType ContractType { get; init; }

    /// <summary>The contract type as sent, for types this version does not know.</summary>
    public string ContractTypeText { get; init; } = string.Empty;

    /// <summary>Delivery time in epoch milliseconds (far future for perpetuals).</summary>
    public long DeliveryDate { get; init; }

    /// <summary>Listing time in epoch milliseconds.</summary>
    public long OnboardDate { get; init; }

    /// <summary>
    /// COIN-M: the USD value of one contract (100 for BTCUSD, 10 for most others); quantities are numbers of contracts,
    /// worth contracts × contractSize / price in the margin coin. <see langword="null"/> on USDⓈ-M, where quantities
    /// are in the base asset.
    /// </summary>
    public decimal? ContractSize { get; init; }

    /// <summary>The status (<c>status</c> on USDⓈ-M, <c>contractStatus</c> on COIN-M).</summary>
    public ContractStatus Status { get; init; }

    /// <summary>The status as sent, for statuses this version does not know.</summary>
    public string StatusText { get; init; } = string.Empty;

    /// <summary>The base asset, e.g. <c>BTC</c>.</summary>
    public string BaseAsset { get; init; } = string.Empty;

    /// <summary>The quote asset, e.g. <c>USDT</c>.</summary>
    public string QuoteAsset { get; init; } = string.Empty;

    /// <summary>The margin asset, e.g. <c>USDT</c>; on COIN-M the coin (<c>BTC</c> for BTCUSD_PERP).</summary>
    public string MarginAsset { get; init; } = string.Empty;

    /// <summary>
    /// Most decimal places a <c>price</c> may have (more is -1111). The docs say "please do not use it as tickSize":
    /// a price within this precision can still break the tick (-4014).
    /// </summary>
    public int PricePrecision { get; init; }

    /// <summary>Most decimal places a <c>quantity</c> may have (more is -1111); not the step size.</summary>
    public int QuantityPrecision { get; init; }

    /// <summary>Decimal places of the base asset.</summary>
    public int BaseAssetPrecision { get; init; }

    /// <summary>Decimal places of the quote asset.</summary>
    public int QuotePrecision { get; init; }

    /// <summary>The underlying type, e.g. <c>COIN</c>.</summary>
    public string UnderlyingType { get; init; } = string.Empty;

    /// <summary>The underlying sub-types, e.g. <c>STORAGE</c>.</summary>
    public IReadOnlyList<string> UnderlyingSubType { get; init; } = [];

    /// <summary>Threshold for conditional orders sent with <c>priceProtect</c>.</summary>
    public decimal? TriggerProtect { get; init; }

    /// <summary>The liquidation fee rate.</summary>
    public decimal? LiquidationFee { get; init; }

    /// <summary>The largest price difference from the mark price a MARKET order may make.</summary>
    public decimal? MarketTakeBound { get; init; }

    /// <summary>The order types the symbol accepts (from <c>orderTypes</c>, or <c>BinanceOrderType</c> as the doc sample spells it); unknown names are dropped.</summary>
    public IReadOnlyList<FuturesOrderType> OrderTypes { get; init; } = [];

    /// <summary>The times in force the symbol accepts; unknown names are dropped.</summary>
    public IReadOnlyList<FuturesTimeInForce> TimeInForce { get; init; } = [];

    /// <summary>Every filter, in the order sent; unknown types are kept as <see cref="UnknownFilter"/>.</summary>
    public IReadOnlyList<SymbolFilter> Filters { get; init; } = [];
}
