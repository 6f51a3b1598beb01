using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Validates futures orders offline against compiled exchangeInfo rules and returns what the exchange would answer, with
/// the codes of the rules' venue (USDⓈ-M; COIN-M through <see cref="CoinMOrderValidator"/>): OK, or the same code and message text (<c>-4164 Order's notional must be no smaller than 5.0 (unless you
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
        return new FuturesOrderValidation(exchange, fields, context);
    }

    /// <summary>Validates a <c>POST /fapi/v1/algoOrder</c> request (a conditional order on the Algo Service).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Mark price, position mode, open order and algo order counts, time.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    /// <exception cref="ArgumentException">The rules are COIN-M rules: COIN-M takes conditional orders on <c>/dapi/v1/order</c>.</exception>
    public static FuturesOrderValidation ValidateAlgo(FuturesExchangeRules exchange, in FuturesAlgoOrderRequest order, in FuturesMarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!exchange.Configuration.HasAlgoService)
        {
            ThrowNoAlgoService();
        }

        if (string.IsNullOrEmpty(order.AlgoType))
        {
            return Fail(exchange.Rejections.Mandatory("algoType"));
        }

        if (order.AlgoType != "CONDITIONAL")
        {
            return Fail(exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "algoType"));
        }

        var fields = FuturesOrderFields.From(order);
        return new FuturesOrderValidation(exchange, fields, context);
    }

    // Out of line, so that ValidateAlgo stays small enough to be inlined and validates into the caller's variable.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNoAlgoService() =>
        throw new ArgumentException("COIN-M has no algo order endpoint: validate its conditional orders as orders (CoinMOrderValidator.Validate).", "exchange");

    /// <summary>
    /// Every check in order: stage 1 (parameters from <see cref="FuturesParameters"/>, values, position mode, the
    /// contract), stage 2 (filters), then what needs the time, the market or the account. The rules not checked are
    /// reported only with the failures that come after the filters.
    /// </summary>
    /// <remarks>Called by the result's constructor, which passes its own fields: the values land where they are kept.</remarks>
    [SkipLocalsInit] // every local is assigned before use; skipping the zeroing of the frame is measurable here
    internal static BinanceError? Check(
        FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesMarketContext context, ref OrderNumbers numbers, out FuturesOrderTerms parsed, out bool read,
        out FuturesSymbolRules? rules, out FuturesPreflightChecks notCheckedOut)
    {
        parsed = default;
        read = false;
        rules = null;
        notCheckedOut = FuturesPreflightChecks.None;
        var rejections = exchange.Rejections;
        var failure = Head(o, out var side, out var type);
        if (failure.Failed)
        {
            return rejections.Of(failure, o);
        }

        if (!exchange.TryGetSymbol(o.Symbol!, out rules))
        {
            return rejections.Fixed(UsdMFuturesErrorCodes.BadSymbol);
        }

        var venue = exchange.Configuration;
        var error = Endpoint(exchange, o, type);
        if (error is not null)
        {
            return error;
        }

        error = Enumerations(exchange, o, out var positionSide, out var timeInForce, out var closePosition, out var reduceOnly);
        if (error is not null)
        {
            return error;
        }

        failure = FuturesParameters.Check(o, type, timeInForce, closePosition);
        if (failure.Failed)
        {
            return rejections.Of(failure, o);
        }

        error = Numbers(exchange, rules.Info, o, ref numbers, out var goodTillDate) ?? Options(exchange, o, type);
        if (error is not null)
        {
            return error;
        }

        parsed = new FuturesOrderTerms(side, type, positionSide, timeInForce, reduceOnly, closePosition, goodTillDate);
        read = true;
        var notChecked = FuturesPreflightChecks.None;
        error = PositionMode(exchange, o, parsed, context, ref notChecked) ?? Contract(exchange, rules, parsed, context, ref notChecked);
        if (error is not null)
        {
            return error;
        }

        error = CheckFilters(rules, parsed, numbers, context, ref notChecked)
            ?? GoodTillDate(exchange, parsed, context, ref notChecked)
            ?? (venue.ChecksTrigger ? Trigger(exchange, o, parsed, numbers, context, ref notChecked) : null)
            ?? OpenOrders(exchange, rules, type, context, ref notChecked);
        notCheckedOut = notChecked;
        return error;
    }

    /// <summary>Symbol, side and type present and known.</summary>
    private static ParameterFailure Head(in FuturesOrderFields o, out BinanceOrderSide side, out FuturesOrderType type)
    {
        type = default;
        side = default;
        if (string.IsNullOrEmpty(o.Symbol))
        {
            return new ParameterFailure(ParameterProblem.NotSent, OrderParameter.Symbol);
        }

        var failure = ParameterReading.Side(o.Side, out side);
        if (failure.Failed)
        {
            return failure;
        }

        if (string.IsNullOrEmpty(o.Type))
        {
            return new ParameterFailure(ParameterProblem.NotSent, OrderParameter.Type);
        }

        return FuturesWireNames.TryParse(o.Type, out type) ? default : new ParameterFailure(ParameterProblem.Invalid, OrderParameter.Type);
    }

    /// <summary>The endpoint: on USDⓈ-M since the Algo Service migration conditional types live on <c>/fapi/v1/algoOrder</c> only.</summary>
    private static BinanceError? Endpoint(FuturesExchangeRules exchange, in FuturesOrderFields o, FuturesOrderType type)
    {
        if (!exchange.Configuration.HasAlgoService)
        {
            return null;
        }

        var conditional = type.IsConditional();
        return !o.IsAlgo && conditional ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.StopOrderSwitchAlgo)
            : o.IsAlgo && !conditional ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType)
            : null;
    }

    /// <summary>Position side and time in force (names), closePosition and reduceOnly (booleans).</summary>
    private static BinanceError? Enumerations(
        FuturesExchangeRules exchange, in FuturesOrderFields o, out PositionSide? positionSide, out FuturesTimeInForce? timeInForce, out bool closePosition, out bool reduceOnly)
    {
        positionSide = null;
        timeInForce = null;
        closePosition = o.ClosePosition == "true";
        reduceOnly = o.ReduceOnly == "true";
        if (o.PositionSide is { } positionText)
        {
            if (positionText.Length == 0 || !FuturesWireNames.TryParse(positionText, out PositionSide value))
            {
                return exchange.Rejections.Of(new ParameterFailure(positionText.Length == 0 ? ParameterProblem.Empty : ParameterProblem.Invalid, OrderParameter.PositionSide), o);
            }

            positionSide = value;
        }

        if (o.TimeInForce is { } tifText)
        {
            // COIN-M has no GTD: its name is as unknown there as any other.
            if (tifText.Length == 0 || !FuturesWireNames.TryParse(tifText, out FuturesTimeInForce value)
                || (value == FuturesTimeInForce.Gtd && !exchange.Configuration.TakesGoodTillDate))
            {
                return exchange.Rejections.Of(new ParameterFailure(tifText.Length == 0 ? ParameterProblem.Empty : ParameterProblem.Invalid, OrderParameter.TimeInForce), o);
            }

            timeInForce = value;
        }

        if (o.ClosePosition is not (null or "true" or "false"))
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "closePosition");
        }

        return o.ReduceOnly is not (null or "true" or "false") ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.ReduceOnlyConflict) : null;
    }

    /// <summary>The numbers: legal characters, then precision (quantity in contracts on COIN-M); callbackRate's range; goodTillDate.</summary>
    private static BinanceError? Numbers(
        FuturesExchangeRules exchange, FuturesSymbolInfo info, in FuturesOrderFields o, ref OrderNumbers numbers, out long? goodTillDate)
    {
        goodTillDate = null;
        var failure = ParameterReading.Decimal(o.Quantity, OrderParameter.Quantity, info.QuantityPrecision, ref numbers, NumberSlot.Quantity);
        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(o.Price, OrderParameter.Price, info.PricePrecision, ref numbers, NumberSlot.Price);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(o.StopPrice, OrderParameter.StopPrice, info.PricePrecision, ref numbers, NumberSlot.StopPrice);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(o.ActivationPrice, OrderParameter.ActivationPrice, info.PricePrecision, ref numbers, NumberSlot.ActivationPrice);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(o.CallbackRate, OrderParameter.CallbackRate, 2, ref numbers, NumberSlot.CallbackRate);
        }

        if (failure.Failed)
        {
            return exchange.Rejections.Of(failure, o);
        }

        if (numbers.Decimal(NumberSlot.CallbackRate) is { } rate && (rate < MinCallbackRate || rate > exchange.Configuration.MaxCallbackRate))
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "callbackRate");
        }

        if (o.GoodTillDate is { } gtdText)
        {
            if (!DecimalText.TryParseInteger(gtdText, out var gtd))
            {
                return exchange.Rejections.Mandatory("goodTillDate");
            }

            goodTillDate = gtd;
        }

        return null;
    }

    /// <summary>workingType, priceProtect, priceMatch, selfTradePreventionMode, newOrderRespType and the client id.</summary>
    private static BinanceError? Options(FuturesExchangeRules exchange, in FuturesOrderFields o, FuturesOrderType type)
    {
        var rejections = exchange.Rejections;
        var codes = exchange.Configuration.HasPriceMatchCodes;
        if (o.WorkingType is { } working && working is not ("MARK_PRICE" or "CONTRACT_PRICE"))
        {
            return rejections.Fixed(UsdMFuturesErrorCodes.InvalidWorkingType);
        }

        if (o.PriceProtect is { } protect && !IsPriceProtect(protect))
        {
            return rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceProtect");
        }

        if (o.PriceMatch is { } match)
        {
            if (!IsPriceMatch(match) || type is not (FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit))
            {
                return !codes ? rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "priceMatch")
                    : rejections.Fixed(IsPriceMatch(match) ? UsdMFuturesErrorCodes.UnsupportedOrderTypePriceMatch : UsdMFuturesErrorCodes.InvalidPriceMatch);
            }
        }

        if (o.SelfTradePreventionMode is { } stp && stp is not ("EXPIRE_TAKER" or "EXPIRE_MAKER" or "EXPIRE_BOTH" or "NONE"))
        {
            return codes ? rejections.Fixed(UsdMFuturesErrorCodes.InvalidSelfTradePreventionMode) : rejections.Formatted(UsdMFuturesErrorCodes.InvalidParameter, "selfTradePreventionMode");
        }

        if (o.NewOrderRespType is { } resp && resp is not ("ACK" or "RESULT"))
        {
            return rejections.Fixed(UsdMFuturesErrorCodes.InvalidNewOrderRespType);
        }

        if (o.ClientId is not { } clientId)
        {
            return null;
        }

        return clientId.Length == 0 ? (o.IsAlgo ? rejections.Empty(o.ClientIdName) : rejections.Fixed(UsdMFuturesErrorCodes.EmptyNewClOrdId))
            : clientId.Length > 36 ? rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen, 1)
            : !IsClientId(clientId) ? rejections.Fixed(UsdMFuturesErrorCodes.InvalidClOrdIdLen)
            : null;
    }

    /// <summary>Position side against the account's mode (-4061), and reduceOnly, which Hedge Mode does not take (-1106).</summary>
    private static BinanceError? PositionMode(FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesOrderTerms parsed, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (context.DualSidePosition is not { } hedge)
        {
            notChecked |= FuturesPreflightChecks.PositionMode;
            return null;
        }

        if (hedge && o.ReduceOnly is not null)
        {
            return exchange.Rejections.Formatted(UsdMFuturesErrorCodes.ParamNotRequired, "reduceOnly");
        }

        return (hedge ? parsed.PositionSide is null or Futures.PositionSide.Both : parsed.PositionSide is Futures.PositionSide.Long or Futures.PositionSide.Short)
            ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.PositionSideNotMatch)
            : null;
    }

    /// <summary>The contract: trading (and, on COIN-M, not past its delivery), and its lists of order types and times in force.</summary>
    private static BinanceError? Contract(FuturesExchangeRules exchange, FuturesSymbolRules rules, in FuturesOrderTerms parsed, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        var info = rules.Info;
        var venue = exchange.Configuration;
        if (info.Status != ContractStatus.Trading)
        {
            return exchange.Rejections.Fixed(venue.NotTradingCode(info.Status));
        }

        // Every contract but a perpetual has a delivery, including a type this version does not know: its deliveryDate
        // is the evidence (a perpetual-like new type carries the far-future date and passes).
        if (venue.ChecksDelivery && info.ContractType != ContractType.Perpetual)
        {
            if (context.Now is not { } now)
            {
                notChecked |= FuturesPreflightChecks.Delivery;
            }
            else if (info.DeliveryDate > 0 && now.ToUnixTimeMilliseconds() >= info.DeliveryDate)
            {
                return exchange.Rejections.Fixed(venue.NotTradingCode(ContractStatus.Delivered));
            }
        }

        return !rules.Allows(parsed.Type) ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidOrderType)
            : parsed.TimeInForce is { } tif && !rules.Allows(tif) ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.InvalidTif)
            : null;
    }

    /// <summary>GTD: goodTillDate before 9999-12-31 and more than 600 seconds ahead of now (-5040).</summary>
    private static BinanceError? GoodTillDate(FuturesExchangeRules exchange, in FuturesOrderTerms parsed, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (parsed.GoodTillDate is not { } until)
        {
            return null;
        }

        if (until >= MaxGoodTillDate)
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate);
        }

        if (context.Now is not { } now)
        {
            notChecked |= FuturesPreflightChecks.GoodTillDate;
            return null;
        }

        return until <= now.ToUnixTimeMilliseconds() + 600_000 ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.FutureGoodTillDate) : null;
    }

    /// <summary>
    /// A conditional order the working price (the mark price for workingType=MARK_PRICE, else the last price) already
    /// triggers (-2021): BUY STOP at or below it, SELL STOP at or above, TAKE_PROFIT the other way round; a trailing stop's
    /// activation price on the wrong side (BUY must be below the price, SELL above).
    /// </summary>
    private static BinanceError? Trigger(FuturesExchangeRules exchange, in FuturesOrderFields o, in FuturesOrderTerms parsed, in OrderNumbers numbers, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        var buy = parsed.Side == BinanceOrderSide.Buy;
        var (slot, mustBeAbove) = parsed.Type switch
        {
            FuturesOrderType.Stop or FuturesOrderType.StopMarket => (NumberSlot.StopPrice, buy),
            FuturesOrderType.TakeProfit or FuturesOrderType.TakeProfitMarket => (NumberSlot.StopPrice, !buy),
            FuturesOrderType.TrailingStopMarket => (NumberSlot.ActivationPrice, !buy),
            _ => ((NumberSlot)(-1), false),
        };
        if (slot < 0 || !numbers.Has(slot))
        {
            return null;
        }

        if ((o.WorkingType == "MARK_PRICE" ? context.MarkPrice : context.LastPrice) is not { } working)
        {
            notChecked |= FuturesPreflightChecks.TriggerDirection;
            return null;
        }

        // Exact either way; the scaled integers when both fit them (a decimal comparison costs several times more).
        var comparison = numbers.AllScaled && ScaledDecimal.TryFrom(working, out var scaledWorking)
            ? ScaledDecimal.Compare(numbers.Values[(int)slot].Scaled, scaledWorking)
            : numbers.Sent(slot).CompareTo(working);
        return (mustBeAbove ? comparison <= 0 : comparison >= 0) ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.OrderWouldImmediatelyTrigger) : null;
    }

    /// <summary>Open order counts: MAX_NUM_ORDERS counts normal and algo orders together (-2025); conditional orders (-4045).</summary>
    private static BinanceError? OpenOrders(FuturesExchangeRules exchange, FuturesSymbolRules rules, FuturesOrderType type, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (OpenOrderLimit.Exceeds(rules.MaxNumOrders, context.OpenOrders, FuturesPreflightChecks.MaxNumOrders, ref notChecked))
        {
            return exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxOpenOrderExceeded);
        }

        return type.IsConditional() && ExceedsAlgoOrderLimit(rules, context, ref notChecked)
            ? exchange.Rejections.Fixed(UsdMFuturesErrorCodes.MaxStopOrderExceeded)
            : null;
    }

    /// <summary>
    /// Stage 2 on the scaled integers when the order's values, the symbol's filters and the context's prices all fit
    /// 64-bit mantissas, else on decimals: one generic implementation (<see cref="FuturesFilters"/>), two instantiations.
    /// </summary>
    private static BinanceError? CheckFilters(FuturesSymbolRules rules, in FuturesOrderTerms parsed, in OrderNumbers numbers, in FuturesMarketContext context, ref FuturesPreflightChecks notChecked)
    {
        if (rules.Scaled is { } scaled && numbers.AllScaled && MarketPrices<ScaledDecimal>.TryFrom(context, parsed.Type, out var scaledPrices))
        {
            return FuturesFilters.Check(rules, scaled, parsed, numbers, scaledPrices, ref notChecked);
        }

        MarketPrices<DecimalNumber>.TryFrom(context, parsed.Type, out var prices);
        return FuturesFilters.Check(rules, rules.Exact, parsed, numbers, prices, ref notChecked);
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
            : rules.Exchange.Configuration.AccountAlgoOrderLimit is { } account
                && OpenOrderLimit.Exceeds(account, context.AccountOpenAlgoOrders, FuturesPreflightChecks.AccountAlgoOrders, ref notChecked);

    private static FuturesOrderValidation Fail(BinanceError error) => new(error);
}
