using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Rules;

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

    /// <summary>Stage 1 (parameters and capabilities, from <see cref="SpotParameters"/>), stage 2 (filters), then what only the market can tell.</summary>
    [SkipLocalsInit] // every local is assigned before use; skipping the zeroing of the frame is measurable here
    private static BinanceError? Check(
        ExchangeRules exchange, in OrderRequest order, in MarketContext context, out ParsedOrder parsed, out SymbolRules? rules, out PreflightChecks notChecked)
    {
        var rejections = exchange.Rejections;
        parsed = default;
        rules = null;
        notChecked = PreflightChecks.None;
        var failure = Head(order, out var side, out var type, out var timeInForce);
        if (failure.Failed)
        {
            return rejections.Of(failure);
        }

        if (!exchange.TryGetSymbol(order.Symbol!, out rules))
        {
            return rejections.Code(BinanceErrorCodes.BadSymbol);
        }

        SpotParameters.Sent(order, out var sent, out var filled);
        failure = SpotParameters.Table.Check((int)type, sent, filled);
        if (failure.Failed)
        {
            return rejections.Of(failure);
        }

        var numbers = default(OrderNumbers);
        numbers.AllScaled = true;
        // Returned, not written through an out parameter: built straight into the return buffer, the 150-byte struct is not
        // staged in a zeroed temporary and copied back with wide loads right after narrow stores (a store-forwarding stall).
        parsed = Values(rejections, rules.Info, order, ref numbers, side, type, timeInForce, out var error);
        if (error is not null)
        {
            return error;
        }

        error = Capabilities(rejections, rules, parsed);
        if (error is not null)
        {
            return error;
        }

        var failed = CheckFilters(rules, parsed, numbers, context, ref notChecked);
        if (failed != FilterType.Unknown)
        {
            return rejections.Filter(failed);
        }

        if (parsed.Type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit or BinanceOrderType.LimitMaker && parsed.Price is not null && parsed.Quantity is not null
            && (numbers.AllScaled ? SpotFilters.NotionalZeroOrLess<ScaledDecimal>(numbers) : SpotFilters.NotionalZeroOrLess<DecimalNumber>(numbers)))
        {
            return rejections.MatchingEngine(MatchingEngineReason.NotionalZeroOrLess);
        }

        return Market(rejections, parsed, context, ref notChecked);
    }

    /// <summary>Symbol (present, legal characters), side, type and the time in force's value.</summary>
    private static ParameterFailure Head(in OrderRequest order, out BinanceOrderSide side, out BinanceOrderType type, out BinanceTimeInForce? timeInForce)
    {
        type = default;
        timeInForce = null;
        side = default;
        if (string.IsNullOrEmpty(order.Symbol))
        {
            return new ParameterFailure(ParameterProblem.NotSent, OrderParameter.Symbol);
        }

        if (!DecimalText.IsSymbol(order.Symbol))
        {
            return new ParameterFailure(ParameterProblem.Malformed, OrderParameter.Symbol);
        }

        var failure = ParameterReading.Side(order.Side, out side);
        if (failure.Failed)
        {
            return failure;
        }

        if (string.IsNullOrEmpty(order.Type))
        {
            return new ParameterFailure(ParameterProblem.NotSent, OrderParameter.Type);
        }

        if (!OrderTypeNames.TryParse(order.Type, out type))
        {
            return new ParameterFailure(ParameterProblem.Invalid, OrderParameter.Type);
        }

        if (order.TimeInForce is { } text)
        {
            timeInForce = text switch
            {
                "GTC" => BinanceTimeInForce.Gtc,
                "IOC" => BinanceTimeInForce.Ioc,
                "FOK" => BinanceTimeInForce.Fok,
                _ => null,
            };
            if (timeInForce is null)
            {
                return new ParameterFailure(text.Length == 0 ? ParameterProblem.Empty : ParameterProblem.Invalid, OrderParameter.TimeInForce);
            }
        }

        return default;
    }

    /// <summary>The values: decimals (legal characters, then the asset's precision), trailingDelta, the client order id.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // see the call: built in the caller's return buffer
    private static ParsedOrder Values(
        Rejections rejections, SymbolInfo info, in OrderRequest order, ref OrderNumbers numbers, BinanceOrderSide side, BinanceOrderType type, BinanceTimeInForce? timeInForce, out BinanceError? error)
    {
        error = null;
        var failure = ParameterReading.Decimal(order.Quantity, OrderParameter.Quantity, info.BaseAssetPrecision, out var quantity, ref numbers, NumberSlot.Quantity);
        decimal? quoteOrderQty = null, price = null, stopPrice = null, icebergQty = null;
        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.QuoteOrderQty, OrderParameter.QuoteOrderQty, info.QuoteAssetPrecision, out quoteOrderQty, ref numbers, NumberSlot.QuoteOrderQty);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.Price, OrderParameter.Price, info.QuoteAssetPrecision, out price, ref numbers, NumberSlot.Price);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.StopPrice, OrderParameter.StopPrice, info.QuoteAssetPrecision, out stopPrice, ref numbers, NumberSlot.StopPrice);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.IcebergQty, OrderParameter.IcebergQty, info.BaseAssetPrecision, out icebergQty, ref numbers, NumberSlot.IcebergQty);
        }

        long? trailingDelta = null;
        if (!failure.Failed && order.TrailingDelta is { } deltaText)
        {
            if (deltaText.Length == 0)
            {
                failure = new ParameterFailure(ParameterProblem.Empty, OrderParameter.TrailingDelta);
            }
            else if (DecimalText.TryParseInteger(deltaText, out var delta))
            {
                trailingDelta = delta;
            }
            else
            {
                failure = new ParameterFailure(ParameterProblem.Malformed, OrderParameter.TrailingDelta);
            }
        }

        if (failure.Failed)
        {
            error = rejections.Of(failure);
            return default;
        }

        if (order.NewClientOrderId is { } clientOrderId)
        {
            if (clientOrderId.Length == 0)
            {
                error = rejections.Code(BinanceErrorCodes.EmptyNewClOrdId);
                return default;
            }

            if (!DecimalText.IsClientOrderId(clientOrderId))
            {
                error = rejections.Of(new ParameterFailure(ParameterProblem.Malformed, OrderParameter.NewClientOrderId));
                return default;
            }
        }

        return new ParsedOrder
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
    }

    /// <summary>The symbol's status and capabilities (-2010 with the matching engine's text), then the iceberg rules.</summary>
    private static BinanceError? Capabilities(Rejections rejections, SymbolRules rules, in ParsedOrder parsed)
    {
        var info = rules.Info;
        if (info.Status != SymbolStatus.Trading)
        {
            return rejections.MatchingEngine(MatchingEngineReason.MarketClosed);
        }

        if (!rules.Allows(parsed.Type))
        {
            return rejections.MatchingEngine(parsed.Type switch
            {
                BinanceOrderType.Market => MatchingEngineReason.MarketOrdersNotSupported,
                BinanceOrderType.StopLoss => MatchingEngineReason.StopLossNotSupported,
                BinanceOrderType.StopLossLimit => MatchingEngineReason.StopLossLimitNotSupported,
                BinanceOrderType.TakeProfit => MatchingEngineReason.TakeProfitNotSupported,
                BinanceOrderType.TakeProfitLimit => MatchingEngineReason.TakeProfitLimitNotSupported,
                _ => MatchingEngineReason.UnsupportedOrderCombination,
            });
        }

        var isIceberg = parsed.IcebergQty is > 0;
        var reason = (isIceberg && !info.IcebergAllowed) ? MatchingEngineReason.IcebergOrdersNotSupported
            : (parsed.QuoteOrderQty is not null && !info.QuoteOrderQtyMarketAllowed) ? MatchingEngineReason.QuoteOrderQtyNotSupported
            : (parsed.TrailingDelta is not null && !info.AllowTrailingStop) ? MatchingEngineReason.TrailingStopNotSupported
            : (isIceberg && parsed.TimeInForce is not BinanceTimeInForce.Gtc && parsed.Type != BinanceOrderType.LimitMaker) ? MatchingEngineReason.UnsupportedOrderCombination
            : (isIceberg && parsed.IcebergQty >= parsed.Quantity) ? MatchingEngineReason.IcebergQtyExceedsQuantity
            : (MatchingEngineReason?)null;
        return reason is { } failed ? rejections.MatchingEngine(failed) : null;
    }

    /// <summary>What only the market can tell: a stop the last price already reached, a LIMIT_MAKER that would take.</summary>
    private static BinanceError? Market(Rejections rejections, in ParsedOrder parsed, in MarketContext context, ref PreflightChecks notChecked)
    {
        var buy = parsed.Side == BinanceOrderSide.Buy;
        if (parsed.StopPrice is { } stop)
        {
            if (context.LastPrice is { } last)
            {
                var mustBeAbove = (parsed.Type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == buy;
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

        if (parsed.Type == BinanceOrderType.LimitMaker)
        {
            if ((buy ? context.BestAsk : context.BestBid) is { } best)
            {
                if (buy ? parsed.Price >= best : parsed.Price <= best)
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
            ScaledDecimal? reference = marketPrice is null ? null : scaledPrice;
            return SpotFilters.Check(rules, scaled, parsed, numbers, reference, context, ref notChecked);
        }

        DecimalNumber? exactReference = marketPrice is { } exact ? new DecimalNumber(exact) : null;
        return SpotFilters.Check(rules, rules.Exact, parsed, numbers, exactReference, context, ref notChecked);
    }
}
