using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The reference implementation of <see cref="FuturesOrderValidator"/> in exact <see cref="decimal"/> arithmetic, kept verbatim from
/// before the scaled-integer fast path: the oracle the property tests run against every generated order, and the path
/// the public validator takes for the rare order or symbol whose values do not fit 64-bit scaled integers. Any change
/// to the rules goes into both (and the property test proves they still agree). Text predicates and open-order
/// count limits involve no arithmetic and are the fast validator's own (<see cref="FuturesOrderValidator"/>); the numbers are computed here
/// independently.
/// </summary>
internal static class DecimalFuturesOrderValidator
{
    private const long MaxGoodTillDate = FuturesOrderValidator.MaxGoodTillDate;

    /// <summary>Validates a <c>POST /fapi/v1/order</c> request (or one <c>batchOrders</c> element).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Mark price, best prices, position mode, open order counts, time; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    internal static FuturesOrderValidation Validate(FuturesExchangeRules exchange, in FuturesOrderRequest order, in FuturesMarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var fields = FuturesOrderFields.From(order);
        return Run(exchange, fields, context);
    }

    /// <summary>Validates a <c>POST /fapi/v1/algoOrder</c> request (a conditional order on the Algo Service).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Mark price, position mode, open order and algo order counts, time.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    internal static FuturesOrderValidation ValidateAlgo(FuturesExchangeRules exchange, in FuturesAlgoOrderRequest order, in FuturesMarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (string.IsNullOrEmpty(order.AlgoType))
        {
            return Fail(exchange.Rejections.Mandatory("algoType"));
        }

        if (order.AlgoType != "CONDITIONAL")
        {
            return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "algoType"));
        }

        var fields = FuturesOrderFields.From(order);
        return Run(exchange, fields, context);
    }

    private static FuturesOrderValidation Run(FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesMarketContext context)
    {
        // Symbol, side, type.
        if (string.IsNullOrEmpty(o.Symbol))
        {
            return Fail(exchange.Rejections.Mandatory("symbol"));
        }

        if (string.IsNullOrEmpty(o.Side))
        {
            return Fail(exchange.Rejections.Mandatory("side"));
        }

        BinanceOrderSide side;
        if (o.Side == "BUY")
        {
            side = BinanceOrderSide.Buy;
        }
        else if (o.Side == "SELL")
        {
            side = BinanceOrderSide.Sell;
        }
        else
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidSide));
        }

        if (string.IsNullOrEmpty(o.Type))
        {
            return Fail(exchange.Rejections.Mandatory("type"));
        }

        if (!FuturesWireNames.TryParse(o.Type, out FuturesOrderType type))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType));
        }

        if (!exchange.TryGetSymbol(o.Symbol, out var rules))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.BadSymbol));
        }

        // The endpoint: since the Algo Service migration conditional types live on /fapi/v1/algoOrder only.
        var conditional = type.IsConditional();
        if (!o.IsAlgo && conditional)
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.StopOrderSwitchAlgo), rules);
        }

        if (o.IsAlgo && !conditional)
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType), rules);
        }

        // Enumerated values.
        PositionSide? positionSide = null;
        if (o.PositionSide is { } positionText)
        {
            if (positionText.Length == 0)
            {
                return Fail(exchange.Rejections.Empty("positionSide"), rules);
            }

            if (!FuturesWireNames.TryParse(positionText, out PositionSide parsedSide))
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidPositionSide), rules);
            }

            positionSide = parsedSide;
        }

        FuturesTimeInForce? timeInForce = null;
        if (o.TimeInForce is { } tifText)
        {
            if (tifText.Length == 0)
            {
                return Fail(exchange.Rejections.Empty("timeInForce"), rules);
            }

            if (!FuturesWireNames.TryParse(tifText, out FuturesTimeInForce parsedTif))
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidTif), rules);
            }

            timeInForce = parsedTif;
        }

        if (!TryReadFlag(o.ClosePosition, "closePosition", rules, out var closePosition, out var failure)
            || !TryReadReduceOnly(o.ReduceOnly, rules, out var reduceOnly, out failure))
        {
            return failure;
        }

        // Mandatory parameters by type.
        var priced = type is FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit;
        var stopPriced = type is FuturesOrderType.Stop or FuturesOrderType.StopMarket or FuturesOrderType.TakeProfit or FuturesOrderType.TakeProfitMarket;
        var closable = type is FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket;
        var priceMatchable = priced;
        if (type == FuturesOrderType.Limit && timeInForce is null)
        {
            return Fail(exchange.Rejections.Mandatory("timeInForce"), rules);
        }

        if (IsMissing(o.Quantity) && !(closable && closePosition))
        {
            return Fail(o.Quantity is { Length: 0 } ? exchange.Rejections.Empty("quantity") : exchange.Rejections.Mandatory("quantity"), rules);
        }

        if (priced && IsMissing(o.Price) && o.PriceMatch is null)
        {
            return Fail(o.Price is { Length: 0 } ? exchange.Rejections.Empty("price") : exchange.Rejections.Mandatory("price"), rules);
        }

        if (stopPriced && IsMissing(o.StopPrice))
        {
            return Fail(o.StopPrice is { Length: 0 } ? exchange.Rejections.Empty(o.StopPriceName) : exchange.Rejections.Mandatory(o.StopPriceName), rules);
        }

        if (type == FuturesOrderType.TrailingStopMarket && IsMissing(o.CallbackRate))
        {
            return Fail(o.CallbackRate is { Length: 0 } ? exchange.Rejections.Empty("callbackRate") : exchange.Rejections.Mandatory("callbackRate"), rules);
        }

        if (timeInForce == FuturesTimeInForce.Gtd && IsMissing(o.GoodTillDate))
        {
            return Fail(o.GoodTillDate is { Length: 0 } ? exchange.Rejections.Empty("goodTillDate") : exchange.Rejections.Mandatory("goodTillDate"), rules);
        }

        // Parameters that must not be sent.
        if (closable && closePosition && o.Quantity is not null)
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.QuantityExistsWithClosePosition), rules);
        }

        var notRequired = FuturesOrderValidator.NotRequired(o, type, timeInForce, closePosition);
        if (notRequired is not null)
        {
            return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.ParamNotRequired, notRequired), rules);
        }

        // Values: legal characters, then precision.
        var info = rules.Info;
        if (!TryReadDecimal(o.Quantity, "quantity", info.QuantityPrecision, rules, out var quantity, out failure)
            || !TryReadDecimal(o.Price, "price", info.PricePrecision, rules, out var price, out failure)
            || !TryReadDecimal(o.StopPrice, o.StopPriceName, info.PricePrecision, rules, out var stopPrice, out failure)
            || !TryReadDecimal(o.ActivationPrice, o.ActivationPriceName, info.PricePrecision, rules, out var activationPrice, out failure)
            || !TryReadDecimal(o.CallbackRate, "callbackRate", 2, rules, out var callbackRate, out failure))
        {
            return failure;
        }

        if (callbackRate is { } rate && rate is < FuturesOrderValidator.MinCallbackRate or > FuturesOrderValidator.MaxCallbackRate)
        {
            return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "callbackRate"), rules);
        }

        long? goodTillDate = null;
        if (o.GoodTillDate is { } gtdText)
        {
            if (!DecimalText.TryParseInteger(gtdText, out var gtd))
            {
                return Fail(exchange.Rejections.Mandatory("goodTillDate"), rules);
            }

            goodTillDate = gtd;
        }

        if (o.WorkingType is { } working && working is not ("MARK_PRICE" or "CONTRACT_PRICE"))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidWorkingType), rules);
        }

        if (o.PriceProtect is { } protect && !FuturesOrderValidator.IsPriceProtect(protect))
        {
            return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceProtect"), rules);
        }

        if (o.PriceMatch is { } match)
        {
            if (!FuturesOrderValidator.IsPriceMatch(match))
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidPriceMatch), rules);
            }

            if (!priceMatchable)
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.UnsupportedOrderTypePriceMatch), rules);
            }
        }

        if (o.SelfTradePreventionMode is { } stp && stp is not ("EXPIRE_TAKER" or "EXPIRE_MAKER" or "EXPIRE_BOTH" or "NONE"))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidSelfTradePreventionMode), rules);
        }

        if (o.NewOrderRespType is { } resp && resp is not ("ACK" or "RESULT"))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidNewOrderRespType), rules);
        }

        if (o.ClientId is { } clientId)
        {
            if (clientId.Length == 0)
            {
                return Fail(o.IsAlgo ? exchange.Rejections.Empty(o.ClientIdName) : exchange.Rejections.Fixed(UsdMFuturesErrorCodes.EmptyNewClOrdId), rules);
            }

            if (clientId.Length > 36)
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen, 1), rules);
            }

            if (!FuturesOrderValidator.IsClientId(clientId))
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen), rules);
            }
        }

        var parsed = new ParsedFuturesOrder
        {
            Side = side,
            Type = type,
            PositionSide = positionSide,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = price,
            StopPrice = stopPrice,
            ActivationPrice = activationPrice,
            CallbackRate = callbackRate,
            ReduceOnly = reduceOnly,
            ClosePosition = closePosition,
            GoodTillDate = goodTillDate,
        };

        // Position side against the account's mode.
        var notChecked = FuturesPreflightChecks.None;
        if (context.DualSidePosition is { } hedge)
        {
            if (hedge && o.ReduceOnly is not null)
            {
                return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.ParamNotRequired, "reduceOnly"), rules, parsed);
            }

            if (hedge ? positionSide is null or Futures.PositionSide.Both : positionSide is Futures.PositionSide.Long or Futures.PositionSide.Short)
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.PositionSideNotMatch), rules, parsed);
            }
        }
        else
        {
            notChecked |= FuturesPreflightChecks.PositionMode;
        }

        // The symbol's status and lists.
        if (info.Status != ContractStatus.Trading)
        {
            return Fail(exchange.Rejections.Fixed(info.Status == ContractStatus.Close ? UsdMFuturesErrorCodes.SymbolAlreadyClosed : UsdMFuturesErrorCodes.InvalidOpeningPositionStatus), rules, parsed);
        }

        if (!rules.Allows(type))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType), rules, parsed);
        }

        if (timeInForce is { } tif && !rules.Allows(tif))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidTif), rules, parsed);
        }

        // Filters.
        var filterFailure = CheckFilters(rules, parsed, context, ref notChecked);
        if (filterFailure is not null)
        {
            return Fail(filterFailure, rules, parsed, notChecked);
        }

        if (goodTillDate is { } until)
        {
            if (until >= MaxGoodTillDate)
            {
                return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate), rules, parsed, notChecked);
            }

            if (context.Now is { } now)
            {
                if (until <= now.ToUnixTimeMilliseconds() + 600_000)
                {
                    return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate), rules, parsed, notChecked);
                }
            }
            else
            {
                notChecked |= FuturesPreflightChecks.GoodTillDate;
            }
        }

        // Open order counts: MAX_NUM_ORDERS counts normal and algo orders together.
        if (FuturesOrderValidator.Exceeds(rules.MaxNumOrders, context.OpenOrders, FuturesPreflightChecks.MaxNumOrders, ref notChecked))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxOpenOrderExceeded), rules, parsed, notChecked);
        }

        if (conditional && FuturesOrderValidator.ExceedsAlgoOrderLimit(rules, context, ref notChecked))
        {
            return Fail(exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxStopOrderExceeded), rules, parsed, notChecked);
        }

        return new FuturesOrderValidation(null, notChecked, parsed, rules);
    }

    internal static BinanceError? CheckFilters(FuturesSymbolRules rules, in ParsedFuturesOrder order, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (rules.Price is { } priceFilter)
        {
            if (order.Price is { } p && PriceFailure(priceFilter, p, isStop: false) is { } priceCode)
            {
                return rules.Exchange.Rejections.Fixed(priceCode);
            }

            if (order.StopPrice is { } s && PriceFailure(priceFilter, s, isStop: true) is { } stopCode)
            {
                return rules.Exchange.Rejections.Fixed(stopCode);
            }

            if (order.ActivationPrice is { } a && PriceFailure(priceFilter, a, isStop: true) is { } activationCode)
            {
                return rules.Exchange.Rejections.Fixed(activationCode);
            }
        }

        var isMarket = order.Type == FuturesOrderType.Market;
        var lot = isMarket ? rules.MarketLotSize ?? rules.LotSize : rules.LotSize;
        if (order.Quantity is { } quantity)
        {
            if (quantity <= 0)
            {
                return rules.Exchange.Rejections.Fixed(UsdMFuturesErrorCodes.QtyLessThanZero);
            }

            if (lot is not null && QuantityFailure(lot, quantity) is { } lotCode)
            {
                return rules.Exchange.Rejections.Fixed(lotCode);
            }
        }

        // PERCENT_PRICE against the mark price: a LIMIT price directly; a MARKET order through the best opposite price.
        if (rules.PercentPrice is { } percent)
        {
            if (order.Type == FuturesOrderType.Limit && order.Price is { } limitPrice)
            {
                if (context.MarkPrice is { } mark)
                {
                    if (order.Side == BinanceOrderSide.Buy ? limitPrice > Multiply(mark, percent.MultiplierUp) : limitPrice < Multiply(mark, percent.MultiplierDown))
                    {
                        return rules.Exchange.Rejections.Fixed(order.Side == BinanceOrderSide.Buy ? UsdMFuturesErrorCodes.PriceHighterThanMultiplierUp : UsdMFuturesErrorCodes.PriceLowerThanMultiplierDown);
                    }
                }
                else
                {
                    notChecked |= FuturesPreflightChecks.PercentPrice;
                }
            }
            else if (isMarket)
            {
                var best = order.Side == BinanceOrderSide.Buy ? context.BestAsk : context.BestBid;
                if (context.MarkPrice is { } mark && best is { } counterparty)
                {
                    if (order.Side == BinanceOrderSide.Buy ? counterparty > Multiply(mark, percent.MultiplierUp) : counterparty < Multiply(mark, percent.MultiplierDown))
                    {
                        return rules.Exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MarketOrderReject);
                    }
                }
                else
                {
                    notChecked |= FuturesPreflightChecks.MarketPercentPrice;
                }
            }
        }

        // MIN_NOTIONAL: reduce-only and close-position orders are exempt, as the message itself says.
        if (rules.MinNotional is { } minNotional && !order.ReducesOnly && order.Quantity is { } size)
        {
            var reference = order.Type switch
            {
                FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit => order.Price ?? context.MarkPrice,
                FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket => order.StopPrice,
                FuturesOrderType.TrailingStopMarket => order.ActivationPrice ?? context.MarkPrice,
                _ => context.MarkPrice,
            };
            if (reference is not { } estimate)
            {
                notChecked |= FuturesPreflightChecks.MinNotional;
            }
            else if (Multiply(estimate, size) < minNotional.Notional)
            {
                return rules.Exchange.Rejections.Formatted(UsdMFuturesErrorCodes.MinNotional, minNotional.NotionalText);
            }
        }

        return null;
    }

    /// <summary>PRICE_FILTER codes; the tick is measured from minPrice as the futures docs state.</summary>
    internal static int? PriceFailure(PriceFilter filter, decimal value, bool isStop)
    {
        if (filter.MinPrice != 0 && value < filter.MinPrice)
        {
            return UsdMFuturesErrorCodes.PriceLessThanMinPrice;
        }

        if (filter.MaxPrice != 0 && value > filter.MaxPrice)
        {
            return isStop ? UsdMFuturesErrorCodes.StopPriceGreaterThanMaxPrice : UsdMFuturesErrorCodes.PriceGreaterThanMaxPrice;
        }

        return filter.TickSize != 0 && (value - filter.MinPrice) % filter.TickSize != 0 ? UsdMFuturesErrorCodes.PriceNotIncreasedByTickSize : null;
    }

    /// <summary>LOT_SIZE / MARKET_LOT_SIZE codes; the step is measured from minQty.</summary>
    internal static int? QuantityFailure(LotSizeFilter filter, decimal value)
    {
        if (value < filter.MinQty)
        {
            return UsdMFuturesErrorCodes.QtyLessThanMinQty;
        }

        if (filter.MaxQty != 0 && value > filter.MaxQty)
        {
            return UsdMFuturesErrorCodes.QtyGreaterThanMaxQty;
        }

        return filter.StepSize != 0 && (value - filter.MinQty) % filter.StepSize != 0 ? UsdMFuturesErrorCodes.QtyNotIncreasedByStepSize : null;
    }

    private static bool TryReadDecimal(string? text, string name, int precision, FuturesSymbolRules rules, out decimal? value, out FuturesOrderValidation failure)
    {
        value = null;
        failure = default;
        if (text is null)
        {
            return true;
        }

        if (text.Length == 0)
        {
            failure = Fail(rules.Exchange.Rejections.Empty(name), rules);
            return false;
        }

        if (!DecimalText.TryParse(text, out var number, out var scale))
        {
            failure = Fail(rules.Exchange.Rejections.Mandatory(name), rules);
            return false;
        }

        if (scale > precision)
        {
            failure = Fail(rules.Exchange.Rejections.Fixed(UsdMFuturesErrorCodes.BadPrecision), rules);
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryReadFlag(string? text, string name, FuturesSymbolRules rules, out bool value, out FuturesOrderValidation failure)
    {
        failure = default;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = Fail(rules.Exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, name), rules);
        return false;
    }

    private static bool TryReadReduceOnly(string? text, FuturesSymbolRules rules, out bool value, out FuturesOrderValidation failure)
    {
        failure = default;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = Fail(rules.Exchange.Rejections.Fixed(UsdMFuturesErrorCodes.ReduceOnlyConflict), rules);
        return false;
    }

    private static bool IsMissing(string? value) => string.IsNullOrEmpty(value);

    /// <summary>
    /// a × b for the non-negative values here, saturating at <see cref="decimal.MaxValue"/>: 20-digit prices and
    /// quantities (what the parameter pattern allows) can overflow a decimal product, and data must never throw. A
    /// saturated notional or band is "enormous", which is exactly how the comparisons should see it.
    /// </summary>
    private static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }

    private static FuturesOrderValidation Fail(BinanceError error, FuturesSymbolRules? rules = null, ParsedFuturesOrder order = default, FuturesPreflightChecks notChecked = FuturesPreflightChecks.None) =>
        new(error, notChecked, order, rules);
}
