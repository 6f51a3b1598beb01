namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// A Spot symbol's price, quantity and notional filters compiled once to <see cref="ScaledDecimal"/> values, so the
/// validator's filter checks are integer compares. Absent when some filter value does not fit a 64-bit mantissa
/// (absurd tick sizes or bounds): that symbol is validated on the decimal path (<see cref="DecimalOrderValidator"/>).
/// </summary>
internal sealed class ScaledSymbolFilters
{
    // Fields, not properties: the filters are structs, and a field lets the validator call them in place instead of
    // copying each one out first.
    public readonly ScaledPriceFilter Price;

    public readonly ScaledDecimal PercentUp;

    public readonly ScaledDecimal PercentDown;

    public readonly ScaledDecimal BidUp;

    public readonly ScaledDecimal BidDown;

    public readonly ScaledDecimal AskUp;

    public readonly ScaledDecimal AskDown;

    public readonly ScaledLotSize LotSize;

    public readonly ScaledLotSize MarketLotSize;

    public readonly ScaledDecimal MinNotional;

    public readonly ScaledDecimal NotionalMin;

    public readonly ScaledDecimal NotionalMax;

    private ScaledSymbolFilters(ScaledPriceFilter price, ScaledDecimal percentUp, ScaledDecimal percentDown, ScaledDecimal bidUp, ScaledDecimal bidDown, ScaledDecimal askUp, ScaledDecimal askDown, ScaledLotSize lotSize, ScaledLotSize marketLotSize, ScaledDecimal minNotional, ScaledDecimal notionalMin, ScaledDecimal notionalMax)
    {
        Price = price;
        PercentUp = percentUp;
        PercentDown = percentDown;
        BidUp = bidUp;
        BidDown = bidDown;
        AskUp = askUp;
        AskDown = askDown;
        LotSize = lotSize;
        MarketLotSize = marketLotSize;
        MinNotional = minNotional;
        NotionalMin = notionalMin;
        NotionalMax = notionalMax;
    }

    /// <summary>Compiles the rules' filters; null when one of their values does not fit.</summary>
    public static ScaledSymbolFilters? TryCompile(SymbolRules rules)
    {
        if (!ScaledPriceFilter.TryFrom(rules.Price, out var price)
            || !ScaledLotSize.TryFrom(rules.LotSize, out var lot)
            || !ScaledLotSize.TryFrom(rules.MarketLotSize, out var marketLot)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPrice?.MultiplierUp, out var percentUp)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPrice?.MultiplierDown, out var percentDown)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPriceBySide?.BidMultiplierUp, out var bidUp)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPriceBySide?.BidMultiplierDown, out var bidDown)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPriceBySide?.AskMultiplierUp, out var askUp)
            || !ScaledDecimal.TryFromFilterValue(rules.PercentPriceBySide?.AskMultiplierDown, out var askDown)
            || !ScaledDecimal.TryFromFilterValue(rules.MinNotional?.MinNotional, out var minNotional)
            || !ScaledDecimal.TryFromFilterValue(rules.Notional?.MinNotional, out var notionalMin)
            || !ScaledDecimal.TryFromFilterValue(rules.Notional?.MaxNotional, out var notionalMax))
        {
            return null;
        }

        return new ScaledSymbolFilters(price, percentUp, percentDown, bidUp, bidDown, askUp, askDown, lot, marketLot, minNotional, notionalMin, notionalMax);
    }
}
