namespace BinanceErrors.Preflight;

/// <summary>An order's values after validation, as exact decimals; fields that were not sent are <see langword="null"/>.</summary>
public readonly record struct ParsedOrder
{
    /// <summary>The side.</summary>
    public BinanceOrderSide Side { get; init; }

    /// <summary>The type.</summary>
    public BinanceOrderType Type { get; init; }

    /// <summary>The time in force, when sent.</summary>
    public BinanceTimeInForce? TimeInForce { get; init; }

    /// <summary>The quantity, when sent.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The quote order quantity, when sent.</summary>
    public decimal? QuoteOrderQty { get; init; }

    /// <summary>The price, when sent.</summary>
    public decimal? Price { get; init; }

    /// <summary>The stop price, when sent.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>The trailing delta in basis points, when sent.</summary>
    public long? TrailingDelta { get; init; }

    /// <summary>The iceberg quantity, when sent.</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>Whether the type is a stop or take-profit type (counted by MAX_NUM_ALGO_ORDERS).</summary>
    public bool IsAlgo => IsAlgoType(Type);

    /// <summary>Whether a type is a stop or take-profit type (counted by MAX_NUM_ALGO_ORDERS); the one statement of the rule.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT.</returns>
    internal static bool IsAlgoType(BinanceOrderType type) =>
        type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfit or BinanceOrderType.TakeProfitLimit;
}
