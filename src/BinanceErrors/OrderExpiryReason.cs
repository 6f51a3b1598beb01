namespace BinanceErrors;

/// <summary>
/// Why a Spot or Binance.US order expired: the <c>expiryReason</c> of an order response or query and the <c>eR</c> of an
/// <c>executionReport</c> (binance-spot-api-docs enums.md, "Expiry Reasons"; sent since 2026-03-26). An expiry is an
/// outcome of the order's own rules or of the exchange, not a rejected request.
/// </summary>
public enum OrderExpiryReason
{
    /// <summary>A value this version does not know; <see cref="OrderExpiry.ReasonText"/> keeps it as sent.</summary>
    Unknown = 0,

    /// <summary><c>NONE</c>: no particular reason was given.</summary>
    None = 1,

    /// <summary>
    /// <c>REJECTED</c>: a contingent order, or an order of an OTO list, was refused by the matching engine when it was to
    /// be placed on the book (lack of funds or a filter, typically).
    /// </summary>
    Rejected = 2,

    /// <summary><c>EXCHANGE_CANCELED</c>: Binance canceled the order.</summary>
    ExchangeCanceled = 3,

    /// <summary><c>OCO_TRIGGER</c>: the order's OCO partner started working, or the whole OCO expired.</summary>
    OcoTrigger = 4,

    /// <summary><c>OTO_PHASE_ONE_EXPIRED</c>: the working order of the list expired, and the whole list with it.</summary>
    OtoPhaseOneExpired = 5,

    /// <summary><c>UNFILLED_IOC_QUANTITY_EXPIRED</c>: the part of an IOC order that did not fill at once expired.</summary>
    UnfilledIocQuantityExpired = 6,

    /// <summary><c>UNFILLED_FOK_ORDER_EXPIRED</c>: a FOK order could not fill completely and expired.</summary>
    UnfilledFokOrderExpired = 7,

    /// <summary><c>INSUFFICIENT_LIQUIDITY</c>: the book had not enough orders to match this one.</summary>
    InsufficientLiquidity = 8,

    /// <summary>
    /// <c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c>: a taker order would have traded outside the Price Range Execution
    /// Rule's band around the reference price, so its rest expired instead (2026-03-26).
    /// </summary>
    ExecutionRulePriceRangeExceeded = 9,
}
