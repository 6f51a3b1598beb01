namespace BinanceErrors.Preflight.Futures;

/// <summary>A futures symbol's status (<c>status</c> in <c>/fapi/v1/exchangeInfo</c>); only <see cref="Trading"/> opens positions.</summary>
public enum ContractStatus
{
    /// <summary>A status this version does not know; treated as not trading.</summary>
    Unknown = 0,

    /// <summary><c>PENDING_TRADING</c>.</summary>
    PendingTrading = 1,

    /// <summary><c>TRADING</c>.</summary>
    Trading = 2,

    /// <summary><c>PRE_DELIVERING</c>.</summary>
    PreDelivering = 3,

    /// <summary><c>DELIVERING</c>.</summary>
    Delivering = 4,

    /// <summary><c>DELIVERED</c>.</summary>
    Delivered = 5,

    /// <summary><c>PRE_SETTLE</c>.</summary>
    PreSettle = 6,

    /// <summary><c>SETTLING</c>.</summary>
    Settling = 7,

    /// <summary><c>CLOSE</c>: the symbol is closed.</summary>
    Close = 8,
}
