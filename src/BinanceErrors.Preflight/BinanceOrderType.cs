namespace BinanceErrors.Preflight;

/// <summary>Spot order types; the values are bit positions so a symbol's allowed set fits in one integer.</summary>
public enum BinanceOrderType
{
    /// <summary><c>LIMIT</c>: timeInForce, quantity and price.</summary>
    Limit = 0,

    /// <summary><c>MARKET</c>: quantity or quoteOrderQty.</summary>
    Market = 1,

    /// <summary><c>STOP_LOSS</c>: quantity and stopPrice or trailingDelta; executes as MARKET when triggered.</summary>
    StopLoss = 2,

    /// <summary><c>STOP_LOSS_LIMIT</c>: timeInForce, quantity, price, and stopPrice or trailingDelta.</summary>
    StopLossLimit = 3,

    /// <summary><c>TAKE_PROFIT</c>: quantity and stopPrice or trailingDelta; executes as MARKET when triggered.</summary>
    TakeProfit = 4,

    /// <summary><c>TAKE_PROFIT_LIMIT</c>: timeInForce, quantity, price, and stopPrice or trailingDelta.</summary>
    TakeProfitLimit = 5,

    /// <summary><c>LIMIT_MAKER</c>: quantity and price; rejected if it would take.</summary>
    LimitMaker = 6,
}
