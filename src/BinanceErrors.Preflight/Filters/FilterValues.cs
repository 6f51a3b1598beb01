using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Filters;

/// <summary>
/// A symbol's price, quantity, price-band and notional filter values compiled once to one number type, so the filter
/// checks (written once, generic over the type) read fields: grids for PRICE_FILTER, LOT_SIZE and MARKET_LOT_SIZE,
/// the PERCENT_PRICE / PERCENT_PRICE_BY_SIDE multipliers and the notional bounds. An absent filter leaves zeros; the
/// checks ask the symbol's rules whether a filter is present.
/// </summary>
/// <typeparam name="TNum">The number type.</typeparam>
internal sealed class FilterValues<TNum>
    where TNum : struct, IFilterNumber<TNum>
{
    // The grids are readonly fields, not properties: a getter returns a copy of the 96-byte struct, which the JIT
    // staged on the stack with wide vector stores and read back field by field (a store-forwarding stall per check);
    // a check on a readonly field reads the grid where it is.

    /// <summary>The PRICE_FILTER grid (minPrice, maxPrice, tickSize).</summary>
    public readonly Grid<TNum> Price;

    /// <summary>The LOT_SIZE grid (minQty, maxQty, stepSize).</summary>
    public readonly Grid<TNum> LotSize;

    /// <summary>The MARKET_LOT_SIZE grid.</summary>
    public readonly Grid<TNum> MarketLotSize;

    private FilterValues(in Grid<TNum> price, in Grid<TNum> lotSize, in Grid<TNum> marketLotSize)
    {
        Price = price;
        LotSize = lotSize;
        MarketLotSize = marketLotSize;
    }

    /// <summary>Gets PERCENT_PRICE's multiplierUp.</summary>
    public TNum PercentUp { get; private init; }

    /// <summary>Gets PERCENT_PRICE's multiplierDown.</summary>
    public TNum PercentDown { get; private init; }

    /// <summary>Gets PERCENT_PRICE_BY_SIDE's bidMultiplierUp.</summary>
    public TNum BidUp { get; private init; }

    /// <summary>Gets PERCENT_PRICE_BY_SIDE's bidMultiplierDown.</summary>
    public TNum BidDown { get; private init; }

    /// <summary>Gets PERCENT_PRICE_BY_SIDE's askMultiplierUp.</summary>
    public TNum AskUp { get; private init; }

    /// <summary>Gets PERCENT_PRICE_BY_SIDE's askMultiplierDown.</summary>
    public TNum AskDown { get; private init; }

    /// <summary>Gets MIN_NOTIONAL's minimum (<c>minNotional</c> on Spot, <c>notional</c> on futures).</summary>
    public TNum MinNotional { get; private init; }

    /// <summary>Gets NOTIONAL's minimum.</summary>
    public TNum NotionalMin { get; private init; }

    /// <summary>Gets NOTIONAL's maximum; 0 disables it.</summary>
    public TNum NotionalMax { get; private init; }

    /// <summary>Compiles the values; null when one of them does not fit the number type.</summary>
    /// <param name="source">The filter values as decimals.</param>
    /// <returns>The compiled values, or <see langword="null"/>.</returns>
    public static FilterValues<TNum>? TryCompile(in FilterSource source)
    {
        if (!TryGrid(source.Price?.MinPrice, source.Price?.MaxPrice, source.Price?.TickSize, out var price)
            || !TryGrid(source.LotSize?.MinQty, source.LotSize?.MaxQty, source.LotSize?.StepSize, out var lot)
            || !TryGrid(source.MarketLotSize?.MinQty, source.MarketLotSize?.MaxQty, source.MarketLotSize?.StepSize, out var marketLot)
            || !TryValue(source.PercentUp, out var percentUp) || !TryValue(source.PercentDown, out var percentDown)
            || !TryValue(source.BySide?.BidMultiplierUp, out var bidUp) || !TryValue(source.BySide?.BidMultiplierDown, out var bidDown)
            || !TryValue(source.BySide?.AskMultiplierUp, out var askUp) || !TryValue(source.BySide?.AskMultiplierDown, out var askDown)
            || !TryValue(source.MinNotional, out var minNotional)
            || !TryValue(source.Notional?.MinNotional, out var notionalMin) || !TryValue(source.Notional?.MaxNotional, out var notionalMax))
        {
            return null;
        }

        return new FilterValues<TNum>(price, lot, marketLot)
        {
            PercentUp = percentUp,
            PercentDown = percentDown,
            BidUp = bidUp,
            BidDown = bidDown,
            AskUp = askUp,
            AskDown = askDown,
            MinNotional = minNotional,
            NotionalMin = notionalMin,
            NotionalMax = notionalMax,
        };
    }

    private static bool TryGrid(decimal? min, decimal? max, decimal? step, out Grid<TNum> grid)
    {
        grid = default;
        if (!TryValue(min, out var lowest) || !TryValue(max, out var highest) || !TryValue(step, out var increment))
        {
            return false;
        }

        grid = new Grid<TNum>(lowest, highest, increment);
        return true;
    }

    /// <summary>An absent value is zero; a present one must fit.</summary>
    private static bool TryValue(decimal? value, out TNum number)
    {
        number = TNum.Zero;
        return value is not { } present || TNum.TryFromFilterValue(present, out number);
    }
}
