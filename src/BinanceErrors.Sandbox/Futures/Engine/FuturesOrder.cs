using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>A futures order inside the futures engine. Mutable, and only touched under the engine's lock.</summary>
internal sealed class FuturesOrder : IBookOrder
{
    public required string Symbol { get; init; }

    public required long OrderId { get; init; }

    public required string ClientOrderId { get; init; }

    public required string Account { get; init; }

    public required BinanceOrderSide Side { get; init; }

    /// <summary>How the symbol's quantities and prices become money (cumQuote on USDⓈ-M, cumBase on COIN-M).</summary>
    public required FuturesContract Contract { get; init; }

    public PositionSide PositionSide { get; init; }

    /// <summary>The type the matching engine works with: a held conditional order's own type until it triggers, then LIMIT or MARKET.</summary>
    public required FuturesOrderType Type { get; set; }

    /// <summary>The conditional type the order had before it triggered (an algo order's, or a held conditional order's); the type otherwise.</summary>
    public FuturesOrderType OrigType { get; init; }

    /// <summary>Whether the Algo Service placed it when an algo order triggered (listed as the algo order, not again).</summary>
    public bool PlacedByAlgo { get; init; }

    public FuturesTimeInForce TimeInForce { get; init; } = FuturesTimeInForce.Gtc;

    /// <summary>The limit price; for a <c>priceMatch</c> order the book price it matched at placement (or amendment).</summary>
    public decimal Price { get; set; }

    /// <summary>The <c>priceMatch</c> mode the order was placed (or amended) with (OPPONENT, QUEUE_5, …); <see langword="null"/> for NONE.</summary>
    public string? PriceMatch { get; set; }

    /// <summary>The quantity; a held closePosition order takes the position's size when it triggers, an amendment changes it.</summary>
    public decimal OrigQty { get; set; }

    public decimal ExecutedQty { get; set; }

    /// <summary>What the fills are worth in the margin asset: <c>cumQuote</c> (USDⓈ-M) or <c>cumBase</c> (COIN-M).</summary>
    public decimal CumValue { get; set; }

    public bool ReduceOnly { get; init; }

    public bool ClosePosition { get; init; }

    public decimal StopPrice { get; init; }

    public string WorkingType { get; init; } = "CONTRACT_PRICE";

    /// <summary>A trailing stop's activation price (<c>activatePrice</c> in answers); <see langword="null"/> when none was given.</summary>
    public decimal? ActivatePrice { get; init; }

    /// <summary>A trailing stop's callback rate in percent (<c>priceRate</c> in answers).</summary>
    public decimal? PriceRate { get; init; }

    public bool PriceProtect { get; init; }

    public string SelfTradePreventionMode { get; init; } = "EXPIRE_MAKER";

    public long GoodTillDate { get; init; }

    public string Status { get; set; } = "NEW";

    public long Time { get; init; }

    public long UpdateTime { get; set; }

    /// <summary>Why the order expired (the <c>er</c> of its ORDER_TRADE_UPDATE); None while it has not.</summary>
    public FuturesOrderExpiryReason ExpiryReason { get; set; }

    /// <summary>The algo order that placed this order when it triggered; <see langword="null"/> for an order a client placed.</summary>
    public FuturesAlgoOrder? Algo { get; init; }

    /// <summary>How many times the order was amended (<c>PUT /fapi/v1/order</c>, <c>order.modify</c>); at most 10,000.</summary>
    public int AmendCount { get; set; }

    public decimal Remaining => OrigQty - ExecutedQty;

    public decimal AvgPrice => Contract.AveragePrice(ExecutedQty, CumValue);

    public bool IsOpen => Status is "NEW" or "PARTIALLY_FILLED";

    /// <inheritdoc />
    public void Execute(decimal qty, decimal price)
    {
        ExecutedQty += qty;
        CumValue += Contract.Value(qty, price);
    }
}
