using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Validates USDⓈ-M futures orders offline against compiled exchangeInfo rules and returns what the exchange would
/// answer: OK, or the same code and message text (<c>-4164 Order's notional must be no smaller than 5.0 (unless you
/// choose reduce only)</c>, <c>-4120 Order type not supported for this endpoint. …</c>). Exact decimals; a valid order
/// allocates nothing.
/// </summary>
/// <remarks>
/// Checks run in this order: the algo type (algo endpoint), symbol, side, type (-1102, -1117, -1116), the symbol's
/// existence (-1121), the endpoint (-4120: conditional types belong to <c>/fapi/v1/algoOrder</c>), position side and
/// time in force values (-4060, -1115), mandatory parameters by type (-1102), parameters that must not be sent
/// (-1106, -4137), value syntax and precision (-1100, -1111), flags and enums (-4062, -4031, -1130 for priceProtect,
/// -5037, -5038, -5039, -1136), the client id (-1118, -4015), the position mode (-4061, -1106 for <c>reduceOnly</c> in Hedge Mode), the
/// symbol's status and lists (-4140/-4141, -1116, -1115), PRICE_FILTER (-4013, -4002, -4007, -4014), LOT_SIZE /
/// MARKET_LOT_SIZE (-4003, -4004, -4005, -4023), PERCENT_PRICE against the mark price (-4016, -4024, -4131),
/// MIN_NOTIONAL (-4164, reduce-only exempt), GTD (-5040), then open order counts (-2025, -4045). Where the docs do
/// not fix the order between two failures, or the code for a failure, the choice is ours (docs/preflight.md).
/// </remarks>
public static class FuturesOrderValidator
{
    /// <summary>The upper bound of <c>goodTillDate</c>: 9999-12-31 23:59:59 UTC.</summary>
    public const long MaxGoodTillDate = 253402300799000;

    /// <summary>The smallest <c>callbackRate</c> of a TRAILING_STOP_MARKET order: 0.1 (%).</summary>
    internal const decimal MinCallbackRate = 0.1m;

    /// <summary>The largest <c>callbackRate</c> of a TRAILING_STOP_MARKET order: 20 (%) since 2026-10-23 (10 before).</summary>
    internal const decimal MaxCallbackRate = 20m;

    /// <summary>Validates a <c>POST /fapi/v1/order</c> request (or one <c>batchOrders</c> element).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Mark price, best prices, position mode, open order counts, time; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    public static FuturesOrderValidation Validate(FuturesExchangeRules exchange, in FuturesOrderRequest order, in FuturesMarketContext context = default)
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
    public static FuturesOrderValidation ValidateAlgo(FuturesExchangeRules exchange, in FuturesAlgoOrderRequest order, in FuturesMarketContext context = default)
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
        // The checks return only the error; the result is built here once (see OrderValidator.Validate).
        var error = Check(exchange, o, context, out var parsed, out var rules, out var notChecked);
        return new FuturesOrderValidation(error, notChecked, parsed, rules);
    }

    /// <summary>Every check in order; the rules not checked are reported only with the failures that come after the filters, as before.</summary>
    [SkipLocalsInit] // every local is assigned before use; skipping the zeroing of the frame is measurable here
    private static BinanceError? Check(
        FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesMarketContext context, out ParsedFuturesOrder parsed, out FuturesSymbolRules? rules, out FuturesPreflightChecks notCheckedOut)
    {
        parsed = default;
        rules = null;
        notCheckedOut = FuturesPreflightChecks.None;
        // Symbol, side, type.
        if (string.IsNullOrEmpty(o.Symbol))
        {
            return exchange.Rejections.Mandatory("symbol");
        }

        if (string.IsNullOrEmpty(o.Side))
        {
            return exchange.Rejections.Mandatory("side");
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
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidSide);
        }

        if (string.IsNullOrEmpty(o.Type))
        {
            return exchange.Rejections.Mandatory("type");
        }

        if (!FuturesWireNames.TryParse(o.Type, out FuturesOrderType type))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType);
        }

        if (!exchange.TryGetSymbol(o.Symbol, out rules))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.BadSymbol);
        }

        // The endpoint: since the Algo Service migration conditional types live on /fapi/v1/algoOrder only.
        var conditional = type.IsConditional();
        if (!o.IsAlgo && conditional)
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.StopOrderSwitchAlgo);
        }

        if (o.IsAlgo && !conditional)
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType);
        }

        // Enumerated values.
        PositionSide? positionSide = null;
        if (o.PositionSide is { } positionText)
        {
            if (positionText.Length == 0)
            {
                return exchange.Rejections.Empty("positionSide");
            }

            if (!FuturesWireNames.TryParse(positionText, out PositionSide parsedSide))
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidPositionSide);
            }

            positionSide = parsedSide;
        }

        FuturesTimeInForce? timeInForce = null;
        if (o.TimeInForce is { } tifText)
        {
            if (tifText.Length == 0)
            {
                return exchange.Rejections.Empty("timeInForce");
            }

            if (!FuturesWireNames.TryParse(tifText, out FuturesTimeInForce parsedTif))
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidTif);
            }

            timeInForce = parsedTif;
        }

        if (!TryReadFlag(exchange, o.ClosePosition, "closePosition", out var closePosition, out var failure)
            || !TryReadReduceOnly(exchange, o.ReduceOnly, out var reduceOnly, out failure))
        {
            return failure!;
        }

        // Mandatory parameters by type.
        var priced = type is FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit;
        var stopPriced = type is FuturesOrderType.Stop or FuturesOrderType.StopMarket or FuturesOrderType.TakeProfit or FuturesOrderType.TakeProfitMarket;
        var closable = type is FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket;
        var priceMatchable = priced;
        if (type == FuturesOrderType.Limit && timeInForce is null)
        {
            return exchange.Rejections.Mandatory("timeInForce");
        }

        if (IsMissing(o.Quantity) && !(closable && closePosition))
        {
            return o.Quantity is { Length: 0 } ? exchange.Rejections.Empty("quantity") : exchange.Rejections.Mandatory("quantity");
        }

        if (priced && IsMissing(o.Price) && o.PriceMatch is null)
        {
            return o.Price is { Length: 0 } ? exchange.Rejections.Empty("price") : exchange.Rejections.Mandatory("price");
        }

        if (stopPriced && IsMissing(o.StopPrice))
        {
            return o.StopPrice is { Length: 0 } ? exchange.Rejections.Empty(o.StopPriceName) : exchange.Rejections.Mandatory(o.StopPriceName);
        }

        if (type == FuturesOrderType.TrailingStopMarket && IsMissing(o.CallbackRate))
        {
            return o.CallbackRate is { Length: 0 } ? exchange.Rejections.Empty("callbackRate") : exchange.Rejections.Mandatory("callbackRate");
        }

        if (timeInForce == FuturesTimeInForce.Gtd && IsMissing(o.GoodTillDate))
        {
            return o.GoodTillDate is { Length: 0 } ? exchange.Rejections.Empty("goodTillDate") : exchange.Rejections.Mandatory("goodTillDate");
        }

        // Parameters that must not be sent.
        if (closable && closePosition && o.Quantity is not null)
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.QuantityExistsWithClosePosition);
        }

        var notRequired = NotRequired(o, type, timeInForce, closePosition);
        if (notRequired is not null)
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.ParamNotRequired, notRequired);
        }

        // Values: legal characters, then precision.
        var info = rules.Info;
        var numbers = default(OrderNumbers);
        numbers.AllScaled = true;
        if (!TryReadDecimal(exchange, o.Quantity, "quantity", info.QuantityPrecision, out var quantity, ref numbers, NumberSlot.Quantity, out failure)
            || !TryReadDecimal(exchange, o.Price, "price", info.PricePrecision, out var price, ref numbers, NumberSlot.Price, out failure)
            || !TryReadDecimal(exchange, o.StopPrice, o.StopPriceName, info.PricePrecision, out var stopPrice, ref numbers, NumberSlot.StopPrice, out failure)
            || !TryReadDecimal(exchange, o.ActivationPrice, o.ActivationPriceName, info.PricePrecision, out var activationPrice, ref numbers, NumberSlot.ActivationPrice, out failure)
            || !TryReadDecimal(exchange, o.CallbackRate, "callbackRate", 2, out var callbackRate, ref numbers, NumberSlot.CallbackRate, out failure))
        {
            return failure!;
        }

        if (callbackRate is { } rate && rate is < MinCallbackRate or > MaxCallbackRate)
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "callbackRate");
        }

        long? goodTillDate = null;
        if (o.GoodTillDate is { } gtdText)
        {
            if (!DecimalText.TryParseInteger(gtdText, out var gtd))
            {
                return exchange.Rejections.Mandatory("goodTillDate");
            }

            goodTillDate = gtd;
        }

        if (o.WorkingType is { } working && working is not ("MARK_PRICE" or "CONTRACT_PRICE"))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidWorkingType);
        }

        if (o.PriceProtect is { } protect && !IsPriceProtect(protect))
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceProtect");
        }

        if (o.PriceMatch is { } match)
        {
            if (!IsPriceMatch(match))
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidPriceMatch);
            }

            if (!priceMatchable)
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.UnsupportedOrderTypePriceMatch);
            }
        }

        if (o.SelfTradePreventionMode is { } stp && stp is not ("EXPIRE_TAKER" or "EXPIRE_MAKER" or "EXPIRE_BOTH" or "NONE"))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidSelfTradePreventionMode);
        }

        if (o.NewOrderRespType is { } resp && resp is not ("ACK" or "RESULT"))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidNewOrderRespType);
        }

        if (o.ClientId is { } clientId)
        {
            if (clientId.Length == 0)
            {
                return o.IsAlgo ? exchange.Rejections.Empty(o.ClientIdName) : exchange.Rejections.Fixed(UsdMFuturesErrorCodes.EmptyNewClOrdId);
            }

            if (clientId.Length > 36)
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen, 1);
            }

            if (!IsClientId(clientId))
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen);
            }
        }

        parsed = new ParsedFuturesOrder
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
                return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.ParamNotRequired, "reduceOnly");
            }

            if (hedge ? positionSide is null or Futures.PositionSide.Both : positionSide is Futures.PositionSide.Long or Futures.PositionSide.Short)
            {
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.PositionSideNotMatch);
            }
        }
        else
        {
            notChecked |= FuturesPreflightChecks.PositionMode;
        }

        // The symbol's status and lists.
        if (info.Status != ContractStatus.Trading)
        {
            return exchange.Rejections.Fixed(info.Status == ContractStatus.Close ? UsdMFuturesErrorCodes.SymbolAlreadyClosed : UsdMFuturesErrorCodes.InvalidOpeningPositionStatus);
        }

        if (!rules.Allows(type))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType);
        }

        if (timeInForce is { } tif && !rules.Allows(tif))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidTif);
        }

        // Filters.
        var filterFailure = CheckFilters(rules, parsed, numbers, context, ref notChecked);
        if (filterFailure is not null)
        {
            notCheckedOut = notChecked;
            return filterFailure;
        }

        if (goodTillDate is { } until)
        {
            if (until >= MaxGoodTillDate)
            {
                notCheckedOut = notChecked;
                return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate);
            }

            if (context.Now is { } now)
            {
                if (until <= now.ToUnixTimeMilliseconds() + 600_000)
                {
                    notCheckedOut = notChecked;
                    return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate);
                }
            }
            else
            {
                notChecked |= FuturesPreflightChecks.GoodTillDate;
            }
        }

        // Open order counts: MAX_NUM_ORDERS counts normal and algo orders together.
        if (OpenOrderLimit.Exceeds(rules.MaxNumOrders, context.OpenOrders, FuturesPreflightChecks.MaxNumOrders, ref notChecked))
        {
            notCheckedOut = notChecked;
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxOpenOrderExceeded);
        }

        if (conditional && ExceedsAlgoOrderLimit(rules, context, ref notChecked))
        {
            notCheckedOut = notChecked;
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxStopOrderExceeded);
        }

        notCheckedOut = notChecked;
        return null;
    }

    /// <summary>
    /// Stage 2 on the scaled integers when the order's values, the symbol's filters and the context's prices all fit
    /// 64-bit mantissas, else on decimals: one generic implementation (<see cref="FuturesFilters"/>), two instantiations.
    /// </summary>
    private static BinanceError? CheckFilters(FuturesSymbolRules rules, in ParsedFuturesOrder parsed, in OrderNumbers numbers, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (rules.Scaled is { } scaled && numbers.AllScaled && MarketPrices<ScaledDecimal>.TryFrom(context, out var scaledPrices))
        {
            return FuturesFilters.Check(rules, scaled, parsed, numbers, scaledPrices, ref notChecked);
        }

        MarketPrices<DecimalNumber>.TryFrom(context, out var prices);
        return FuturesFilters.Check(rules, rules.Exact, parsed, numbers, prices, ref notChecked);
    }

    /// <summary>The first parameter sent that the order's type does not take (-1106), or <see langword="null"/>.</summary>
    internal static string? NotRequired(in FuturesOrderFields o, FuturesOrderType type, FuturesTimeInForce? timeInForce, bool closePosition)
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

    private static bool TryReadDecimal(
        FuturesExchangeRules exchange, string? text, string name, int precision, out decimal? value, ref OrderNumbers numbers, NumberSlot slot, out BinanceError? failure)
    {
        value = null;
        failure = null;
        if (text is null)
        {
            return true;
        }

        if (text.Length == 0)
        {
            failure = exchange.Rejections.Empty(name);
            return false;
        }

        if (!ScaledDecimalText.TryParse(text, out var number, out var scale, out var scaled, out var isScaled))
        {
            // USDⓈ-M answers a number it cannot read (quantity=-7.0, quantity=-0, abc) with -1102, not Spot's -1100
            // pattern text: ccxt/ccxt#15949, MarcinGrabowski/binance-copy-bot#4 (docs/preflight.md).
            failure = exchange.Rejections.Mandatory(name);
            return false;
        }

        if (scale > precision)
        {
            failure = exchange.Rejections.Fixed(UsdMFuturesErrorCodes.BadPrecision);
            return false;
        }

        numbers.AllScaled &= isScaled;
        numbers.Values[(int)slot] = new ParsedNumber(number, scaled);
        value = number;
        return true;
    }

    private static bool TryReadFlag(FuturesExchangeRules exchange, string? text, string name, out bool value, out BinanceError? failure)
    {
        failure = null;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, name);
        return false;
    }

    private static bool TryReadReduceOnly(FuturesExchangeRules exchange, string? text, out bool value, out BinanceError? failure)
    {
        failure = null;
        value = text == "true";
        if (text is null or "true" or "false")
        {
            return true;
        }

        failure = exchange.Rejections.Fixed(UsdMFuturesErrorCodes.ReduceOnlyConflict);
        return false;
    }

    /// <summary><c>priceProtect</c> is a boolean: the documented <c>TRUE</c>/<c>FALSE</c>, or <c>true</c>/<c>false</c> as connectors send it.</summary>
    internal static bool IsPriceProtect(string value) =>
        value.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || value.Equals("FALSE", StringComparison.OrdinalIgnoreCase);

    internal static bool IsPriceMatch(string value) =>
        value is "OPPONENT" or "OPPONENT_5" or "OPPONENT_10" or "OPPONENT_20" or "QUEUE" or "QUEUE_5" or "QUEUE_10" or "QUEUE_20";

    /// <summary>The futures client id rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>, length checked by the caller.</summary>
    internal static bool IsClientId(ReadOnlySpan<char> text)
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

    /// <summary>
    /// Whether one more conditional order would pass the open conditional order limit: the symbol's MAX_NUM_ALGO_ORDERS
    /// when the document carries it (exchangeInfo before 2025-12-29), else the account-wide limit across all symbols.
    /// </summary>
    internal static bool ExceedsAlgoOrderLimit(FuturesSymbolRules rules, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked) =>
        rules.MaxNumAlgoOrders is { } perSymbol
            ? OpenOrderLimit.Exceeds(perSymbol, context.OpenAlgoOrders, FuturesPreflightChecks.MaxNumAlgoOrders, ref notChecked)
            : OpenOrderLimit.Exceeds(FuturesExchangeRules.AccountAlgoOrderLimit, context.AccountOpenAlgoOrders, FuturesPreflightChecks.AccountAlgoOrders, ref notChecked);

    private static bool IsMissing(string? value) => string.IsNullOrEmpty(value);

    private static FuturesOrderValidation Fail(BinanceError error, FuturesSymbolRules? rules = null, ParsedFuturesOrder order = default, FuturesPreflightChecks notChecked = FuturesPreflightChecks.None) =>
        new(error, notChecked, order, rules);
}
