namespace BinanceErrors.Preflight.Futures;

/// <summary>Futures rules that need market or account context; a set of these says which were not checked for lack of it.</summary>
[Flags]
#pragma warning disable CA1711 // "Checks" names a set of checks, not a collection type.
public enum FuturesPreflightChecks
#pragma warning restore CA1711
{
    /// <summary>Everything was checked.</summary>
    None = 0,

    /// <summary>PERCENT_PRICE for a LIMIT price (needs the mark price; -4016/-4024).</summary>
    PercentPrice = 1 << 0,

    /// <summary>PERCENT_PRICE for a MARKET order (needs the mark price and the best bid or ask; USDⓈ-M -4131, COIN-M -4113).</summary>
    MarketPercentPrice = 1 << 1,

    /// <summary>MIN_NOTIONAL for a MARKET order (needs the mark price; USDⓈ-M -4164).</summary>
    MinNotional = 1 << 2,

    /// <summary>MAX_NUM_ORDERS (needs the open order count; -2025).</summary>
    MaxNumOrders = 1 << 3,

    /// <summary>The symbol's MAX_NUM_ALGO_ORDERS filter, in documents that still carry it (needs the symbol's open algo order count; -4045).</summary>
    MaxNumAlgoOrders = 1 << 4,

    /// <summary>Position side against the account's mode, and <c>reduceOnly</c> in Hedge Mode (needs dualSidePosition; -4061, -1106).</summary>
    PositionMode = 1 << 5,

    /// <summary>The goodTillDate window (needs the current time; -5040).</summary>
    GoodTillDate = 1 << 6,

    /// <summary>
    /// The account-wide limit of open conditional orders across all symbols, applied when the symbol has no
    /// MAX_NUM_ALGO_ORDERS filter (needs the account's open algo order count; -4045).
    /// </summary>
    AccountAlgoOrders = 1 << 7,

    /// <summary>A COIN-M conditional order against the working price (needs the last price, or the mark price for workingType=MARK_PRICE; -2021).</summary>
    TriggerDirection = 1 << 8,

    /// <summary>A COIN-M delivery contract's delivery date (needs the current time; -1121 once delivered).</summary>
    Delivery = 1 << 9,
}
