using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight;

/// <summary>
/// Validates a <c>POST /api/v3/order</c> request offline against compiled exchangeInfo rules and returns what the
/// exchange would answer: OK, or the same code and message text. Exact decimals, no allocation on the hot path.
/// </summary>
/// <remarks>
/// Checks run in this order: mandatory and well-formed parameters (-1102, -1117, -1116, -1115, -1105, -1121, -1106,
/// -1100, -1111, -1118), the symbol's status and capabilities (-2010), iceberg rules, every symbol and exchange
/// filter (-1013 <c>Filter failure: X</c>), then the checks that need market context (trigger direction,
/// LIMIT_MAKER crossing). Where the docs do not fix the order between two failures, this order is ours.
/// </remarks>
public static class OrderValidator
{
    /// <summary>Validates an order.</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The parameters as they would be sent.</param>
    /// <param name="context">Prices, open order counts and position; rules needing what is missing are reported as not checked.</param>
    /// <returns>The outcome; never throws for any parameter values.</returns>
    public static OrderValidation Validate(ExchangeRules exchange, in OrderRequest order, in MarketContext context = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);

        // The checks return only the error; the result is built here once. Building it at each of the thirty-odd
        // exits made the method's frame hold a result-sized temporary per exit, all zeroed on every call.
        var error = Check(exchange, order, context, out var parsed, out var rules, out var notChecked);
        return new OrderValidation(error, notChecked, parsed, rules);
    }

    [SkipLocalsInit] // every local is assigned before use; skipping the zeroing of the frame is measurable here
    private static BinanceError? Check(
        ExchangeRules exchange, in OrderRequest order, in MarketContext context, out ParsedOrder parsed, out SymbolRules? rules, out PreflightChecks notChecked)
    {
        var rejections = exchange.Rejections;
        parsed = default;
        rules = null;
        notChecked = PreflightChecks.None;

        // Symbol, side and type.
        if (string.IsNullOrEmpty(order.Symbol))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Symbol);
        }

        if (!DecimalText.IsSymbol(order.Symbol))
        {
            return rejections.Parameter(BinanceErrorCodes.IllegalChars, OrderParameter.Symbol);
        }

        if (string.IsNullOrEmpty(order.Side))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Side);
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
            return rejections.Code(BinanceErrorCodes.InvalidSide);
        }

        if (string.IsNullOrEmpty(order.Type))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Type);
        }

        if (!OrderTypeNames.TryParse(order.Type, out var type))
        {
            return rejections.Code(BinanceErrorCodes.InvalidOrderType);
        }

        BinanceTimeInForce? timeInForce = null;
        if (order.TimeInForce is { } tifText)
        {
            if (tifText.Length == 0)
            {
                return rejections.Parameter(BinanceErrorCodes.ParamEmpty, OrderParameter.TimeInForce);
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
                return rejections.Code(BinanceErrorCodes.InvalidTif);
            }
        }

        if (!exchange.TryGetSymbol(order.Symbol, out rules))
        {
            return rejections.Code(BinanceErrorCodes.BadSymbol);
        }

        // Which parameters this type needs and refuses.
        var isLimitPriced = type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit or BinanceOrderType.LimitMaker;
        var isStop = type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfit or BinanceOrderType.TakeProfitLimit;
        var needsTimeInForce = type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit;

        if (needsTimeInForce && timeInForce is null)
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.TimeInForce);
        }

        if (type == BinanceOrderType.Market)
        {
            if (IsMissing(order.Quantity) && IsMissing(order.QuoteOrderQty))
            {
                return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Quantity, OrderParameter.QuoteOrderQty);
            }
        }
        else if (IsMissing(order.Quantity))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Quantity);
        }

        if (isLimitPriced && IsMissing(order.Price))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Price);
        }

        if (isStop && IsMissing(order.StopPrice) && IsMissing(order.TrailingDelta))
        {
            return rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.StopPrice, OrderParameter.TrailingDelta);
        }

        var notRequired = NotRequired(type, order);
        if (notRequired != OrderParameter.None)
        {
            return rejections.Parameter(BinanceErrorCodes.ParamNotRequired, notRequired);
        }

        // Values: legal characters, then precision.
        var basePrecision = rules.Info.BaseAssetPrecision;
        var quotePrecision = rules.Info.QuoteAssetPrecision;
        var scaled = new ScaledOrderValues();
        if (!TryReadDecimal(rejections, order.Quantity, OrderParameter.Quantity, basePrecision, out var quantity, out scaled.Quantity, ref scaled.AllScaled, out var error)
            || !TryReadDecimal(rejections, order.QuoteOrderQty, OrderParameter.QuoteOrderQty, quotePrecision, out var quoteOrderQty, out scaled.QuoteOrderQty, ref scaled.AllScaled, out error)
            || !TryReadDecimal(rejections, order.Price, OrderParameter.Price, quotePrecision, out var price, out scaled.Price, ref scaled.AllScaled, out error)
            || !TryReadDecimal(rejections, order.StopPrice, OrderParameter.StopPrice, quotePrecision, out var stopPrice, out scaled.StopPrice, ref scaled.AllScaled, out error)
            || !TryReadDecimal(rejections, order.IcebergQty, OrderParameter.IcebergQty, basePrecision, out var icebergQty, out scaled.IcebergQty, ref scaled.AllScaled, out error))
        {
            return error!;
        }

        long? trailingDelta = null;
        if (order.TrailingDelta is { } deltaText)
        {
            if (deltaText.Length == 0)
            {
                return rejections.Parameter(BinanceErrorCodes.ParamEmpty, OrderParameter.TrailingDelta);
            }

            if (!DecimalText.TryParseInteger(deltaText, out var delta))
            {
                return rejections.Parameter(BinanceErrorCodes.IllegalChars, OrderParameter.TrailingDelta);
            }

            trailingDelta = delta;
        }

        if (order.NewClientOrderId is { } clientOrderId)
        {
            if (clientOrderId.Length == 0)
            {
                return rejections.Code(BinanceErrorCodes.EmptyNewClOrdId);
            }

            if (!DecimalText.IsClientOrderId(clientOrderId))
            {
                return rejections.Parameter(BinanceErrorCodes.IllegalChars, OrderParameter.NewClientOrderId);
            }
        }

        parsed = new ParsedOrder
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
            return rejections.MatchingEngine(MatchingEngineReason.MarketClosed);
        }

        if (!rules.Allows(type))
        {
            return rejections.MatchingEngine(type switch
            {
                BinanceOrderType.Market => MatchingEngineReason.MarketOrdersNotSupported,
                BinanceOrderType.StopLoss => MatchingEngineReason.StopLossNotSupported,
                BinanceOrderType.StopLossLimit => MatchingEngineReason.StopLossLimitNotSupported,
                BinanceOrderType.TakeProfit => MatchingEngineReason.TakeProfitNotSupported,
                BinanceOrderType.TakeProfitLimit => MatchingEngineReason.TakeProfitLimitNotSupported,
                _ => MatchingEngineReason.UnsupportedOrderCombination,
            });
        }

        var isIceberg = icebergQty is > 0;
        if (isIceberg && !rules.Info.IcebergAllowed)
        {
            return rejections.MatchingEngine(MatchingEngineReason.IcebergOrdersNotSupported);
        }

        if (quoteOrderQty is not null && !rules.Info.QuoteOrderQtyMarketAllowed)
        {
            return rejections.MatchingEngine(MatchingEngineReason.QuoteOrderQtyNotSupported);
        }

        if (trailingDelta is not null && !rules.Info.AllowTrailingStop)
        {
            return rejections.MatchingEngine(MatchingEngineReason.TrailingStopNotSupported);
        }

        if (isIceberg)
        {
            if (timeInForce is not BinanceTimeInForce.Gtc && type != BinanceOrderType.LimitMaker)
            {
                return rejections.MatchingEngine(MatchingEngineReason.UnsupportedOrderCombination);
            }

            if (icebergQty >= quantity)
            {
                return rejections.MatchingEngine(MatchingEngineReason.IcebergQtyExceedsQuantity);
            }
        }

        // Filters.
        var failed = rules.Scaled is { } scaledFilters && scaled.AllScaled
            ? CheckFilters(rules, scaledFilters, parsed, scaled, context, ref notChecked)
            : DecimalOrderValidator.CheckFilters(rules, parsed, context, ref notChecked);
        if (failed != FilterType.Unknown)
        {
            return rejections.Filter(failed);
        }

        if (isLimitPriced && price is { } p && quantity is { } q && NotionalZeroOrLess(p, scaled.Price, q, scaled.Quantity, scaled.AllScaled))
        {
            return rejections.MatchingEngine(MatchingEngineReason.NotionalZeroOrLess);
        }

        // What only the market can tell.
        if (stopPrice is { } stop)
        {
            if (context.LastPrice is { } last)
            {
                var mustBeAbove = (type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == (side == BinanceOrderSide.Buy);
                if (mustBeAbove ? stop <= last : stop >= last)
                {
                    return rejections.MatchingEngine(MatchingEngineReason.WouldTriggerImmediately);
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
                    return rejections.MatchingEngine(MatchingEngineReason.WouldMatchAsTaker);
                }
            }
            else
            {
                notChecked |= PreflightChecks.MakerCross;
            }
        }

        return null;
    }

    private static bool IsMissing(string? value) => string.IsNullOrEmpty(value);

    private static OrderParameter NotRequired(BinanceOrderType type, in OrderRequest order)
    {
        var market = type == BinanceOrderType.Market;
        var stopMarket = type is BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
        var limitMaker = type == BinanceOrderType.LimitMaker;
        if ((market || stopMarket || limitMaker) && order.TimeInForce is not null)
        {
            return OrderParameter.TimeInForce;
        }

        if ((market || stopMarket) && order.Price is not null)
        {
            return OrderParameter.Price;
        }

        if ((market || type == BinanceOrderType.Limit || limitMaker) && order.StopPrice is not null)
        {
            return OrderParameter.StopPrice;
        }

        if ((market || type == BinanceOrderType.Limit || limitMaker) && order.TrailingDelta is not null)
        {
            return OrderParameter.TrailingDelta;
        }

        if ((market || stopMarket) && order.IcebergQty is not null)
        {
            return OrderParameter.IcebergQty;
        }

        if (!market && order.QuoteOrderQty is not null)
        {
            return OrderParameter.QuoteOrderQty;
        }

        return market && order.Quantity is not null && order.QuoteOrderQty is not null ? OrderParameter.QuoteOrderQty : OrderParameter.None;
    }

    private static bool TryReadDecimal(
        Rejections rejections, string? text, OrderParameter parameter, int precision, out decimal? value, out ScaledDecimal scaled, ref bool allScaled, out BinanceError? error)
    {
        value = null;
        scaled = default;
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

        if (!ScaledDecimalText.TryParse(text, out var number, out var scale, out scaled, out var isScaled))
        {
            error = rejections.Parameter(BinanceErrorCodes.IllegalChars, parameter);
            return false;
        }

        if (scale > precision)
        {
            error = rejections.Parameter(BinanceErrorCodes.BadPrecision, parameter);
            return false;
        }

        allScaled &= isScaled;
        value = number;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NotionalZeroOrLess(decimal price, ScaledDecimal scaledPrice, decimal quantity, ScaledDecimal scaledQuantity, bool allScaled) =>
        // Parsed values are never negative, and two positive values whose product has at most 28 decimal places have a
        // positive decimal product too: the usual order is decided without multiplying.
        (!allScaled || scaledPrice.Mantissa <= 0 || scaledQuantity.Mantissa <= 0 || scaledPrice.Scale + scaledQuantity.Scale > 28)
        && ProductZeroOrLess(price, scaledPrice, quantity, scaledQuantity, allScaled);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ProductZeroOrLess(decimal price, ScaledDecimal scaledPrice, decimal quantity, ScaledDecimal scaledQuantity, bool allScaled) =>
        allScaled && ScaledDecimal.TryMultiplyExactly(scaledPrice, scaledQuantity, out Int128 product, out _)
            ? product <= 0
            : SaturatingDecimal.Multiply(price, quantity) <= 0;

    /// <summary>
    /// Runs every symbol and exchange filter on the scaled integers; returns the first that fails, or
    /// <see cref="FilterType.Unknown"/>. The same checks in the same order as <see cref="DecimalOrderValidator.CheckFilters"/>;
    /// a product the decimal oracle would round (beyond 96 bits or 28 decimal places) is computed with the oracle's
    /// decimal expression instead, and so are ICEBERG_PARTS and MAX_POSITION (a division and a sum over caller
    /// decimals, on iceberg and position-limited orders only).
    /// </summary>
    [SkipLocalsInit]
    private static FilterType CheckFilters(
        SymbolRules rules, ScaledSymbolFilters filters, in ParsedOrder order, in ScaledOrderValues values, in MarketContext context, ref PreflightChecks notChecked)
    {
        var type = order.Type;
        var isMarket = type == BinanceOrderType.Market;
        var executesAsMarket = isMarket || type is BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
        var marketPrice = context.FilterPrice;

        if (rules.Price is not null
            && ((order.Price is not null && !filters.Price.Contains(values.Price)) || (order.StopPrice is not null && !filters.Price.Contains(values.StopPrice))))
        {
            return FilterType.PriceFilter;
        }

        if (order.Price is { } price)
        {
            // The reference (or average) price read once into mantissa and scale (null when its mantissa needs more than 63 bits).
            ScaledDecimal? scaledReference = marketPrice is { } known && ScaledDecimal.TryFrom(known, out var readReference) ? readReference : null;
            if (rules.PercentPrice is { } percent)
            {
                if (marketPrice is { } reference)
                {
                    if (Above(values.Price, price, reference, scaledReference, filters.PercentUp, percent.MultiplierUp)
                        || Below(values.Price, price, reference, scaledReference, filters.PercentDown, percent.MultiplierDown))
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
                    var buy = order.Side == BinanceOrderSide.Buy;
                    if (buy
                        ? Above(values.Price, price, reference, scaledReference, filters.BidUp, bySide.BidMultiplierUp) || Below(values.Price, price, reference, scaledReference, filters.BidDown, bySide.BidMultiplierDown)
                        : Above(values.Price, price, reference, scaledReference, filters.AskUp, bySide.AskMultiplierUp) || Below(values.Price, price, reference, scaledReference, filters.AskDown, bySide.AskMultiplierDown))
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

        var hasIceberg = order.IcebergQty is not null && values.IcebergQty.Mantissa > 0;
        if (rules.LotSize is not null
            && ((order.Quantity is not null && !filters.LotSize.Contains(values.Quantity)) || (hasIceberg && !filters.LotSize.Contains(values.IcebergQty))))
        {
            return FilterType.LotSize;
        }

        if (isMarket && rules.MarketLotSize is not null && order.Quantity is not null && !filters.MarketLotSize.Contains(values.Quantity))
        {
            return FilterType.MarketLotSize;
        }

        if (rules.IcebergParts is { } parts && order.IcebergQty is { } iceberg && iceberg > 0 && order.Quantity is { } total
            && (!SaturatingDecimal.TryDivide(total, iceberg, out var partsNeeded) || decimal.Ceiling(partsNeeded) > parts.Limit))
        {
            return FilterType.IcebergParts;
        }

        // Notional: price × quantity for priced orders; MARKET-executed orders use quoteOrderQty or the reference price.
        // Kept exact in 128 bits where the oracle's decimal product is exact, else as the oracle's decimal.
        var notional = default(ScaledNotional);
        if (!executesAsMarket && order.Price is { } limitPrice && order.Quantity is { } limitQuantity)
        {
            notional = ScaledNotional.Of(values.Price, limitPrice, values.Quantity, limitQuantity);
        }
        else if (order.QuoteOrderQty is not null)
        {
            notional = new ScaledNotional(true, true, values.QuoteOrderQty.Mantissa, values.QuoteOrderQty.Scale, 0);
        }
        else if (order.Quantity is { } marketQuantity)
        {
            if (order.StopPrice is { } stop)
            {
                notional = ScaledNotional.Of(values.Quantity, marketQuantity, values.StopPrice, stop);
            }
            else if (marketPrice is { } estimate)
            {
                notional = ScaledDecimal.TryFrom(estimate, out var scaledEstimate)
                    ? ScaledNotional.Of(values.Quantity, marketQuantity, scaledEstimate, estimate)
                    : new ScaledNotional(true, false, 0, 0, SaturatingDecimal.Multiply(marketQuantity, estimate));
            }
        }

        if (rules.MinNotional is { } minNotional && (!executesAsMarket || minNotional.ApplyToMarket))
        {
            if (!notional.Present)
            {
                notChecked |= PreflightChecks.MinNotional;
            }
            else if (notional.CompareTo(filters.MinNotional, minNotional.MinNotional) < 0)
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
                if (!notional.Present)
                {
                    notChecked |= PreflightChecks.Notional;
                }
                else if ((checkMin && notional.CompareTo(filters.NotionalMin, range.MinNotional) < 0)
                    || (checkMax && filters.NotionalMax.Mantissa > 0 && notional.CompareTo(filters.NotionalMax, range.MaxNotional) > 0))
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

        if (Exceeds(rules.MaxNumOrders, context.OpenOrders, PreflightChecks.MaxNumOrders, ref notChecked))
        {
            return FilterType.MaxNumOrders;
        }

        if (order.IsAlgo && Exceeds(rules.MaxNumAlgoOrders, context.OpenAlgoOrders, PreflightChecks.MaxNumAlgoOrders, ref notChecked))
        {
            return FilterType.MaxNumAlgoOrders;
        }

        if (hasIceberg && Exceeds(rules.MaxNumIcebergOrders, context.OpenIcebergOrders, PreflightChecks.MaxNumIcebergOrders, ref notChecked))
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

        if (hasIceberg && Exceeds(exchange.ExchangeMaxNumIcebergOrders, context.ExchangeOpenIcebergOrders, PreflightChecks.ExchangeMaxNumIcebergOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumIcebergOrders;
        }

        return FilterType.Unknown;
    }

    /// <summary><c>price &gt; reference × multiplier</c>, exactly as the oracle's saturating decimal product compares.</summary>
    private static bool Above(in ScaledDecimal price, in decimal priceValue, in decimal reference, in ScaledDecimal? scaledReference, in ScaledDecimal multiplier, in decimal multiplierValue) =>
        scaledReference is { } r && ScaledDecimal.TryMultiplyExactly(r, multiplier, out ScaledDecimal narrow)
            ? ScaledDecimal.Compare(price, narrow) > 0
            : scaledReference is { } wide && ScaledDecimal.TryMultiplyExactly(wide, multiplier, out Int128 band, out var scale)
                ? ScaledDecimal.Compare(price.Mantissa, price.Scale, band, scale) > 0
                : priceValue > SaturatingDecimal.Multiply(reference, multiplierValue);

    /// <summary><c>price &lt; reference × multiplier</c>, exactly as the oracle's saturating decimal product compares.</summary>
    private static bool Below(in ScaledDecimal price, in decimal priceValue, in decimal reference, in ScaledDecimal? scaledReference, in ScaledDecimal multiplier, in decimal multiplierValue) =>
        scaledReference is { } r && ScaledDecimal.TryMultiplyExactly(r, multiplier, out ScaledDecimal narrow)
            ? ScaledDecimal.Compare(price, narrow) < 0
            : scaledReference is { } wide && ScaledDecimal.TryMultiplyExactly(wide, multiplier, out Int128 band, out var scale)
                ? ScaledDecimal.Compare(price.Mantissa, price.Scale, band, scale) < 0
                : priceValue < SaturatingDecimal.Multiply(reference, multiplierValue);

    /// <summary>Whether one more order would pass <paramref name="limit"/>; an unknown open count marks the check as not done.</summary>
    internal static bool Exceeds(int? limit, int? open, PreflightChecks check, ref PreflightChecks notChecked)
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
}
