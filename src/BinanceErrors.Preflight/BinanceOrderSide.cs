namespace BinanceErrors.Preflight;

/// <summary>The side of an order (<c>BUY</c> / <c>SELL</c>).</summary>
public enum BinanceOrderSide
{
    /// <summary><c>BUY</c>.</summary>
    Buy = 0,

    /// <summary><c>SELL</c>.</summary>
    Sell = 1,
}
