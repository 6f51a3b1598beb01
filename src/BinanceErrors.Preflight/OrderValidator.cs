using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;

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
        var numbers = default(OrderNumbers);
        numbers.AllScaled = true;
        if (!TryReadDecimal(rejections, order.Quantity, OrderParameter.Quantity, basePrecision, out var quantity, ref numbers, NumberSlot.Quantity, out var error)
            || !TryReadDecimal(rejections, order.QuoteOrderQty, OrderParameter.QuoteOrderQty, quotePrecision, out var quoteOrderQty, ref numbers, NumberSlot.QuoteOrderQty, out error)
            || !TryReadDecimal(rejections, order.Price, OrderParameter.Price, quotePrecision, out var price, ref numbers, NumberSlot.Price, out error)
            || !TryReadDecimal(rejections, order.StopPrice, OrderParameter.StopPrice, quotePrecision, out var stopPrice, ref numbers, NumberSlot.StopPrice, out error)
            || !TryReadDecimal(rejections, order.IcebergQty, OrderParameter.IcebergQty, basePrecision, out var icebergQty, ref numbers, NumberSlot.IcebergQty, out error))
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
        var failed = CheckFilters(rules, parsed, numbers, context, ref notChecked);
        if (failed != FilterType.Unknown)
        {
            return rejections.Filter(failed);
        }

        if (isLimitPriced && price is not null && quantity is not null
            && (numbers.AllScaled ? SpotFilters.NotionalZeroOrLess<ScaledDecimal>(numbers) : SpotFilters.NotionalZeroOrLess<DecimalNumber>(numbers)))
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
        Rejections rejections, string? text, OrderParameter parameter, int precision, out decimal? value, ref OrderNumbers numbers, NumberSlot slot, out BinanceError? error)
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

        if (!ScaledDecimalText.TryParse(text, out var number, out var scale, out var scaled, out var isScaled))
        {
            error = rejections.Parameter(BinanceErrorCodes.IllegalChars, parameter);
            return false;
        }

        if (scale > precision)
        {
            error = rejections.Parameter(BinanceErrorCodes.BadPrecision, parameter);
            return false;
        }

        numbers.AllScaled &= isScaled;
        numbers.Values[(int)slot] = new ParsedNumber(number, scaled);
        value = number;
        return true;
    }

    /// <summary>
    /// Stage 2 on the scaled integers when the order's values, the symbol's filters and the market price all fit 64-bit
    /// mantissas, else on decimals: one generic implementation (<see cref="SpotFilters"/>), two instantiations.
    /// </summary>
    private static FilterType CheckFilters(SymbolRules rules, in ParsedOrder parsed, in OrderNumbers numbers, in MarketContext context, ref PreflightChecks notChecked)
    {
        var marketPrice = context.FilterPrice;
        ScaledDecimal scaledPrice = default;
        if (rules.Scaled is { } scaled && numbers.AllScaled && (marketPrice is not { } known || ScaledDecimal.TryFrom(known, out scaledPrice)))
        {
            return SpotFilters.Check(rules, scaled, parsed, numbers, marketPrice is null ? null : scaledPrice, context, ref notChecked);
        }

        return SpotFilters.Check(rules, rules.Exact, parsed, numbers, marketPrice is { } exact ? new DecimalNumber(exact) : null, context, ref notChecked);
    }
}
