using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// The independent oracle of <see cref="FuturesOrderValidator"/> (USDⓈ-M) and <see cref="CoinMOrderValidator"/>
/// (COIN-M): the whole order in exact <see cref="decimal"/> arithmetic, kept from before the scaled-integer fast path and
/// the rule tables, with its own parameter rules, text predicates, count checks and errors (built from the public catalog
/// by <see cref="OracleRejections"/>). Where COIN-M differs (<see cref="OracleFuturesVenue"/>) the step says so, and the
/// COIN-M-only steps are <see cref="DecimalCoinMSteps"/>, written from the documents, not from the product. The agreement
/// tests, <c>FuturesValidationByBoth</c> and <c>CoinMValidationByBoth</c> run both on every order they state.
/// </summary>
internal static class DecimalFuturesOrderValidator
{
    private const long MaxGoodTillDate = 253402300799000;
    private const decimal MinCallbackRate = 0.1m;

    /// <summary>Validates a <c>POST /fapi/v1/order</c> request (or one <c>batchOrders</c> element).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Mark price, best prices, position mode, open order counts, time; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    internal static OracleFuturesOrderValidation Validate(FuturesExchangeRules exchange, in FuturesOrderRequest order, in FuturesMarketContext context = default)
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
    internal static OracleFuturesOrderValidation ValidateAlgo(FuturesExchangeRules exchange, in FuturesAlgoOrderRequest order, in FuturesMarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (OracleFuturesVenue.For(exchange.Venue).IsCoinM)
        {
            throw new ArgumentException("COIN-M has no algo order endpoint: its conditional orders go to /dapi/v1/order.", nameof(exchange));
        }

        if (string.IsNullOrEmpty(order.AlgoType))
        {
            return Fail(OracleRejections.For(exchange.Venue).Mandatory("algoType"));
        }

        if (order.AlgoType != "CONDITIONAL")
        {
            return Fail(OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "algoType"));
        }

        var fields = FuturesOrderFields.From(order);
        return Run(exchange, fields, context);
    }

    private static OracleFuturesOrderValidation Run(FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesMarketContext context)
    {
        var venue = OracleFuturesVenue.For(exchange.Venue);

        // Symbol, side, type.
        if (string.IsNullOrEmpty(o.Symbol))
        {
            return Fail(OracleRejections.For(exchange.Venue).Mandatory("symbol"));
        }

        if (string.IsNullOrEmpty(o.Side))
        {
            return Fail(OracleRejections.For(exchange.Venue).Mandatory("side"));
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
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidSide));
        }

        if (string.IsNullOrEmpty(o.Type))
        {
            return Fail(OracleRejections.For(exchange.Venue).Mandatory("type"));
        }

        if (!FuturesWireNames.TryParse(o.Type, out FuturesOrderType type))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidOrderType));
        }

        if (!exchange.TryGetSymbol(o.Symbol, out var rules))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.BadSymbol));
        }

        // The endpoint: since the Algo Service migration conditional types live on /fapi/v1/algoOrder only; COIN-M has
        // no algo service and takes them on /dapi/v1/order.
        var conditional = type.IsConditional();
        if (!venue.IsCoinM && !o.IsAlgo && conditional)
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.StopOrderSwitchAlgo), rules);
        }

        if (o.IsAlgo && !conditional)
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidOrderType), rules);
        }

        // Enumerated values.
        PositionSide? positionSide = null;
        if (o.PositionSide is { } positionText)
        {
            if (positionText.Length == 0)
            {
                return Fail(OracleRejections.For(exchange.Venue).Empty("positionSide"), rules);
            }

            if (!FuturesWireNames.TryParse(positionText, out PositionSide parsedSide))
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidPositionSide), rules);
            }

            positionSide = parsedSide;
        }

        FuturesTimeInForce? timeInForce = null;
        if (o.TimeInForce is { } tifText)
        {
            if (tifText.Length == 0)
            {
                return Fail(OracleRejections.For(exchange.Venue).Empty("timeInForce"), rules);
            }

            // COIN-M has no GTD at all: the value itself is unknown there.
            if (!FuturesWireNames.TryParse(tifText, out FuturesTimeInForce parsedTif) || (venue.IsCoinM && parsedTif == FuturesTimeInForce.Gtd))
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidTif), rules);
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
            return Fail(OracleRejections.For(exchange.Venue).Mandatory("timeInForce"), rules);
        }

        if (IsMissing(o.Quantity) && !(closable && closePosition))
        {
            return Fail(o.Quantity is { Length: 0 } ? OracleRejections.For(exchange.Venue).Empty("quantity") : OracleRejections.For(exchange.Venue).Mandatory("quantity"), rules);
        }

        if (priced && IsMissing(o.Price) && o.PriceMatch is null)
        {
            return Fail(o.Price is { Length: 0 } ? OracleRejections.For(exchange.Venue).Empty("price") : OracleRejections.For(exchange.Venue).Mandatory("price"), rules);
        }

        if (stopPriced && IsMissing(o.StopPrice))
        {
            return Fail(o.StopPrice is { Length: 0 } ? OracleRejections.For(exchange.Venue).Empty(o.StopPriceName) : OracleRejections.For(exchange.Venue).Mandatory(o.StopPriceName), rules);
        }

        if (type == FuturesOrderType.TrailingStopMarket && IsMissing(o.CallbackRate))
        {
            return Fail(o.CallbackRate is { Length: 0 } ? OracleRejections.For(exchange.Venue).Empty("callbackRate") : OracleRejections.For(exchange.Venue).Mandatory("callbackRate"), rules);
        }

        if (timeInForce == FuturesTimeInForce.Gtd && IsMissing(o.GoodTillDate))
        {
            return Fail(o.GoodTillDate is { Length: 0 } ? OracleRejections.For(exchange.Venue).Empty("goodTillDate") : OracleRejections.For(exchange.Venue).Mandatory("goodTillDate"), rules);
        }

        // Parameters that must not be sent.
        if (closable && closePosition && o.Quantity is not null)
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.QuantityExistsWithClosePosition), rules);
        }

        var notRequired = NotRequired(o, type, timeInForce, closePosition);
        if (notRequired is not null)
        {
            return Fail(OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.ParamNotRequired, notRequired), rules);
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

        if (callbackRate is { } rate && (rate < MinCallbackRate || rate > venue.MaxCallbackRate))
        {
            return Fail(OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "callbackRate"), rules);
        }

        long? goodTillDate = null;
        if (o.GoodTillDate is { } gtdText)
        {
            if (!DecimalText.TryParseInteger(gtdText, out var gtd))
            {
                return Fail(OracleRejections.For(exchange.Venue).Mandatory("goodTillDate"), rules);
            }

            goodTillDate = gtd;
        }

        if (o.WorkingType is { } working && working is not ("MARK_PRICE" or "CONTRACT_PRICE"))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidWorkingType), rules);
        }

        if (o.PriceProtect is { } protect && !IsPriceProtect(protect))
        {
            return Fail(OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceProtect"), rules);
        }

        if (o.PriceMatch is { } match)
        {
            // COIN-M's list has no -5037/-5038: an unknown value or one on a type without a price is -1130 there.
            if (!IsPriceMatch(match))
            {
                return Fail(venue.IsCoinM ? OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceMatch") : OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidPriceMatch), rules);
            }

            if (!priceMatchable)
            {
                return Fail(venue.IsCoinM ? OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceMatch") : OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.UnsupportedOrderTypePriceMatch), rules);
            }
        }

        if (o.SelfTradePreventionMode is { } stp && stp is not ("EXPIRE_TAKER" or "EXPIRE_MAKER" or "EXPIRE_BOTH" or "NONE"))
        {
            return Fail(venue.IsCoinM ? OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, "selfTradePreventionMode") : OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidSelfTradePreventionMode), rules);
        }

        if (o.NewOrderRespType is { } resp && resp is not ("ACK" or "RESULT"))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidNewOrderRespType), rules);
        }

        if (o.ClientId is { } clientId)
        {
            if (clientId.Length == 0)
            {
                return Fail(o.IsAlgo ? OracleRejections.For(exchange.Venue).Empty(o.ClientIdName) : OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.EmptyNewClOrdId), rules);
            }

            if (clientId.Length > 36)
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen, 1), rules);
            }

            if (!IsClientId(clientId))
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen), rules);
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
                return Fail(OracleRejections.For(exchange.Venue).Formatted(UsdMFuturesErrorCodes.ParamNotRequired, "reduceOnly"), rules, parsed);
            }

            if (hedge ? positionSide is null or PositionSide.Both : positionSide is PositionSide.Long or PositionSide.Short)
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.PositionSideNotMatch), rules, parsed);
            }
        }
        else
        {
            notChecked |= FuturesPreflightChecks.PositionMode;
        }

        // The symbol's status (COIN-M: and a delivery contract's date) and lists.
        if (venue.IsCoinM)
        {
            // Like every failure before the filters, it is reported without the rules not checked.
            if (DecimalCoinMSteps.ContractNotOpen(rules, context, ref notChecked) is { } notOpen)
            {
                return Fail(notOpen, rules, parsed);
            }
        }
        else if (info.Status != ContractStatus.Trading)
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(info.Status == ContractStatus.Close ? UsdMFuturesErrorCodes.SymbolAlreadyClosed : UsdMFuturesErrorCodes.InvalidOpeningPositionStatus), rules, parsed);
        }

        if (!rules.Allows(type))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidOrderType), rules, parsed);
        }

        if (timeInForce is { } tif && !rules.Allows(tif))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.InvalidTif), rules, parsed);
        }

        // Filters.
        var filterFailure = CheckFilters(rules, venue, parsed, context, ref notChecked);
        if (filterFailure is not null)
        {
            return Fail(filterFailure, rules, parsed, notChecked);
        }

        // COIN-M: a conditional order on /dapi/v1/order that the working price has already reached.
        if (venue.IsCoinM && DecimalCoinMSteps.WouldTriggerImmediately(parsed, o.WorkingType, context, ref notChecked) is { } triggered)
        {
            return Fail(triggered, rules, parsed, notChecked);
        }

        if (goodTillDate is { } until)
        {
            if (until >= MaxGoodTillDate)
            {
                return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate), rules, parsed, notChecked);
            }

            if (context.Now is { } now)
            {
                if (until <= now.ToUnixTimeMilliseconds() + 600_000)
                {
                    return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate), rules, parsed, notChecked);
                }
            }
            else
            {
                notChecked |= FuturesPreflightChecks.GoodTillDate;
            }
        }

        // Open order counts: MAX_NUM_ORDERS counts normal and algo orders together.
        if (Exceeds(rules.MaxNumOrders, context.OpenOrders, FuturesPreflightChecks.MaxNumOrders, ref notChecked))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.MaxOpenOrderExceeded), rules, parsed, notChecked);
        }

        if (conditional && ExceedsAlgoOrderLimit(rules, venue, context, ref notChecked))
        {
            return Fail(OracleRejections.For(exchange.Venue).Fixed(UsdMFuturesErrorCodes.MaxStopOrderExceeded), rules, parsed, notChecked);
        }

        return new OracleFuturesOrderValidation(null, notChecked, parsed, rules);
    }

    private static BinanceError? CheckFilters(FuturesSymbolRules rules, OracleFuturesVenue venue, in ParsedFuturesOrder order, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (rules.Price is { } priceFilter)
        {
            if (order.Price is { } p && PriceFailure(priceFilter, p, isStop: false) is { } priceCode)
            {
                return OracleRejections.For(rules.Exchange.Venue).Fixed(priceCode);
            }

            if (order.StopPrice is { } s && PriceFailure(priceFilter, s, isStop: true) is { } stopCode)
            {
                return OracleRejections.For(rules.Exchange.Venue).Fixed(stopCode);
            }

            if (order.ActivationPrice is { } a && PriceFailure(priceFilter, a, isStop: true) is { } activationCode)
            {
                return OracleRejections.For(rules.Exchange.Venue).Fixed(activationCode);
            }
        }

        var isMarket = order.Type == FuturesOrderType.Market;
        var lot = isMarket ? rules.MarketLotSize ?? rules.LotSize : rules.LotSize;
        if (order.Quantity is { } quantity)
        {
            if (quantity <= 0)
            {
                return OracleRejections.For(rules.Exchange.Venue).Fixed(UsdMFuturesErrorCodes.QtyLessThanZero);
            }

            if (lot is not null && QuantityFailure(lot, quantity) is { } lotCode)
            {
                return OracleRejections.For(rules.Exchange.Venue).Fixed(lotCode);
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
                        return OracleRejections.For(rules.Exchange.Venue).Fixed(order.Side == BinanceOrderSide.Buy ? UsdMFuturesErrorCodes.PriceHighterThanMultiplierUp : UsdMFuturesErrorCodes.PriceLowerThanMultiplierDown);
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
                        return OracleRejections.For(rules.Exchange.Venue).Fixed(venue.MarketPercentPriceCode);
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
                return OracleRejections.For(rules.Exchange.Venue).Formatted(venue.MinNotionalCode, minNotional.NotionalText);
            }
        }

        // COIN-M: no MIN_NOTIONAL filter in the document, yet the engine wants one contract.
        return venue.IsCoinM ? DecimalCoinMSteps.BelowOneContract(order) : null;
    }

    /// <summary>PRICE_FILTER codes; the tick is measured from minPrice as the futures docs state.</summary>
    private static int? PriceFailure(PriceFilter filter, decimal value, bool isStop)
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
    private static int? QuantityFailure(LotSizeFilter filter, decimal value)
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

    private static bool TryReadDecimal(string? text, string name, int precision, FuturesSymbolRules rules, out decimal? value, out OracleFuturesOrderValidation failure)
    {
        value = null;
        failure = default;
        if (text is null)
        {
            return true;
        }

        if (text.Length == 0)
        {
            failure = Fail(OracleRejections.For(rules.Exchange.Venue).Empty(name), rules);
            return false;
        }

        if (!DecimalText.TryParse(text, out var number, out var scale))
        {
            failure = Fail(OracleRejections.For(rules.Exchange.Venue).Mandatory(name), rules);
            return false;
        }

        if (scale > precision)
        {
            failure = Fail(OracleRejections.For(rules.Exchange.Venue).Fixed(UsdMFuturesErrorCodes.BadPrecision), rules);
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryReadFlag(string? text, string name, FuturesSymbolRules rules, out bool value, out OracleFuturesOrderValidation failure)
    {
        failure = default;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = Fail(OracleRejections.For(rules.Exchange.Venue).Formatted(UsdMFuturesErrorCodes.InvalidParameter, name), rules);
        return false;
    }

    private static bool TryReadReduceOnly(string? text, FuturesSymbolRules rules, out bool value, out OracleFuturesOrderValidation failure)
    {
        failure = default;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = Fail(OracleRejections.For(rules.Exchange.Venue).Fixed(UsdMFuturesErrorCodes.ReduceOnlyConflict), rules);
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

    private static OracleFuturesOrderValidation Fail(BinanceError error, FuturesSymbolRules? rules = null, ParsedFuturesOrder order = default, FuturesPreflightChecks notChecked = FuturesPreflightChecks.None) =>
        new(error, notChecked, order, rules);

    /// <summary>The first parameter sent that the order's type does not take (-1106), or <see langword="null"/>.</summary>
    private static string? NotRequired(in FuturesOrderFields o, FuturesOrderType type, FuturesTimeInForce? timeInForce, bool closePosition)
    {
        // A MARKET order has no limit price and no time in force; the exchange refuses both rather than ignore them.
        if (type == FuturesOrderType.Market)
        {
            if (o.Price is not null)
            {
                return "price";
            }

            if (o.TimeInForce is not null)
            {
                return "timeInForce";
            }
        }

        if (closePosition && o.ReduceOnly is not null)
        {
            return "reduceOnly";
        }

        if (o.ClosePosition is not null && type is not (FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket))
        {
            return "closePosition";
        }

        if (o.StopPrice is not null && type is FuturesOrderType.Limit or FuturesOrderType.Market or FuturesOrderType.TrailingStopMarket)
        {
            return o.StopPriceName;
        }

        if (type != FuturesOrderType.TrailingStopMarket)
        {
            if (o.ActivationPrice is not null)
            {
                return o.ActivationPriceName;
            }

            if (o.CallbackRate is not null)
            {
                return "callbackRate";
            }
        }

        if (o.PriceMatch is not null && o.Price is not null)
        {
            return "price";
        }

        return o.GoodTillDate is not null && timeInForce != FuturesTimeInForce.Gtd ? "goodTillDate" : null;
    }

    /// <summary><c>priceProtect</c> is a boolean: the documented <c>TRUE</c>/<c>FALSE</c>, or <c>true</c>/<c>false</c> as connectors send it.</summary>
    private static bool IsPriceProtect(string value) =>
        value.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || value.Equals("FALSE", StringComparison.OrdinalIgnoreCase);

    private static bool IsPriceMatch(string value) =>
        value is "OPPONENT" or "OPPONENT_5" or "OPPONENT_10" or "OPPONENT_20" or "QUEUE" or "QUEUE_5" or "QUEUE_10" or "QUEUE_20";

    /// <summary>The futures client id rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>, length checked by the caller.</summary>
    private static bool IsClientId(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '/' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Exceeds(int? limit, int? open, FuturesPreflightChecks check, ref FuturesPreflightChecks notChecked)
    {
        if (limit is not { } max)
        {
            return false;
        }

        if (open is not { } count)
        {
            notChecked |= check;
            return false;
        }

        return count + 1 > max;
    }

    /// <summary>The symbol's MAX_NUM_ALGO_ORDERS when the document has it; otherwise USDⓈ-M's 200 across all symbols, and nothing on COIN-M.</summary>
    private static bool ExceedsAlgoOrderLimit(FuturesSymbolRules rules, OracleFuturesVenue venue, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked) =>
        rules.MaxNumAlgoOrders is { } perSymbol
            ? Exceeds(perSymbol, context.OpenAlgoOrders, FuturesPreflightChecks.MaxNumAlgoOrders, ref notChecked)
            : !venue.IsCoinM && Exceeds(200, context.AccountOpenAlgoOrders, FuturesPreflightChecks.AccountAlgoOrders, ref notChecked);
}
