using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// The independent oracle of <see cref="OrderValidator"/>: the whole Spot order in exact <see cref="decimal"/>
/// arithmetic, kept verbatim from before the scaled-integer fast path and the rule tables, with its own text predicates,
/// count checks and errors (built from the public catalog by <see cref="OracleRejections"/>). It shares no rule with the
/// validator: the agreement tests run both over generated orders and every validator test through
/// <c>SpotValidationByBoth</c>, so a change to the validator that changes an answer fails here.
/// </summary>
internal static class DecimalOrderValidator
{
    /// <summary>Validates an order.</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Prices, open order counts and position; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    internal static OracleOrderValidation Validate(ExchangeRules exchange, in OrderRequest order, in MarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var rejections = OracleRejections.For(exchange.Venue);

        // Symbol, side and type.
        if (string.IsNullOrEmpty(order.Symbol))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Symbol));
        }

        if (!IsSymbol(order.Symbol))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.IllegalChars, OracleParameter.Symbol));
        }

        if (string.IsNullOrEmpty(order.Side))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Side));
        }

        BinanceOrderSide side;
        if (order.Side == "BUY")
        {
            side = BinanceOrderSide.Buy;
        }
        else if (order.Side == "SELL")
        {
            side = BinanceOrderSide.Sell;
        }
        else
        {
            return Fail(rejections.Code(BinanceErrorCodes.InvalidSide));
        }

        if (string.IsNullOrEmpty(order.Type))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Type));
        }

        if (!OrderTypeNames.TryParse(order.Type, out var type))
        {
            return Fail(rejections.Code(BinanceErrorCodes.InvalidOrderType));
        }

        BinanceTimeInForce? timeInForce = null;
        if (order.TimeInForce is { } tifText)
        {
            if (tifText.Length == 0)
            {
                return Fail(rejections.Parameter(BinanceErrorCodes.ParamEmpty, OracleParameter.TimeInForce));
            }

            timeInForce = tifText switch
            {
                "GTC" => BinanceTimeInForce.Gtc,
                "IOC" => BinanceTimeInForce.Ioc,
                "FOK" => BinanceTimeInForce.Fok,
                _ => null,
            };
            if (timeInForce is null)
            {
                return Fail(rejections.Code(BinanceErrorCodes.InvalidTif));
            }
        }

        if (!exchange.TryGetSymbol(order.Symbol, out var rules))
        {
            return Fail(rejections.Code(BinanceErrorCodes.BadSymbol));
        }

        // Which parameters this type needs and refuses.
        var isLimitPriced = type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit or BinanceOrderType.LimitMaker;
        var isStop = type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfit or BinanceOrderType.TakeProfitLimit;
        var needsTimeInForce = type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit;

        if (needsTimeInForce && timeInForce is null)
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.TimeInForce), rules);
        }

        if (type == BinanceOrderType.Market)
        {
            if (IsMissing(order.Quantity) && IsMissing(order.QuoteOrderQty))
            {
                return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Quantity, OracleParameter.QuoteOrderQty), rules);
            }
        }
        else if (IsMissing(order.Quantity))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Quantity), rules);
        }

        if (isLimitPriced && IsMissing(order.Price))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.Price), rules);
        }

        if (isStop && IsMissing(order.StopPrice) && IsMissing(order.TrailingDelta))
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OracleParameter.StopPrice, OracleParameter.TrailingDelta), rules);
        }

        var notRequired = NotRequired(type, order);
        if (notRequired != OracleParameter.None)
        {
            return Fail(rejections.Parameter(BinanceErrorCodes.ParamNotRequired, notRequired), rules);
        }

        // Values: legal characters, then precision.
        var basePrecision = rules.Info.BaseAssetPrecision;
        var quotePrecision = rules.Info.QuoteAssetPrecision;
        if (!TryReadDecimal(rejections, order.Quantity, OracleParameter.Quantity, basePrecision, out var quantity, out var error)
            || !TryReadDecimal(rejections, order.QuoteOrderQty, OracleParameter.QuoteOrderQty, quotePrecision, out var quoteOrderQty, out error)
            || !TryReadDecimal(rejections, order.Price, OracleParameter.Price, quotePrecision, out var price, out error)
            || !TryReadDecimal(rejections, order.StopPrice, OracleParameter.StopPrice, quotePrecision, out var stopPrice, out error)
            || !TryReadDecimal(rejections, order.IcebergQty, OracleParameter.IcebergQty, basePrecision, out var icebergQty, out error))
        {
            return Fail(error!, rules);
        }

        long? trailingDelta = null;
        if (order.TrailingDelta is { } deltaText)
        {
            if (deltaText.Length == 0)
            {
                return Fail(rejections.Parameter(BinanceErrorCodes.ParamEmpty, OracleParameter.TrailingDelta), rules);
            }

            if (!DecimalText.TryParseInteger(deltaText, out var delta))
            {
                return Fail(rejections.Parameter(BinanceErrorCodes.IllegalChars, OracleParameter.TrailingDelta), rules);
            }

            trailingDelta = delta;
        }

        if (order.NewClientOrderId is { } clientOrderId)
        {
            if (clientOrderId.Length == 0)
            {
                return Fail(rejections.Code(BinanceErrorCodes.EmptyNewClOrdId), rules);
            }

            if (!IsClientOrderId(clientOrderId))
            {
                return Fail(rejections.Parameter(BinanceErrorCodes.IllegalChars, OracleParameter.NewClientOrderId), rules);
            }
        }

        var parsed = new ParsedOrder
        {
            Side = side,
            Type = type,
            TimeInForce = timeInForce,
            Quantity = quantity,
            QuoteOrderQty = quoteOrderQty,
            Price = price,
            StopPrice = stopPrice,
            TrailingDelta = trailingDelta,
            IcebergQty = icebergQty,
        };

        // The symbol's status and capabilities.
        if (rules.Info.Status != SymbolStatus.Trading)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.MarketClosed), rules, parsed);
        }

        if (!rules.Allows(type))
        {
            return Fail(rejections.MatchingEngine(type switch
            {
                BinanceOrderType.Market => MatchingEngineReason.MarketOrdersNotSupported,
                BinanceOrderType.StopLoss => MatchingEngineReason.StopLossNotSupported,
                BinanceOrderType.StopLossLimit => MatchingEngineReason.StopLossLimitNotSupported,
                BinanceOrderType.TakeProfit => MatchingEngineReason.TakeProfitNotSupported,
                BinanceOrderType.TakeProfitLimit => MatchingEngineReason.TakeProfitLimitNotSupported,
                _ => MatchingEngineReason.UnsupportedOrderCombination,
            }), rules, parsed);
        }

        var isIceberg = icebergQty is > 0;
        if (isIceberg && !rules.Info.IcebergAllowed)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.IcebergOrdersNotSupported), rules, parsed);
        }

        if (quoteOrderQty is not null && !rules.Info.QuoteOrderQtyMarketAllowed)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.QuoteOrderQtyNotSupported), rules, parsed);
        }

        if (trailingDelta is not null && !rules.Info.AllowTrailingStop)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.TrailingStopNotSupported), rules, parsed);
        }

        if (isIceberg)
        {
            if (timeInForce is not BinanceTimeInForce.Gtc && type != BinanceOrderType.LimitMaker)
            {
                return Fail(rejections.MatchingEngine(MatchingEngineReason.UnsupportedOrderCombination), rules, parsed);
            }

            if (icebergQty >= quantity)
            {
                return Fail(rejections.MatchingEngine(MatchingEngineReason.IcebergQtyExceedsQuantity), rules, parsed);
            }
        }

        // Filters.
        var notChecked = PreflightChecks.None;
        var failed = CheckFilters(rules, parsed, context, ref notChecked);
        if (failed != FilterType.Unknown)
        {
            return Fail(rejections.Filter(failed), rules, parsed, notChecked);
        }

        if (isLimitPriced && price is { } p && quantity is { } q && Multiply(p, q) <= 0)
        {
            return Fail(rejections.MatchingEngine(MatchingEngineReason.NotionalZeroOrLess), rules, parsed, notChecked);
        }

        // What only the market can tell.
        if (stopPrice is { } stop)
        {
            if (context.LastPrice is { } last)
            {
                var mustBeAbove = (type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == (side == BinanceOrderSide.Buy);
                if (mustBeAbove ? stop <= last : stop >= last)
                {
                    return Fail(rejections.MatchingEngine(MatchingEngineReason.WouldTriggerImmediately), rules, parsed, notChecked);
                }
            }
            else
            {
                notChecked |= PreflightChecks.TriggerDirection;
            }
        }

        if (type == BinanceOrderType.LimitMaker)
        {
            var opposite = side == BinanceOrderSide.Buy ? context.BestAsk : context.BestBid;
            if (opposite is { } best)
            {
                if (side == BinanceOrderSide.Buy ? price >= best : price <= best)
                {
                    return Fail(rejections.MatchingEngine(MatchingEngineReason.WouldMatchAsTaker), rules, parsed, notChecked);
                }
            }
            else
            {
                notChecked |= PreflightChecks.MakerCross;
            }
        }

        return new OracleOrderValidation(null, notChecked, parsed, rules);
    }

    private static OracleOrderValidation Fail(BinanceError error, SymbolRules? rules = null, ParsedOrder order = default, PreflightChecks notChecked = PreflightChecks.None) =>
        new(error, notChecked, order, rules);

    private static bool IsMissing(string? value) => string.IsNullOrEmpty(value);

    private static OracleParameter NotRequired(BinanceOrderType type, in OrderRequest order)
    {
        var market = type == BinanceOrderType.Market;
        var stopMarket = type is BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
        var limitMaker = type == BinanceOrderType.LimitMaker;
        if ((market || stopMarket || limitMaker) && order.TimeInForce is not null)
        {
            return OracleParameter.TimeInForce;
        }

        if ((market || stopMarket) && order.Price is not null)
        {
            return OracleParameter.Price;
        }

        if ((market || type == BinanceOrderType.Limit || limitMaker) && order.StopPrice is not null)
        {
            return OracleParameter.StopPrice;
        }

        if ((market || type == BinanceOrderType.Limit || limitMaker) && order.TrailingDelta is not null)
        {
            return OracleParameter.TrailingDelta;
        }

        if ((market || stopMarket) && order.IcebergQty is not null)
        {
            return OracleParameter.IcebergQty;
        }

        if (!market && order.QuoteOrderQty is not null)
        {
            return OracleParameter.QuoteOrderQty;
        }

        return market && order.Quantity is not null && order.QuoteOrderQty is not null ? OracleParameter.QuoteOrderQty : OracleParameter.None;
    }

    private static bool TryReadDecimal(OracleRejections rejections, string? text, OracleParameter parameter, int precision, out decimal? value, out BinanceError? error)
    {
        value = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (text.Length == 0)
        {
            error = rejections.Parameter(BinanceErrorCodes.ParamEmpty, parameter);
            return false;
        }

        if (!DecimalText.TryParse(text, out var number, out var scale))
        {
            error = rejections.Parameter(BinanceErrorCodes.IllegalChars, parameter);
            return false;
        }

        if (scale > precision)
        {
            error = rejections.Parameter(BinanceErrorCodes.BadPrecision, parameter);
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>Runs every symbol and exchange filter; returns the first that fails, or <see cref="FilterType.Unknown"/>.</summary>
    private static FilterType CheckFilters(SymbolRules rules, in ParsedOrder order, in MarketContext context, ref PreflightChecks notChecked)
    {
        var type = order.Type;
        var isMarket = type == BinanceOrderType.Market;
        var executesAsMarket = isMarket || type is BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
        var marketPrice = context.FilterPrice;

        if (rules.Price is { } priceFilter
            && ((order.Price is { } p && !InPriceFilter(priceFilter, p)) || (order.StopPrice is { } s && !InPriceFilter(priceFilter, s))))
        {
            return FilterType.PriceFilter;
        }

        if (order.Price is { } price)
        {
            if (rules.PercentPrice is { } percent)
            {
                if (marketPrice is { } reference)
                {
                    if (price > Multiply(reference, percent.MultiplierUp) || price < Multiply(reference, percent.MultiplierDown))
                    {
                        return FilterType.PercentPrice;
                    }
                }
                else
                {
                    notChecked |= PreflightChecks.PercentPrice;
                }
            }

            if (rules.PercentPriceBySide is { } bySide)
            {
                if (marketPrice is { } reference)
                {
                    var (up, down) = order.Side == BinanceOrderSide.Buy
                        ? (bySide.BidMultiplierUp, bySide.BidMultiplierDown)
                        : (bySide.AskMultiplierUp, bySide.AskMultiplierDown);
                    if (price > Multiply(reference, up) || price < Multiply(reference, down))
                    {
                        return FilterType.PercentPriceBySide;
                    }
                }
                else
                {
                    notChecked |= PreflightChecks.PercentPriceBySide;
                }
            }
        }

        if (rules.LotSize is { } lot
            && ((order.Quantity is { } q && !InLotSize(lot, q)) || (order.IcebergQty is { } iq && iq > 0 && !InLotSize(lot, iq))))
        {
            return FilterType.LotSize;
        }

        if (isMarket && rules.MarketLotSize is { } marketLot && order.Quantity is { } mq && !InLotSize(marketLot, mq))
        {
            return FilterType.MarketLotSize;
        }

        if (rules.IcebergParts is { } parts && order.IcebergQty is { } iceberg && iceberg > 0 && order.Quantity is { } total
            && (!TryDivide(total, iceberg, out var partsNeeded) || decimal.Ceiling(partsNeeded) > parts.Limit))
        {
            return FilterType.IcebergParts;
        }

        // Notional: price × quantity for priced orders; MARKET-executed orders use quoteOrderQty or the reference price.
        decimal? notional = null;
        if (!executesAsMarket && order.Price is { } limitPrice && order.Quantity is { } limitQuantity)
        {
            notional = Multiply(limitPrice, limitQuantity);
        }
        else if (order.QuoteOrderQty is { } quote)
        {
            notional = quote;
        }
        else if (order.Quantity is { } marketQuantity && (order.StopPrice ?? marketPrice) is { } estimate)
        {
            notional = Multiply(marketQuantity, estimate);
        }

        if (rules.MinNotional is { } minNotional && (!executesAsMarket || minNotional.ApplyToMarket))
        {
            if (notional is null)
            {
                notChecked |= PreflightChecks.MinNotional;
            }
            else if (notional < minNotional.MinNotional)
            {
                return FilterType.MinNotional;
            }
        }

        if (rules.Notional is { } range)
        {
            var checkMin = !executesAsMarket || range.ApplyMinToMarket;
            var checkMax = !executesAsMarket || range.ApplyMaxToMarket;
            if (checkMin || checkMax)
            {
                if (notional is null)
                {
                    notChecked |= PreflightChecks.Notional;
                }
                else if ((checkMin && notional < range.MinNotional) || (checkMax && range.MaxNotional > 0 && notional > range.MaxNotional))
                {
                    return FilterType.Notional;
                }
            }
        }

        if (rules.TrailingDelta is { } trailing && order.TrailingDelta is { } delta)
        {
            var above = (type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == (order.Side == BinanceOrderSide.Buy);
            var (min, max) = above
                ? (trailing.MinTrailingAboveDelta, trailing.MaxTrailingAboveDelta)
                : (trailing.MinTrailingBelowDelta, trailing.MaxTrailingBelowDelta);
            if (delta < min || delta > max)
            {
                return FilterType.TrailingDelta;
            }
        }

        var isIceberg = order.IcebergQty is > 0;
        if (Exceeds(rules.MaxNumOrders, context.OpenOrders, PreflightChecks.MaxNumOrders, ref notChecked))
        {
            return FilterType.MaxNumOrders;
        }

        if (order.IsAlgo && Exceeds(rules.MaxNumAlgoOrders, context.OpenAlgoOrders, PreflightChecks.MaxNumAlgoOrders, ref notChecked))
        {
            return FilterType.MaxNumAlgoOrders;
        }

        if (isIceberg && Exceeds(rules.MaxNumIcebergOrders, context.OpenIcebergOrders, PreflightChecks.MaxNumIcebergOrders, ref notChecked))
        {
            return FilterType.MaxNumIcebergOrders;
        }

        if (order.Side == BinanceOrderSide.Buy && rules.MaxPosition is { } maxPosition)
        {
            var added = order.Quantity ?? (order.QuoteOrderQty is { } spend && marketPrice is > 0 ? spend / marketPrice : null);
            if (context.Position is not { } position || added is null)
            {
                notChecked |= PreflightChecks.MaxPosition;
            }
            else if (position + added > maxPosition)
            {
                return FilterType.MaxPosition;
            }
        }

        var exchange = rules.Exchange;
        if (Exceeds(exchange.ExchangeMaxNumOrders, context.ExchangeOpenOrders, PreflightChecks.ExchangeMaxNumOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumOrders;
        }

        if (order.IsAlgo && Exceeds(exchange.ExchangeMaxNumAlgoOrders, context.ExchangeOpenAlgoOrders, PreflightChecks.ExchangeMaxNumAlgoOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumAlgoOrders;
        }

        if (isIceberg && Exceeds(exchange.ExchangeMaxNumIcebergOrders, context.ExchangeOpenIcebergOrders, PreflightChecks.ExchangeMaxNumIcebergOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumIcebergOrders;
        }

        return FilterType.Unknown;
    }

    private static bool InPriceFilter(Preflight.Filters.PriceFilter filter, decimal value) =>
        (filter.MinPrice == 0 || value >= filter.MinPrice)
        && (filter.MaxPrice == 0 || value <= filter.MaxPrice)
        && (filter.TickSize == 0 || value % filter.TickSize == 0);

    private static bool InLotSize(Preflight.Filters.LotSizeFilter filter, decimal value) =>
        value >= filter.MinQty
        && (filter.MaxQty == 0 || value <= filter.MaxQty)
        && (filter.StepSize == 0 || value % filter.StepSize == 0);

    private static bool Exceeds(int? limit, int? open, PreflightChecks check, ref PreflightChecks notChecked)
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

    private static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a < 0) == (b < 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (b == 0)
        {
            return false;
        }

        try
        {
            result = a / b;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool IsSymbol(string text) =>
        text.Length is >= 1 and <= 20 && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');

    private static bool IsClientOrderId(string text) =>
        text.Length is >= 1 and <= 36 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
