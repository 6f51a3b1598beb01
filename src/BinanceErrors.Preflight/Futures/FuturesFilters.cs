using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Stage 2 on USDⓈ-M and COIN-M: PRICE_FILTER (price, stop/trigger and activation price, the tick from minPrice),
/// quantity and LOT_SIZE / MARKET_LOT_SIZE (the step from minQty), PERCENT_PRICE against the mark price and
/// MIN_NOTIONAL, each with its own code, written once over the number type (<see cref="ScaledDecimal"/> on the fast
/// path, <see cref="DecimalNumber"/> for values beyond 64-bit mantissas; the JIT specialises each).
/// </summary>
internal static class FuturesFilters
{
    /// <summary>Checks the filters; rules that need the mark price or the book are added to <paramref name="notChecked"/> when those are missing.</summary>
    /// <typeparam name="TNum">The number type.</typeparam>
    /// <param name="rules">The symbol's rules.</param>
    /// <param name="values">The symbol's filter values in <typeparamref name="TNum"/>.</param>
    /// <param name="order">The order's terms (side, type, reduce-only).</param>
    /// <param name="numbers">The order's values as read.</param>
    /// <param name="market">The mark price and best prices in <typeparamref name="TNum"/>, when known.</param>
    /// <param name="notChecked">The rules not checked.</param>
    /// <returns>The rejection, or <see langword="null"/> when every filter passes.</returns>
    public static BinanceError? Check<TNum>(
        FuturesSymbolRules rules, FilterValues<TNum> values, in FuturesOrderTerms order, in OrderNumbers numbers, in MarketPrices<TNum> market, ref FuturesPreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        var code = Prices(rules, values, order, numbers) ?? Quantity(rules, values, order, numbers) ?? PercentPrice(rules, values, order, numbers, market, ref notChecked);
        if (code is { } failed)
        {
            return rules.Exchange.Rejections.Fixed(failed);
        }

        return MinNotional(rules, values, order, numbers, market, ref notChecked) ? rules.MinNotionalRejection : null;
    }

    /// <summary>PRICE_FILTER on price, stop (trigger) price and activation price, in that order.</summary>
    private static int? Prices<TNum>(FuturesSymbolRules rules, FilterValues<TNum> values, in FuturesOrderTerms order, in OrderNumbers numbers)
        where TNum : struct, IFilterNumber<TNum>
    {
        if (rules.Price is null)
        {
            return null;
        }

        return (numbers.Has(NumberSlot.Price) ? PriceCode(values.Price.Check(Value<TNum>(numbers, NumberSlot.Price), fromMin: true), isStop: false) : null)
            ?? (numbers.Has(NumberSlot.StopPrice) ? PriceCode(values.Price.Check(Value<TNum>(numbers, NumberSlot.StopPrice), fromMin: true), isStop: true) : null)
            ?? (numbers.Has(NumberSlot.ActivationPrice) ? PriceCode(values.Price.Check(Value<TNum>(numbers, NumberSlot.ActivationPrice), fromMin: true), isStop: true) : null);
    }

    /// <summary>A stop or activation price below minPrice answers -4013 too (there is no stop-price-below-minimum code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int? PriceCode(GridCheck check, bool isStop) => check switch
    {
        GridCheck.BelowMin => UsdMFuturesErrorCodes.PriceLessThanMinPrice,
        GridCheck.AboveMax => isStop ? UsdMFuturesErrorCodes.StopPriceGreaterThanMaxPrice : UsdMFuturesErrorCodes.PriceGreaterThanMaxPrice,
        GridCheck.OffGrid => UsdMFuturesErrorCodes.PriceNotIncreasedByTickSize,
        _ => null,
    };

    /// <summary>The quantity above zero, then LOT_SIZE (MARKET orders: MARKET_LOT_SIZE when the symbol has one).</summary>
    private static int? Quantity<TNum>(FuturesSymbolRules rules, FilterValues<TNum> values, in FuturesOrderTerms order, in OrderNumbers numbers)
        where TNum : struct, IFilterNumber<TNum>
    {
        if (!numbers.Has(NumberSlot.Quantity))
        {
            return null;
        }

        var quantity = Value<TNum>(numbers, NumberSlot.Quantity);
        if (TNum.Compare(quantity, TNum.Zero) <= 0)
        {
            return UsdMFuturesErrorCodes.QtyLessThanZero;
        }

        var market = order.Type == FuturesOrderType.Market && rules.MarketLotSize is not null;
        if (!market && rules.LotSize is null)
        {
            return null;
        }

        ref readonly var grid = ref market ? ref values.MarketLotSize : ref values.LotSize;
        return grid.Check(quantity, fromMin: true) switch
        {
            GridCheck.BelowMin => UsdMFuturesErrorCodes.QtyLessThanMinQty,
            GridCheck.AboveMax => UsdMFuturesErrorCodes.QtyGreaterThanMaxQty,
            GridCheck.OffGrid => UsdMFuturesErrorCodes.QtyNotIncreasedByStepSize,
            _ => null,
        };
    }

    /// <summary>
    /// PERCENT_PRICE against the mark price: a LIMIT price directly (BUY at most mark × up, SELL at least mark × down);
    /// a MARKET order through the best opposite price it would take. Conditional orders are placed only when triggered.
    /// </summary>
    private static int? PercentPrice<TNum>(
        FuturesSymbolRules rules, FilterValues<TNum> values, in FuturesOrderTerms order, in OrderNumbers numbers, in MarketPrices<TNum> market, ref FuturesPreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        if (rules.PercentPrice is null)
        {
            return null;
        }

        var buy = order.Side == BinanceOrderSide.Buy;
        if (order.Type == FuturesOrderType.Limit && numbers.Has(NumberSlot.Price))
        {
            if (!market.TryGetMark(out var mark))
            {
                notChecked |= FuturesPreflightChecks.PercentPrice;
                return null;
            }

            return Outside(Value<TNum>(numbers, NumberSlot.Price), mark, buy, values)
                ? (buy ? UsdMFuturesErrorCodes.PriceHighterThanMultiplierUp : UsdMFuturesErrorCodes.PriceLowerThanMultiplierDown)
                : null;
        }

        if (order.Type != FuturesOrderType.Market)
        {
            return null;
        }

        if (!market.TryGetMark(out var markPrice) || !market.TryGetCounterparty(buy, out var counterparty))
        {
            notChecked |= FuturesPreflightChecks.MarketPercentPrice;
            return null;
        }

        return Outside(counterparty, markPrice, buy, values) ? rules.Exchange.Configuration.MarketPercentPriceCode : null;
    }

    /// <summary>BUY: price &gt; mark × multiplierUp; SELL: price &lt; mark × multiplierDown.</summary>
    private static bool Outside<TNum>(TNum price, TNum mark, bool buy, FilterValues<TNum> values)
        where TNum : struct, IFilterNumber<TNum> =>
        buy ? TNum.CompareProduct(mark, values.PercentUp, price) < 0 : TNum.CompareProduct(mark, values.PercentDown, price) > 0;

    /// <summary>
    /// MIN_NOTIONAL, unless the order only reduces (reduce-only or close-position, as the message says): LIMIT, STOP and
    /// TAKE_PROFIT at their price, *_MARKET at the trigger price, TRAILING_STOP_MARKET at the activation price, the
    /// rest (and priceMatch orders) at the mark price. COIN-M has no filter: its notional is in contracts, at least one.
    /// </summary>
    private static bool MinNotional<TNum>(
        FuturesSymbolRules rules, FilterValues<TNum> values, in FuturesOrderTerms order, in OrderNumbers numbers, in MarketPrices<TNum> market, ref FuturesPreflightChecks notChecked)
        where TNum : struct, IFilterNumber<TNum>
    {
        if (order.ReducesOnly || !numbers.Has(NumberSlot.Quantity))
        {
            return false;
        }

        if (rules.MinNotional is null)
        {
            return rules.Exchange.Configuration.MinimumContracts && TNum.Compare(Value<TNum>(numbers, NumberSlot.Quantity), TNum.One) < 0;
        }

        // The reference price: LIMIT, STOP and TAKE_PROFIT at their price, *_MARKET at the trigger, TRAILING_STOP_MARKET
        // at the activation price; the mark price where the order has none of those, except a *_MARKET order.
        var (slot, orMark) = order.Type switch
        {
            FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit => (NumberSlot.Price, true),
            FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket => (NumberSlot.StopPrice, false),
            FuturesOrderType.TrailingStopMarket => (NumberSlot.ActivationPrice, true),
            _ => ((NumberSlot)(-1), true),
        };
        TNum estimate;
        if (slot >= 0 && numbers.Has(slot))
        {
            estimate = Value<TNum>(numbers, slot);
        }
        else if (!orMark || !market.TryGetMark(out estimate))
        {
            notChecked |= FuturesPreflightChecks.MinNotional;
            return false;
        }

        return TNum.CompareProduct(estimate, Value<TNum>(numbers, NumberSlot.Quantity), values.MinNotional) < 0;
    }

    private static TNum Value<TNum>(in OrderNumbers numbers, NumberSlot slot)
        where TNum : struct, IFilterNumber<TNum> => TNum.Of(numbers.Values[(int)slot]);
}
