namespace BinanceErrors.Preflight;

/// <summary>Rules that need market or account context; a set of these says which were not checked for lack of it.</summary>
[Flags]
#pragma warning disable CA1711 // "Checks" names a set of checks, not a collection type.
public enum PreflightChecks
#pragma warning restore CA1711
{
    /// <summary>Everything was checked.</summary>
    None = 0,

    /// <summary>PERCENT_PRICE (needs the reference price).</summary>
    PercentPrice = 1 << 0,

    /// <summary>PERCENT_PRICE_BY_SIDE (needs the reference price).</summary>
    PercentPriceBySide = 1 << 1,

    /// <summary>MIN_NOTIONAL for a MARKET order (needs the reference price).</summary>
    MinNotional = 1 << 2,

    /// <summary>NOTIONAL for a MARKET order (needs the reference price).</summary>
    Notional = 1 << 3,

    /// <summary>MAX_NUM_ORDERS (needs the open order count).</summary>
    MaxNumOrders = 1 << 4,

    /// <summary>MAX_NUM_ALGO_ORDERS (needs the open algo order count).</summary>
    MaxNumAlgoOrders = 1 << 5,

    /// <summary>MAX_NUM_ICEBERG_ORDERS (needs the open iceberg order count).</summary>
    MaxNumIcebergOrders = 1 << 6,

    /// <summary>MAX_POSITION (needs the position).</summary>
    MaxPosition = 1 << 7,

    /// <summary>EXCHANGE_MAX_NUM_ORDERS (needs the account's open order count).</summary>
    ExchangeMaxNumOrders = 1 << 8,

    /// <summary>EXCHANGE_MAX_NUM_ALGO_ORDERS (needs the account's open algo order count).</summary>
    ExchangeMaxNumAlgoOrders = 1 << 9,

    /// <summary>EXCHANGE_MAX_NUM_ICEBERG_ORDERS (needs the account's open iceberg order count).</summary>
    ExchangeMaxNumIcebergOrders = 1 << 10,

    /// <summary>"Order would trigger immediately." (needs the last price).</summary>
    TriggerDirection = 1 << 11,

    /// <summary>"Order would immediately match and take." for LIMIT_MAKER (needs the best bid or ask).</summary>
    MakerCross = 1 << 12,

    /// <summary>OCO "The relationship of the prices for the orders is not correct." (needs the last price).</summary>
    OrderListPrices = 1 << 13,
}
