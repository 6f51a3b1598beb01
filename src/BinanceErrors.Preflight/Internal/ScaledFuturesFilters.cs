using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// A USDⓈ-M symbol's price, quantity, mark-price band and notional filters compiled once to <see cref="ScaledDecimal"/>
/// values, so the validator's filter checks are integer compares. Absent when some filter value does not fit a 64-bit
/// mantissa: that symbol is validated on the decimal path (<see cref="DecimalFuturesOrderValidator"/>).
/// </summary>
internal sealed class ScaledFuturesFilters
{
    // Fields, not properties: the filters are structs, and a field lets the validator call them in place instead of
    // copying each one out first.
    public readonly ScaledPriceFilter Price;

    public readonly ScaledLotSize LotSize;

    public readonly ScaledLotSize MarketLotSize;

    public readonly ScaledDecimal PercentUp;

    public readonly ScaledDecimal PercentDown;

    public readonly ScaledDecimal MinNotional;

    private ScaledFuturesFilters(ScaledPriceFilter price, ScaledLotSize lotSize, ScaledLotSize marketLotSize, ScaledDecimal percentUp, ScaledDecimal percentDown, ScaledDecimal minNotional)
    {
        Price = price;
        LotSize = lotSize;
        MarketLotSize = marketLotSize;
        PercentUp = percentUp;
        PercentDown = percentDown;
        MinNotional = minNotional;
    }

    /// <summary>Compiles the rules' filters; null when one of their values does not fit.</summary>
    public static ScaledFuturesFilters? TryCompile(FuturesSymbolRules rules)
    {
        if (!ScaledPriceFilter.TryFrom(rules.Price, out var price)
            || !ScaledLotSize.TryFrom(rules.LotSize, out var lot)
            || !ScaledLotSize.TryFrom(rules.MarketLotSize, out var marketLot)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPrice?.MultiplierUp, out var up)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPrice?.MultiplierDown, out var down)
            || !ScaledDecimal.TryFromFilterValue(rules.MinNotional?.Notional, out var minNotional))
        {
            return null;
        }

        return new ScaledFuturesFilters(price, lot, marketLot, up, down, minNotional);
    }
}
