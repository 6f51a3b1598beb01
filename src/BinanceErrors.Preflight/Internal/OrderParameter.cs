namespace BinanceErrors.Preflight.Internal;

/// <summary>The order parameters the validators name in their errors (Spot, OCO legs and futures), with their wire names and legal ranges.</summary>
internal enum OrderParameter : byte
{
    None = 0,
    Symbol,
    Side,
    Type,
    TimeInForce,
    Quantity,
    QuoteOrderQty,
    Price,
    StopPrice,
    TrailingDelta,
    IcebergQty,
    NewClientOrderId,
    AboveType,
    BelowType,
    AbovePrice,
    BelowPrice,
    AboveStopPrice,
    BelowStopPrice,
    AboveTimeInForce,
    BelowTimeInForce,
    AboveTrailingDelta,
    BelowTrailingDelta,
    AboveIcebergQty,
    BelowIcebergQty,
    PositionSide,
    ReduceOnly,
    ClosePosition,
    ActivationPrice,
    CallbackRate,
    GoodTillDate,
    PriceMatch,
}

internal static class OrderParameterNames
{
    /// <summary>The pattern the exchange quotes in -1100 for decimal parameters.</summary>
    public const string DecimalRange = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";

    public static string Name(OrderParameter parameter) => parameter switch
    {
        OrderParameter.Symbol => "symbol",
        OrderParameter.Side => "side",
        OrderParameter.Type => "type",
        OrderParameter.TimeInForce => "timeInForce",
        OrderParameter.Quantity => "quantity",
        OrderParameter.QuoteOrderQty => "quoteOrderQty",
        OrderParameter.Price => "price",
        OrderParameter.StopPrice => "stopPrice",
        OrderParameter.TrailingDelta => "trailingDelta",
        OrderParameter.IcebergQty => "icebergQty",
        OrderParameter.NewClientOrderId => "newClientOrderId",
        OrderParameter.AboveType => "aboveType",
        OrderParameter.BelowType => "belowType",
        OrderParameter.AbovePrice => "abovePrice",
        OrderParameter.BelowPrice => "belowPrice",
        OrderParameter.AboveStopPrice => "aboveStopPrice",
        OrderParameter.BelowStopPrice => "belowStopPrice",
        OrderParameter.AboveTimeInForce => "aboveTimeInForce",
        OrderParameter.BelowTimeInForce => "belowTimeInForce",
        OrderParameter.AboveTrailingDelta => "aboveTrailingDelta",
        OrderParameter.BelowTrailingDelta => "belowTrailingDelta",
        OrderParameter.AboveIcebergQty => "aboveIcebergQty",
        OrderParameter.BelowIcebergQty => "belowIcebergQty",
        OrderParameter.PositionSide => "positionSide",
        OrderParameter.ReduceOnly => "reduceOnly",
        OrderParameter.ClosePosition => "closePosition",
        OrderParameter.ActivationPrice => "activationPrice",
        OrderParameter.CallbackRate => "callbackRate",
        OrderParameter.GoodTillDate => "goodTillDate",
        OrderParameter.PriceMatch => "priceMatch",
        _ => string.Empty,
    };

    public static string LegalRange(OrderParameter parameter) => parameter switch
    {
        OrderParameter.Symbol => "^[A-Z0-9-_.]{1,20}$",
        OrderParameter.NewClientOrderId => "^[a-zA-Z0-9-_]{1,36}$",
        OrderParameter.TrailingDelta or OrderParameter.AboveTrailingDelta or OrderParameter.BelowTrailingDelta => "^([0-9]{1,20})$",
        _ => DecimalRange,
    };
}
