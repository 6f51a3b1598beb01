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
        return new OrderValidation(exchange, order, context);
    }

    /// <summary>Stage 1 (parameters and capabilities, from <see cref="SpotParameters"/>), stage 2 (filters), then what only the market can tell.</summary>
    /// <remarks>Called by the result's constructor, which passes its own fields: the values land where they are kept.</remarks>
    [SkipLocalsInit] // every local is assigned before use; skipping the zeroing of the frame is measurable here
    internal static BinanceError? Check(
        ExchangeRules exchange, in OrderRequest order, in MarketContext context, ref OrderNumbers numbers, out SpotOrderTerms terms, out bool read, out SymbolRules? rules,
        out PreflightChecks notChecked)
    {
        var rejections = exchange.Rejections;
        terms = default;
        read = false;
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

        var error = Values(rejections, rules.Info, order, ref numbers, out var trailingDelta, out var hasTrailingDelta);
        if (error is not null)
        {
            return error;
        }

        terms = new SpotOrderTerms(side, type, timeInForce, hasTrailingDelta ? trailingDelta : null);
        read = true;
        error = Capabilities(rejections, rules, terms, numbers);
        if (error is not null)
        {
            return error;
        }

        var failed = CheckFilters(rules, terms, numbers, context, ref notChecked);
        if (failed != FilterType.Unknown)
        {
            return rejections.Filter(failed);
        }

        if (type is BinanceOrderType.Limit or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit or BinanceOrderType.LimitMaker
            && numbers.Has(NumberSlot.Price) && numbers.Has(NumberSlot.Quantity)
            && (numbers.AllScaled ? SpotFilters.NotionalZeroOrLess<ScaledDecimal>(numbers) : SpotFilters.NotionalZeroOrLess<DecimalNumber>(numbers)))
        {
            return rejections.MatchingEngine(MatchingEngineReason.NotionalZeroOrLess);
        }

        return Market(rejections, terms, numbers, context, ref notChecked);
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
    [MethodImpl(MethodImplOptions.NoInlining)] // five parameter readings: inlined, Check grows without getting faster
    // trailingDelta as a value and a flag, not a long?: the nullable was zeroed with one wide store and read back as
    // two narrow loads right after the call, which the store buffer does not forward.
    private static BinanceError? Values(Rejections rejections, SymbolInfo info, in OrderRequest order, ref OrderNumbers numbers, out long trailingDelta, out bool hasTrailingDelta)
    {
        trailingDelta = 0;
        hasTrailingDelta = false;
        var failure = ParameterReading.Decimal(order.Quantity, OrderParameter.Quantity, info.BaseAssetPrecision, ref numbers, NumberSlot.Quantity);
        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.QuoteOrderQty, OrderParameter.QuoteOrderQty, info.QuoteAssetPrecision, ref numbers, NumberSlot.QuoteOrderQty);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.Price, OrderParameter.Price, info.QuoteAssetPrecision, ref numbers, NumberSlot.Price);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.StopPrice, OrderParameter.StopPrice, info.QuoteAssetPrecision, ref numbers, NumberSlot.StopPrice);
        }

        if (!failure.Failed)
        {
            failure = ParameterReading.Decimal(order.IcebergQty, OrderParameter.IcebergQty, info.BaseAssetPrecision, ref numbers, NumberSlot.IcebergQty);
        }

        if (!failure.Failed && order.TrailingDelta is { } deltaText)
        {
            if (deltaText.Length == 0)
            {
                failure = new ParameterFailure(ParameterProblem.Empty, OrderParameter.TrailingDelta);
            }
            else if (DecimalText.TryParseInteger(deltaText, out trailingDelta))
            {
                hasTrailingDelta = true;
            }
            else
            {
                failure = new ParameterFailure(ParameterProblem.Malformed, OrderParameter.TrailingDelta);
            }
        }

        if (failure.Failed)
        {
            return rejections.Of(failure);
        }

        if (order.NewClientOrderId is not { } clientOrderId)
        {
            return null;
        }

        return clientOrderId.Length == 0 ? rejections.Code(BinanceErrorCodes.EmptyNewClOrdId)
            : !DecimalText.IsClientOrderId(clientOrderId) ? rejections.Of(new ParameterFailure(ParameterProblem.Malformed, OrderParameter.NewClientOrderId))
            : null;
    }

    /// <summary>The symbol's status and capabilities (-2010 with the matching engine's text), then the iceberg rules.</summary>
    private static BinanceError? Capabilities(Rejections rejections, SymbolRules rules, in SpotOrderTerms parsed, in OrderNumbers numbers)
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

        var isIceberg = SpotOrderTerms.IsIceberg(numbers);
        var reason = (isIceberg && !info.IcebergAllowed) ? MatchingEngineReason.IcebergOrdersNotSupported
            : (numbers.Has(NumberSlot.QuoteOrderQty) && !info.QuoteOrderQtyMarketAllowed) ? MatchingEngineReason.QuoteOrderQtyNotSupported
            : (parsed.TrailingDelta is not null && !info.AllowTrailingStop) ? MatchingEngineReason.TrailingStopNotSupported
            : (isIceberg && parsed.TimeInForce is not BinanceTimeInForce.Gtc && parsed.Type != BinanceOrderType.LimitMaker) ? MatchingEngineReason.UnsupportedOrderCombination
            : (isIceberg && numbers.Sent(NumberSlot.IcebergQty) >= numbers.Decimal(NumberSlot.Quantity)) ? MatchingEngineReason.IcebergQtyExceedsQuantity
            : (MatchingEngineReason?)null;
        return reason is { } failed ? rejections.MatchingEngine(failed) : null;
    }

    /// <summary>What only the market can tell: a stop the last price already reached, a LIMIT_MAKER that would take.</summary>
    private static BinanceError? Market(Rejections rejections, in SpotOrderTerms parsed, in OrderNumbers numbers, in MarketContext context, ref PreflightChecks notChecked)
    {
        var buy = parsed.Side == BinanceOrderSide.Buy;
        if (numbers.Has(NumberSlot.StopPrice))
        {
            var stop = numbers.Sent(NumberSlot.StopPrice);
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
                var price = numbers.Decimal(NumberSlot.Price);
                if (buy ? price >= best : price <= best)
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
    private static FilterType CheckFilters(SymbolRules rules, in SpotOrderTerms parsed, in OrderNumbers numbers, in MarketContext context, ref PreflightChecks notChecked)
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
