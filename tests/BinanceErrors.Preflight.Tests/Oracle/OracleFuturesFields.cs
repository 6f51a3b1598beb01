using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// The parameters both futures order endpoints share, with the endpoint's own spelling of the names that differ
/// (<c>stopPrice</c>/<c>triggerPrice</c>, <c>activationPrice</c>/<c>activatePrice</c>, <c>newClientOrderId</c>/<c>clientAlgoId</c>),
/// so one rule set serves <c>/fapi/v1/order</c> and <c>/fapi/v1/algoOrder</c>.
/// </summary>
internal readonly struct OracleFuturesFields
{
    public bool IsAlgo { get; init; }

    public string? Symbol { get; init; }

    public string? Side { get; init; }

    public string? PositionSide { get; init; }

    public string? Type { get; init; }

    public string? TimeInForce { get; init; }

    public string? Quantity { get; init; }

    public string? ReduceOnly { get; init; }

    public string? Price { get; init; }

    public string? ClientId { get; init; }

    public string? StopPrice { get; init; }

    public string? ClosePosition { get; init; }

    public string? ActivationPrice { get; init; }

    public string? CallbackRate { get; init; }

    public string? WorkingType { get; init; }

    public string? PriceProtect { get; init; }

    public string? PriceMatch { get; init; }

    public string? SelfTradePreventionMode { get; init; }

    public string? NewOrderRespType { get; init; }

    public string? GoodTillDate { get; init; }

    public string StopPriceName => IsAlgo ? "triggerPrice" : "stopPrice";

    public string ActivationPriceName => IsAlgo ? "activatePrice" : "activationPrice";

    public string ClientIdName => IsAlgo ? "clientAlgoId" : "newClientOrderId";

    public static OracleFuturesFields From(in FuturesOrderRequest r) => new()
    {
        Symbol = r.Symbol,
        Side = r.Side,
        PositionSide = r.PositionSide,
        Type = r.Type,
        TimeInForce = r.TimeInForce,
        Quantity = r.Quantity,
        ReduceOnly = r.ReduceOnly,
        Price = r.Price,
        ClientId = r.NewClientOrderId,
        StopPrice = r.StopPrice,
        ClosePosition = r.ClosePosition,
        ActivationPrice = r.ActivationPrice,
        CallbackRate = r.CallbackRate,
        WorkingType = r.WorkingType,
        PriceProtect = r.PriceProtect,
        PriceMatch = r.PriceMatch,
        SelfTradePreventionMode = r.SelfTradePreventionMode,
        NewOrderRespType = r.NewOrderRespType,
        GoodTillDate = r.GoodTillDate,
    };

    public static OracleFuturesFields From(in FuturesAlgoOrderRequest r) => new()
    {
        IsAlgo = true,
        Symbol = r.Symbol,
        Side = r.Side,
        PositionSide = r.PositionSide,
        Type = r.Type,
        TimeInForce = r.TimeInForce,
        Quantity = r.Quantity,
        ReduceOnly = r.ReduceOnly,
        Price = r.Price,
        ClientId = r.ClientAlgoId,
        StopPrice = r.TriggerPrice,
        ClosePosition = r.ClosePosition,
        ActivationPrice = r.ActivatePrice,
        CallbackRate = r.CallbackRate,
        WorkingType = r.WorkingType,
        PriceProtect = r.PriceProtect,
        PriceMatch = r.PriceMatch,
        SelfTradePreventionMode = r.SelfTradePreventionMode,
        NewOrderRespType = r.NewOrderRespType,
        GoodTillDate = r.GoodTillDate,
    };
}
