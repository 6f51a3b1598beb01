namespace BinanceErrors;

/// <summary>
/// Why a USDⓈ-M or COIN-M futures order expired: the numeric <c>er</c> of an <c>ORDER_TRADE_UPDATE</c> event (the
/// derivatives user data streams' "Expiry Reason" lists: 0 to 9 on USDⓈ-M, 0 to 11 on COIN-M). The value is the
/// documented number.
/// </summary>
public enum FuturesOrderExpiryReason
{
    /// <summary><c>0</c>: none (the default).</summary>
    None = 0,

    /// <summary><c>1</c>: expired by self-trade prevention, so the account would not trade against itself.</summary>
    SelfTradePrevention = 1,

    /// <summary><c>2</c>: the part of an IOC order that could not fill at once was canceled.</summary>
    UnfilledIocQuantity = 2,

    /// <summary><c>3</c>: the part of an IOC order that self-trade prevention kept from filling was canceled.</summary>
    UnfilledIocSelfTradePrevention = 3,

    /// <summary>
    /// <c>4</c>: a reduce-only order was knocked out by a higher-priority reduce-only (market) order, or would have
    /// opened a reversed position.
    /// </summary>
    ReduceOnlyKnockedOut = 4,

    /// <summary><c>5</c>: expired while the account was liquidated.</summary>
    Liquidation = 5,

    /// <summary><c>6</c>: a GTE (good till the position ends) condition was no longer met.</summary>
    GteConditionUnsatisfied = 6,

    /// <summary><c>7</c>: canceled because the symbol was delisted.</summary>
    SymbolDelisted = 7,

    /// <summary><c>8</c>: the initial order was canceled after its stop (take-profit / stop-loss) order triggered.</summary>
    StopOrderTriggered = 8,

    /// <summary><c>9</c>: the part of a MARKET order that could not fill was canceled.</summary>
    UnfilledMarketQuantity = 9,

    /// <summary><c>10</c> (COIN-M's list): a FOK order could not fill completely and was canceled.</summary>
    UnfilledFokOrder = 10,

    /// <summary><c>11</c> (COIN-M's list): a post-only (GTX) order would have traded as a taker and was canceled.</summary>
    PostOnlyWouldTake = 11,
}
