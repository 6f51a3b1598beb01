namespace BinanceErrors;

/// <summary>
/// The typed reason behind a matching-engine message (codes -1010, -2010, -2011, -2038): the exchange puts the
/// real cause of these codes in the message text, and this enum names it.
/// </summary>
public enum MatchingEngineReason
{
    /// <summary>The message is not one of the documented matching-engine messages.</summary>
    Unknown = 0,

    /// <summary>"Unknown order sent." — No order matches the orderId or client order id given; on a cancel it is already closed or never existed.</summary>
    UnknownOrder = 1,

    /// <summary>"Duplicate order sent." — The client order id is already used by an open order: the earlier order exists.</summary>
    DuplicateOrder = 2,

    /// <summary>"Market is closed." — The symbol is not trading right now.</summary>
    MarketClosed = 3,

    /// <summary>"Account has insufficient balance for requested action." — The free balance does not cover the order.</summary>
    InsufficientBalance = 4,

    /// <summary>"Market orders are not supported for this symbol." — MARKET is not among the symbol's order types.</summary>
    MarketOrdersNotSupported = 5,

    /// <summary>"Iceberg orders are not supported for this symbol." — The symbol does not allow icebergQty.</summary>
    IcebergOrdersNotSupported = 6,

    /// <summary>"Stop loss orders are not supported for this symbol." — STOP_LOSS is not among the symbol's order types.</summary>
    StopLossNotSupported = 7,

    /// <summary>"Stop loss limit orders are not supported for this symbol." — STOP_LOSS_LIMIT is not among the symbol's order types.</summary>
    StopLossLimitNotSupported = 8,

    /// <summary>"Take profit orders are not supported for this symbol." — TAKE_PROFIT is not among the symbol's order types.</summary>
    TakeProfitNotSupported = 9,

    /// <summary>"Take profit limit orders are not supported for this symbol." — TAKE_PROFIT_LIMIT is not among the symbol's order types.</summary>
    TakeProfitLimitNotSupported = 10,

    /// <summary>"Order amend is not supported for this symbol." — Amend keep-priority is not enabled on the symbol.</summary>
    AmendNotSupported = 11,

    /// <summary>"Price * QTY is zero or less." — Price times quantity rounds to zero or less.</summary>
    NotionalZeroOrLess = 12,

    /// <summary>"IcebergQty exceeds QTY." — The visible iceberg part must be smaller than the order quantity.</summary>
    IcebergQtyExceedsQuantity = 13,

    /// <summary>"This action is disabled on this account." — Support has disabled this action for the account.</summary>
    ActionDisabledOnAccount = 14,

    /// <summary>"This account may not place or cancel orders." — Trading is disabled for the account.</summary>
    TradingDisabledOnAccount = 15,

    /// <summary>"Unsupported order combination" — The combination of type, timeInForce, stopPrice and icebergQty is not allowed.</summary>
    UnsupportedOrderCombination = 16,

    /// <summary>"Order would trigger immediately." — The stop price is already reached by the last traded price.</summary>
    WouldTriggerImmediately = 17,

    /// <summary>"Cancel order is invalid. Check origClOrdId and orderId." — The cancel named neither an orderId nor an original client order id.</summary>
    CancelOrderInvalid = 18,

    /// <summary>"Order would immediately match and take." — A LIMIT_MAKER order would cross the book and trade as taker.</summary>
    WouldMatchAsTaker = 19,

    /// <summary>"The relationship of the prices for the orders is not correct." — The prices of the order list's legs are on the wrong sides of the last price.</summary>
    OrderListPriceRelationship = 20,

    /// <summary>"OCO orders are not supported for this symbol" — OCO is not enabled on the symbol.</summary>
    OcoNotSupported = 21,

    /// <summary>"Quote order qty market orders are not support for this symbol." — MARKET orders by quoteOrderQty are not enabled on the symbol.</summary>
    QuoteOrderQtyNotSupported = 22,

    /// <summary>"Trailing stop orders are not supported for this symbol." — trailingDelta is not enabled on the symbol.</summary>
    TrailingStopNotSupported = 23,

    /// <summary>"Order cancel-replace is not supported for this symbol." — Cancel-replace is not enabled on the symbol.</summary>
    CancelReplaceNotSupported = 24,

    /// <summary>"This symbol is not permitted for this account." — The account's permissions do not match the symbol's.</summary>
    SymbolNotPermitted = 25,

    /// <summary>"This symbol is restricted for this account." — The account may not trade this symbol.</summary>
    SymbolRestricted = 26,

    /// <summary>"Order was not canceled due to cancel restrictions." — cancelRestrictions did not match the order's status, so it stays open.</summary>
    CancelRestrictionsNotMet = 27,

    /// <summary>"Rest API trading is not enabled." — This server does not accept trading over the REST API.</summary>
    RestApiTradingDisabled = 28,

    /// <summary>"WebSocket API trading is not enabled." — This server does not accept trading over the WebSocket API.</summary>
    WebSocketApiTradingDisabled = 29,

    /// <summary>"FIX API trading is not enabled." — This FIX server does not accept trading.</summary>
    FixApiTradingDisabled = 30,

    /// <summary>"Order book liquidity is less than LOT_SIZE filter minimum quantity." — A quoteOrderQty MARKET order cannot fill the LOT_SIZE minimum from the book.</summary>
    LiquidityBelowLotSizeMinimum = 31,

    /// <summary>"Order book liquidity is less than MARKET_LOT_SIZE filter minimum quantity." — A quoteOrderQty MARKET order cannot fill the MARKET_LOT_SIZE minimum from the book.</summary>
    LiquidityBelowMarketLotSizeMinimum = 32,

    /// <summary>"Order book liquidity is less than symbol minimum quantity." — The book is empty, so a quoteOrderQty MARKET order cannot be sized.</summary>
    LiquidityBelowSymbolMinimum = 33,

    /// <summary>"Order amend (quantity increase) is not supported." — An amend may only lower the quantity.</summary>
    AmendQuantityIncreaseNotSupported = 34,

    /// <summary>"The requested action would change no state; rejecting" — The request would leave the order unchanged.</summary>
    NoStateChange = 35,

    /// <summary>"Pegged orders are not supported for this symbol." — Pegged orders are not enabled on the symbol.</summary>
    PeggedOrdersNotSupported = 36,

    /// <summary>"This order type may not use pegged price." — pegPriceType was sent with an order type that cannot be pegged.</summary>
    OrderTypeCannotBePegged = 37,

    /// <summary>"This price peg cannot be used with this order type." — This peg type is not allowed with this order type (MARKET_PEG on LIMIT_MAKER).</summary>
    PegNotAllowedForOrderType = 38,

    /// <summary>"Order book liquidity is too low for this pegged order." — There is no price level to peg to.</summary>
    PegLiquidityTooLow = 39,

    /// <summary>"OPO orders are not supported for this symbol." — OPO lists are not enabled on the symbol.</summary>
    OpoNotSupported = 40,

    /// <summary>"Order amend (pending OPO order) is not supported." — The pending order of an OPO cannot be amended.</summary>
    AmendPendingOpoNotSupported = 41,
}
