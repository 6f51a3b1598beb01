using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// A conditional order waiting for its trigger: it stays outside the book until its trigger price is crossed by the
/// mark price (<c>workingType=MARK_PRICE</c>) or the last price (<c>CONTRACT_PRICE</c>), then a MARKET or LIMIT order
/// enters the matching engine. On USDⓈ-M it is an Algo Service order (<c>/fapi/v1/algoOrder</c>) that places a new
/// order; on COIN-M it holds an ordinary order placed with <c>/dapi/v1/order</c> (<see cref="HeldOrder"/>), which keeps
/// its order id and becomes that LIMIT or MARKET order. Mutable, and only touched under the engine's lock.
/// </summary>
internal sealed class FuturesAlgoOrder
{
    public required string Symbol { get; init; }

    public required long AlgoId { get; init; }

    public required string ClientAlgoId { get; init; }

    public required string Account { get; init; }

    public required BinanceOrderSide Side { get; init; }

    public PositionSide PositionSide { get; init; }

    public required FuturesOrderType Type { get; init; }

    public FuturesTimeInForce TimeInForce { get; init; } = FuturesTimeInForce.Gtc;

    public decimal Quantity { get; init; }

    /// <summary>The limit price of STOP / TAKE_PROFIT; with <see cref="PriceMatch"/> it is taken from the book when the order triggers.</summary>
    public decimal Price { get; init; }

    /// <summary>The <c>priceMatch</c> mode (STOP / TAKE_PROFIT); <see langword="null"/> for NONE.</summary>
    public string? PriceMatch { get; init; }

    public decimal TriggerPrice { get; init; }

    public decimal? ActivatePrice { get; init; }

    public decimal? CallbackRate { get; init; }

    public string WorkingType { get; init; } = "CONTRACT_PRICE";

    public bool ReduceOnly { get; init; }

    public bool ClosePosition { get; init; }

    public bool PriceProtect { get; init; }

    public string SelfTradePreventionMode { get; init; } = "EXPIRE_MAKER";

    public long GoodTillDate { get; init; }

    /// <summary>NEW, CANCELED, TRIGGERED, FINISHED, REJECTED or EXPIRED, as the Algo Service reports them.</summary>
    public string AlgoStatus { get; set; } = "NEW";

    public long CreateTime { get; init; }

    public long UpdateTime { get; set; }

    public long TriggerTime { get; set; }

    /// <summary>The order it placed in the matching engine once triggered.</summary>
    public FuturesOrder? ActualOrder { get; set; }

    /// <summary>For trailing stops: the most favourable price seen since activation.</summary>
    public decimal? TrailingExtreme { get; set; }

    /// <summary>The ordinary order this trigger holds (COIN-M's conditional orders); <see langword="null"/> for an Algo Service order.</summary>
    public FuturesOrder? HeldOrder { get; init; }

    /// <summary>Still waiting: not triggered, canceled or expired (a held order canceled with DELETE /dapi/v1/order waits no more).</summary>
    public bool IsOpen => AlgoStatus == "NEW" && (HeldOrder is null || HeldOrder.Status == "NEW");

    /// <summary>The status the Algo Service reports: a triggered order whose order in the matching engine has closed is FINISHED.</summary>
    public string ReportedStatus => AlgoStatus == "TRIGGERED" && ActualOrder is { IsOpen: false } ? "FINISHED" : AlgoStatus;
}
