namespace BinanceErrors.Preflight.Futures;

/// <summary>A futures order's values after validation, as exact decimals; fields that were not sent are <see langword="null"/>.</summary>
public readonly record struct ParsedFuturesOrder
{
    /// <summary>The side.</summary>
    public BinanceOrderSide Side { get; init; }

    /// <summary>The type.</summary>
    public FuturesOrderType Type { get; init; }

    /// <summary>The position side, when sent.</summary>
    public PositionSide? PositionSide { get; init; }

    /// <summary>The time in force, when sent.</summary>
    public FuturesTimeInForce? TimeInForce { get; init; }

    /// <summary>The quantity, when sent.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The price, when sent.</summary>
    public decimal? Price { get; init; }

    /// <summary>The stop price (<c>stopPrice</c>, or <c>triggerPrice</c> on the algo endpoint), when sent.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>The trailing stop activation price, when sent.</summary>
    public decimal? ActivationPrice { get; init; }

    /// <summary>The trailing stop callback rate in percent, when sent.</summary>
    public decimal? CallbackRate { get; init; }

    /// <summary>Whether <c>reduceOnly=true</c> was sent.</summary>
    public bool ReduceOnly { get; init; }

    /// <summary>Whether <c>closePosition=true</c> was sent.</summary>
    public bool ClosePosition { get; init; }

    /// <summary>The goodTillDate in epoch milliseconds, when sent.</summary>
    public long? GoodTillDate { get; init; }

    /// <summary>Whether the order only reduces a position (reduce-only or close-position): exempt from MIN_NOTIONAL.</summary>
    public bool ReducesOnly => OnlyReduces(ReduceOnly, ClosePosition);

    /// <summary>Whether an order with these flags only reduces a position; the one statement of the rule.</summary>
    /// <param name="reduceOnly">Whether reduceOnly is true.</param>
    /// <param name="closePosition">Whether closePosition is true.</param>
    /// <returns><see langword="true"/> when either is.</returns>
    internal static bool OnlyReduces(bool reduceOnly, bool closePosition) => reduceOnly || closePosition;
}
