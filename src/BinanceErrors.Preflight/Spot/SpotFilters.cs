using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight;

/// <summary>
/// Stage 2 on Spot and Binance.US: every symbol and exchange filter, in the exchange's order, written once over the
/// number type (<see cref="ScaledDecimal"/> on the fast path, <see cref="DecimalNumber"/> for values beyond 64-bit
/// mantissas; the JIT specialises each). The first filter that fails is returned as its <see cref="FilterType"/>
/// (<c>-1013 Filter failure: X</c>); <see cref="FilterType.Unknown"/> means all passed. ICEBERG_PARTS (a division)
/// and MAX_POSITION (a sum of caller decimals) run on decimals for both number types.
/// </summary>
internal static class SpotFilters
{
    /// <summary>Checks the filters; rules that need market context the caller did not give are added to <paramref name="notChecked"/>.</summary>
    /// <typeparam name="TNum">The number type.</typeparam>
    /// <param name="rules">The symbol's rules (which filters are present, the flags, counts and MAX_POSITION).</param>
    /// <param name="values">The symbol's filter values in <typeparamref name="TNum"/>.</param>
    /// <param name="order">The order's terms (side, type, trailing delta).</param>
    /// <param name="numbers">The order's values as read.</param>
    /// <param name="marketPrice">The reference or average price in <typeparamref name="TNum"/>, when known.</param>
    /// <param name="context">The counts and position.</param>
    /// <param name="notChecked">The rules not checked.</param>
    /// <returns>The first failing filter, or <see cref="FilterType.Unknown"/>.</returns>
    // marketPrice by reference: a nullable scaled number by value went through the stack as three narrow stores read back
    // by one wide load, a store-forwarding stall on every call.
    public static FilterType Check<TNum>(
        SymbolRules rules, FilterValues<TNum> values, in SpotOrderTerms order, in OrderNumbers numbers, in TNum? marketPrice, in MarketContext context, ref PreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        var failed = Prices(rules, values, order, numbers, marketPrice, ref notChecked);
        if (failed == FilterType.Unknown)
        {
            failed = Quantities(rules, values, order, numbers);
        }

        if (failed == FilterType.Unknown)
        {
            failed = Notional(rules, values, order, numbers, marketPrice, ref notChecked);
        }

        return failed == FilterType.Unknown ? Limits(rules, order, numbers, context, ref notChecked) : failed;
    }

    /// <summary>
    /// Whether a priced order's price × quantity is zero or less (-2010 <c>Price * QTY is zero or less.</c>), as the
    /// decimal product gives it.
    /// </summary>
    public static bool NotionalZeroOrLess<TNum>(in OrderNumbers numbers)
        where TNum : struct, IFilterNumber<TNum> =>
        TNum.CompareProduct(Value<TNum>(numbers, NumberSlot.Price), Value<TNum>(numbers, NumberSlot.Quantity), TNum.Zero) <= 0;

    /// <summary>PRICE_FILTER on price and stopPrice, then the price bands around the market price.</summary>
    private static FilterType Prices<TNum>(
        SymbolRules rules, FilterValues<TNum> values, in SpotOrderTerms order, in OrderNumbers numbers, in TNum? marketPrice, ref PreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        if (rules.Price is not null
            && ((numbers.Has(NumberSlot.Price) && values.Price.Check(Value<TNum>(numbers, NumberSlot.Price), fromMin: false) != GridCheck.Ok)
                || (numbers.Has(NumberSlot.StopPrice) && values.Price.Check(Value<TNum>(numbers, NumberSlot.StopPrice), fromMin: false) != GridCheck.Ok)))
        {
            return FilterType.PriceFilter;
        }

        if (!numbers.Has(NumberSlot.Price))
        {
            return FilterType.Unknown;
        }

        var price = Value<TNum>(numbers, NumberSlot.Price);
        if (rules.PercentPrice is not null)
        {
            if (marketPrice is not { } reference)
            {
                notChecked |= PreflightChecks.PercentPrice;
            }
            else if (OutsideBand(price, reference, values.PercentUp, values.PercentDown))
            {
                return FilterType.PercentPrice;
            }
        }

        if (rules.PercentPriceBySide is not null)
        {
            var buy = order.Side == BinanceOrderSide.Buy;
            if (marketPrice is not { } reference)
            {
                notChecked |= PreflightChecks.PercentPriceBySide;
            }
            else if (OutsideBand(price, reference, buy ? values.BidUp : values.AskUp, buy ? values.BidDown : values.AskDown))
            {
                return FilterType.PercentPriceBySide;
            }
        }

        return FilterType.Unknown;
    }

    /// <summary>price &gt; reference × up or price &lt; reference × down.</summary>
    private static bool OutsideBand<TNum>(TNum price, TNum reference, TNum up, TNum down)
        where TNum : struct, IFilterNumber<TNum> =>
        TNum.CompareProduct(reference, up, price) < 0 || TNum.CompareProduct(reference, down, price) > 0;

    /// <summary>LOT_SIZE on quantity and icebergQty, MARKET_LOT_SIZE, ICEBERG_PARTS.</summary>
    private static FilterType Quantities<TNum>(SymbolRules rules, FilterValues<TNum> values, in SpotOrderTerms order, in OrderNumbers numbers)
        where TNum : struct, IFilterNumber<TNum>
    {
        var hasIceberg = SpotOrderTerms.IsIceberg(numbers);
        if (rules.LotSize is not null
            && ((numbers.Has(NumberSlot.Quantity) && values.LotSize.Check(Value<TNum>(numbers, NumberSlot.Quantity), fromMin: false) != GridCheck.Ok)
                || (hasIceberg && values.LotSize.Check(Value<TNum>(numbers, NumberSlot.IcebergQty), fromMin: false) != GridCheck.Ok)))
        {
            return FilterType.LotSize;
        }

        if (order.Type == BinanceOrderType.Market && rules.MarketLotSize is not null && numbers.Has(NumberSlot.Quantity)
            && values.MarketLotSize.Check(Value<TNum>(numbers, NumberSlot.Quantity), fromMin: false) != GridCheck.Ok)
        {
            return FilterType.MarketLotSize;
        }

        return rules.IcebergParts is { } parts && hasIceberg && numbers.Has(NumberSlot.Quantity)
            && (!SaturatingDecimal.TryDivide(numbers.Sent(NumberSlot.Quantity), numbers.Sent(NumberSlot.IcebergQty), out var partsNeeded) || decimal.Ceiling(partsNeeded) > parts.Limit)
            ? FilterType.IcebergParts
            : FilterType.Unknown;
    }

    /// <summary>
    /// MIN_NOTIONAL and NOTIONAL: price × quantity for priced orders; orders that execute at market use quoteOrderQty,
    /// or quantity × stopPrice (STOP_LOSS, TAKE_PROFIT), or quantity × the market price.
    /// </summary>
    private static FilterType Notional<TNum>(
        SymbolRules rules, FilterValues<TNum> values, in SpotOrderTerms order, in OrderNumbers numbers, in TNum? marketPrice, ref PreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        var executesAsMarket = order.Type is BinanceOrderType.Market or BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
        var minimum = rules.MinNotional is { } min && (!executesAsMarket || min.ApplyToMarket);
        var range = rules.Notional;
        var checkMin = range is not null && (!executesAsMarket || range.ApplyMinToMarket);
        var checkMax = range is not null && (!executesAsMarket || range.ApplyMaxToMarket);
        if (!minimum && !checkMin && !checkMax)
        {
            return FilterType.Unknown;
        }

        // The notional as the factors of a product: quoteOrderQty alone is quoteOrderQty × 1.
        TNum a, b;
        if (!executesAsMarket && numbers.Has(NumberSlot.Price) && numbers.Has(NumberSlot.Quantity))
        {
            (a, b) = (Value<TNum>(numbers, NumberSlot.Price), Value<TNum>(numbers, NumberSlot.Quantity));
        }
        else if (numbers.Has(NumberSlot.QuoteOrderQty))
        {
            (a, b) = (Value<TNum>(numbers, NumberSlot.QuoteOrderQty), TNum.One);
        }
        else if (numbers.Has(NumberSlot.Quantity) && (numbers.Has(NumberSlot.StopPrice) ? Value<TNum>(numbers, NumberSlot.StopPrice) : marketPrice) is { } estimate)
        {
            (a, b) = (Value<TNum>(numbers, NumberSlot.Quantity), estimate);
        }
        else
        {
            notChecked |= (minimum ? PreflightChecks.MinNotional : 0) | (checkMin || checkMax ? PreflightChecks.Notional : 0);
            return FilterType.Unknown;
        }

        var notional = new Product<TNum>(a, b);
        if (minimum && notional.CompareTo(values.MinNotional) < 0)
        {
            return FilterType.MinNotional;
        }

        return (checkMin && notional.CompareTo(values.NotionalMin) < 0)
            || (checkMax && TNum.Compare(values.NotionalMax, TNum.Zero) > 0 && notional.CompareTo(values.NotionalMax) > 0)
            ? FilterType.Notional
            : FilterType.Unknown;
    }

    /// <summary>TRAILING_DELTA, the open order counts and MAX_POSITION: no filter arithmetic beyond integers and the caller's decimals.</summary>
    private static FilterType Limits(SymbolRules rules, in SpotOrderTerms order, in OrderNumbers numbers, in MarketContext context, ref PreflightChecks notChecked)
    {
        if (rules.TrailingDelta is { } trailing && order.TrailingDelta is { } delta)
        {
            var above = (order.Type is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == (order.Side == BinanceOrderSide.Buy);
            var (min, max) = above
                ? (trailing.MinTrailingAboveDelta, trailing.MaxTrailingAboveDelta)
                : (trailing.MinTrailingBelowDelta, trailing.MaxTrailingBelowDelta);
            if (delta < min || delta > max)
            {
                return FilterType.TrailingDelta;
            }
        }

        var isIceberg = SpotOrderTerms.IsIceberg(numbers);
        var exchange = rules.Exchange;
        if (OpenOrderLimit.Exceeds(rules.MaxNumOrders, context.OpenOrders, PreflightChecks.MaxNumOrders, ref notChecked))
        {
            return FilterType.MaxNumOrders;
        }

        if (order.IsAlgo && OpenOrderLimit.Exceeds(rules.MaxNumAlgoOrders, context.OpenAlgoOrders, PreflightChecks.MaxNumAlgoOrders, ref notChecked))
        {
            return FilterType.MaxNumAlgoOrders;
        }

        if (isIceberg && OpenOrderLimit.Exceeds(rules.MaxNumIcebergOrders, context.OpenIcebergOrders, PreflightChecks.MaxNumIcebergOrders, ref notChecked))
        {
            return FilterType.MaxNumIcebergOrders;
        }

        if (order.Side == BinanceOrderSide.Buy && rules.MaxPosition is { } maxPosition)
        {
            var marketPrice = context.FilterPrice;
            var added = numbers.Decimal(NumberSlot.Quantity) ?? (numbers.Decimal(NumberSlot.QuoteOrderQty) is { } spend && marketPrice is > 0 ? spend / marketPrice : null);
            if (context.Position is not { } position || added is null)
            {
                notChecked |= PreflightChecks.MaxPosition;
            }
            else if (position + added > maxPosition)
            {
                return FilterType.MaxPosition;
            }
        }

        if (OpenOrderLimit.Exceeds(exchange.ExchangeMaxNumOrders, context.ExchangeOpenOrders, PreflightChecks.ExchangeMaxNumOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumOrders;
        }

        if (order.IsAlgo && OpenOrderLimit.Exceeds(exchange.ExchangeMaxNumAlgoOrders, context.ExchangeOpenAlgoOrders, PreflightChecks.ExchangeMaxNumAlgoOrders, ref notChecked))
        {
            return FilterType.ExchangeMaxNumAlgoOrders;
        }

        return isIceberg && OpenOrderLimit.Exceeds(exchange.ExchangeMaxNumIcebergOrders, context.ExchangeOpenIcebergOrders, PreflightChecks.ExchangeMaxNumIcebergOrders, ref notChecked)
            ? FilterType.ExchangeMaxNumIcebergOrders
            : FilterType.Unknown;
    }

    private static TNum Value<TNum>(in OrderNumbers numbers, NumberSlot slot)
        where TNum : struct, IFilterNumber<TNum> => TNum.Of(numbers.Values[(int)slot]);
}
