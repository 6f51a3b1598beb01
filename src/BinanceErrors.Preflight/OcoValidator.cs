using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight;

/// <summary>
/// Validates <c>POST /api/v3/orderList/oco</c>: leg types (-1158, -1168), the side rules (-1165, -1166,
/// -1196…-1199), per-leg parameters and filters, and — given the last price — the price relationship
/// ("The relationship of the prices for the orders is not correct.").
/// </summary>
public static class OcoValidator
{
    /// <summary>Validates an OCO order list.</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="oco">The parameters as they would be sent.</param>
    /// <param name="context">The last price (price relationship) and the account's counts (both legs count).</param>
    /// <returns>The outcome; <see cref="OrderValidation.Order"/> holds the above leg.</returns>
    public static OrderValidation Validate(ExchangeRules exchange, in OcoRequest oco, in MarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var rejections = exchange.Rejections;
        if (FirstMissing(oco) is var missing and not OrderParameter.None)
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, missing));
        }

        if (oco.Side is not ("BUY" or "SELL"))
        {
            return Fail(rejections.Code(BinanceErrorCodes.InvalidSide));
        }

        if (!OrderTypeNames.TryParse(oco.AboveType, out var above) || !OrderTypeNames.TryParse(oco.BelowType, out var below))
        {
            return Fail(rejections.Code(BinanceErrorCodes.InvalidOrderType));
        }

        if (above is BinanceOrderType.Limit or BinanceOrderType.Market || below is BinanceOrderType.Limit or BinanceOrderType.Market)
        {
            return Fail(rejections.Code(BinanceErrorCodes.OcoOrderTypeRejected));
        }

        if (!IsStopLoss(above) && !IsStopLoss(below))
        {
            return Fail(rejections.Code(BinanceErrorCodes.BothOcoOrdersCannotBeLimit));
        }

        var buy = oco.Side == "BUY";
        // The leg on the wrong side is named by what it is: the limit or take-profit leg first, then the stop.
        var sideRule = buy
            ? (above == BinanceOrderType.LimitMaker ? BinanceErrorCodes.BuyOcoLimitMustBeBelow
                : IsTakeProfit(above) ? BinanceErrorCodes.BuyOcoTakeProfitMustBeBelow
                : IsStopLoss(below) ? BinanceErrorCodes.BuyOcoStopLossMustBeAbove : 0)
            : (below == BinanceOrderType.LimitMaker ? BinanceErrorCodes.SellOcoLimitMustBeAbove
                : IsTakeProfit(below) ? BinanceErrorCodes.SellOcoTakeProfitMustBeAbove
                : IsStopLoss(above) ? BinanceErrorCodes.SellOcoStopLossMustBeBelow : 0);
        if (sideRule != 0)
        {
            return Fail(rejections.Code(sideRule));
        }

        var aboveLeg = Leg(oco, above, oco.AbovePrice, oco.AboveStopPrice, oco.AboveTrailingDelta, oco.AboveTimeInForce, oco.AboveIcebergQty);
        var belowLeg = Leg(oco, below, oco.BelowPrice, oco.BelowStopPrice, oco.BelowTrailingDelta, oco.BelowTimeInForce, oco.BelowIcebergQty);
        if (LegParameters(rejections, above, oco.AbovePrice, oco.AboveStopPrice, oco.AboveTrailingDelta, oco.AboveTimeInForce, oco.AboveIcebergQty, true) is { } aboveError)
        {
            return Fail(aboveError);
        }

        if (LegParameters(rejections, below, oco.BelowPrice, oco.BelowStopPrice, oco.BelowTrailingDelta, oco.BelowTimeInForce, oco.BelowIcebergQty, false) is { } belowError)
        {
            return Fail(belowError);
        }

        // Legs are checked without the market: the list's own price rule below replaces their trigger checks.
        var legContext = context with { LastPrice = null, BestBid = null, BestAsk = null };
        var first = OrderValidator.Validate(exchange, aboveLeg, legContext);
        if (first.IsValid && first.Rules is { } rules && !rules.Info.OcoAllowed)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.OcoNotSupported));
        }

        if (!first.IsValid)
        {
            return first;
        }

        // The second leg is the list's second order on the symbol.
        var secondContext = legContext with
        {
            OpenOrders = context.OpenOrders + 1,
            OpenAlgoOrders = context.OpenAlgoOrders + (first.Order.IsAlgo ? 1 : 0),
            ExchangeOpenOrders = context.ExchangeOpenOrders + 1,
            ExchangeOpenAlgoOrders = context.ExchangeOpenAlgoOrders + (first.Order.IsAlgo ? 1 : 0),
        };
        var second = OrderValidator.Validate(exchange, belowLeg, secondContext);
        if (!second.IsValid)
        {
            return second;
        }

        var notChecked = (first.NotChecked | second.NotChecked) & ~(PreflightChecks.TriggerDirection | PreflightChecks.MakerCross);
        var limitLeg = IsStopLoss(above) ? second.Order : first.Order;
        var stopLeg = IsStopLoss(above) ? first.Order : second.Order;
        var limitPrice = limitLeg.Type == BinanceOrderType.TakeProfit ? limitLeg.StopPrice : limitLeg.Price;
        if (context.LastPrice is { } last && limitPrice is { } lp && stopLeg.StopPrice is { } sp)
        {
            var ordered = buy ? lp < last && last < sp : lp > last && last > sp;
            if (!ordered)
            {
                return Fail(rejections.MatchingEngine(MatchingEngineReason.OrderListPriceRelationship), notChecked);
            }
        }
        else if (limitPrice is not null && stopLeg.StopPrice is not null)
        {
            notChecked |= PreflightChecks.OrderListPrices;
        }

        return first.With(null, notChecked);
    }

    private static OrderValidation Fail(BinanceError error, PreflightChecks notChecked = PreflightChecks.None) => new(error, notChecked, null);

    /// <summary>The first mandatory parameter not sent, in the order they are checked; without an array to allocate per call.</summary>
    private static OrderParameter FirstMissing(in OcoRequest oco) =>
        string.IsNullOrEmpty(oco.Symbol) ? OrderParameter.Symbol
        : string.IsNullOrEmpty(oco.Side) ? OrderParameter.Side
        : string.IsNullOrEmpty(oco.Quantity) ? OrderParameter.Quantity
        : string.IsNullOrEmpty(oco.AboveType) ? OrderParameter.AboveType
        : string.IsNullOrEmpty(oco.BelowType) ? OrderParameter.BelowType
        : OrderParameter.None;

    private static bool IsStopLoss(BinanceOrderType type) => type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit;

    private static bool IsTakeProfit(BinanceOrderType type) => type is BinanceOrderType.TakeProfit or BinanceOrderType.TakeProfitLimit;

    private static OrderRequest Leg(in OcoRequest oco, BinanceOrderType type, string? price, string? stopPrice, string? trailingDelta, string? timeInForce, string? icebergQty) => new()
    {
        Symbol = oco.Symbol,
        Side = oco.Side,
        Type = type.ToWireName(),
        Quantity = oco.Quantity,
        Price = price,
        StopPrice = stopPrice,
        TrailingDelta = trailingDelta,
        TimeInForce = timeInForce,
        IcebergQty = icebergQty,
    };

    private static BinanceError? LegParameters(Rejections rejections, BinanceOrderType type, string? price, string? stopPrice, string? trailingDelta, string? timeInForce, string? icebergQty, bool isAbove)
    {
        var priced = type is BinanceOrderType.LimitMaker or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit;
        var triggered = type is not BinanceOrderType.LimitMaker;
        var timed = type is BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit;
        if (priced && string.IsNullOrEmpty(price))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, isAbove ? OrderParameter.AbovePrice : OrderParameter.BelowPrice);
        }

        if (triggered && string.IsNullOrEmpty(stopPrice) && string.IsNullOrEmpty(trailingDelta))
        {
            return isAbove
                ? rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.AboveStopPrice, OrderParameter.AboveTrailingDelta)
                : rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.BelowStopPrice, OrderParameter.BelowTrailingDelta);
        }

        if (timed && string.IsNullOrEmpty(timeInForce))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, isAbove ? OrderParameter.AboveTimeInForce : OrderParameter.BelowTimeInForce);
        }

        if (!string.IsNullOrEmpty(icebergQty) && timed && timeInForce != "GTC")
        {
            return rejections.Parameter(BinanceErrorCodes.OcoIcebergqtyTimeinforce, isAbove ? OrderParameter.AboveIcebergQty : OrderParameter.BelowIcebergQty);
        }

        return null;
    }
}
