using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>An order inside the matching engine. Mutable, and only touched under the engine's lock.</summary>
internal sealed class EngineOrder : IBookOrder
{
    public required string Symbol { get; init; }

    public required long OrderId { get; init; }

    public required string ClientOrderId { get; init; }

    /// <summary>The order list the order belongs to, -1 for a single order.</summary>
    public long OrderListId { get; init; } = -1;

    public required string Account { get; init; }

    public required BinanceOrderSide Side { get; init; }

    public required BinanceOrderType Type { get; set; }

    /// <summary>The type as placed; a triggered stop keeps reporting it.</summary>
    public required BinanceOrderType OriginalType { get; init; }

    public BinanceTimeInForce? TimeInForce { get; set; }

    public decimal Price { get; init; }

    public decimal OrigQty { get; set; }

    /// <summary>
    /// An OPO pending leg: placed without a quantity, it gets the working leg's received amount when that fills
    /// (binance-spot-api-docs faqs/opo.md); until then it has no <c>origQty</c>.
    /// </summary>
    public bool QuantityFromWorking { get; init; }

    /// <summary>Whether the order has a quantity to report (an OPO pending leg has none until its working leg fills).</summary>
    public bool HasQuantity => !QuantityFromWorking || OrigQty > 0;

    public decimal OrigQuoteOrderQty { get; init; }

    public decimal ExecutedQty { get; set; }

    public decimal CumulativeQuoteQty { get; set; }

    public string Status { get; set; } = "NEW";

    public decimal StopPrice { get; init; }

    public long? TrailingDelta { get; init; }

    public decimal IcebergQty { get; init; }

    public long Time { get; init; }

    public long UpdateTime { get; set; }

    public long WorkingTime { get; set; } = -1;

    public bool IsWorking { get; set; }

    public string SelfTradePreventionMode { get; init; } = "NONE";

    public string? LockedAsset { get; set; }

    public decimal LockedAmount { get; set; }

    /// <summary>The most favourable price seen since placement, for trailing stops.</summary>
    public decimal? TrailingAnchor { get; set; }

    public string? ExpiryReason { get; set; }

    public decimal Remaining => OrigQty - ExecutedQty;

    public bool IsOpen => Status is "NEW" or "PARTIALLY_FILLED";

    public bool IsAlgo => OriginalType is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfit or BinanceOrderType.TakeProfitLimit;

    /// <inheritdoc />
    public void Execute(decimal qty, decimal price)
    {
        ExecutedQty += qty;
        CumulativeQuoteQty += price * qty;
    }
}
