namespace BinanceErrors.Preflight.Futures;

/// <summary>USDⓈ-M and COIN-M order types; the values are bit positions so a symbol's allowed set fits in one integer.</summary>
public enum FuturesOrderType
{
    /// <summary><c>LIMIT</c>: timeInForce, quantity and price.</summary>
    Limit = 0,

    /// <summary><c>MARKET</c>: quantity.</summary>
    Market = 1,

    /// <summary><c>STOP</c>: a conditional limit order (quantity, price, trigger price); Algo Service only since 2025-12-09.</summary>
    Stop = 2,

    /// <summary><c>STOP_MARKET</c>: a conditional market order (trigger price); Algo Service only since 2025-12-09.</summary>
    StopMarket = 3,

    /// <summary><c>TAKE_PROFIT</c>: a conditional limit order (quantity, price, trigger price); Algo Service only.</summary>
    TakeProfit = 4,

    /// <summary><c>TAKE_PROFIT_MARKET</c>: a conditional market order (trigger price); Algo Service only.</summary>
    TakeProfitMarket = 5,

    /// <summary><c>TRAILING_STOP_MARKET</c>: a trailing stop (callbackRate, optional activation price); Algo Service only.</summary>
    TrailingStopMarket = 6,
}
