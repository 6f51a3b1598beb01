namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// A Spot symbol's price, quantity and notional filters compiled once to <see cref="ScaledDecimal"/> values, so the
/// validator's filter checks are integer compares. Absent when some filter value does not fit a 64-bit mantissa
/// (absurd tick sizes or bounds): that symbol is validated on the decimal path (<see cref="DecimalOrderValidator"/>).
/// </summary>
internal sealed class ScaledSymbolFilters
{
    private ScaledSymbolFilters()
    {
    }

    public ScaledPriceFilter Price { get; private init; }

    public ScaledDecimal PercentUp { get; private init; }

    public ScaledDecimal PercentDown { get; private init; }

    public ScaledDecimal BidUp { get; private init; }

    public ScaledDecimal BidDown { get; private init; }

    public ScaledDecimal AskUp { get; private init; }

    public ScaledDecimal AskDown { get; private init; }

    public ScaledLotSize LotSize { get; private init; }

    public ScaledLotSize MarketLotSize { get; private init; }

    public ScaledDecimal MinNotional { get; private init; }

    public ScaledDecimal NotionalMin { get; private init; }

    public ScaledDecimal NotionalMax { get; private init; }

    /// <summary>Compiles the rules' filters; null when one of their values does not fit.</summary>
    public static ScaledSymbolFilters? TryCompile(SymbolRules rules)
    {
        if (!ScaledPriceFilter.TryFrom(rules.Price, out var price)
            || !ScaledLotSize.TryFrom(rules.LotSize, out var lot)
            || !ScaledLotSize.TryFrom(rules.MarketLotSize, out var marketLot)
            || !TryRead(rules.PercentPrice?.MultiplierUp, out var percentUp)
            || !TryRead(rules.PercentPrice?.MultiplierDown, out var percentDown)
            || !TryRead(rules.PercentPriceBySide?.BidMultiplierUp, out var bidUp)
            || !TryRead(rules.PercentPriceBySide?.BidMultiplierDown, out var bidDown)
            || !TryRead(rules.PercentPriceBySide?.AskMultiplierUp, out var askUp)
            || !TryRead(rules.PercentPriceBySide?.AskMultiplierDown, out var askDown)
            || !TryRead(rules.MinNotional?.MinNotional, out var minNotional)
            || !TryRead(rules.Notional?.MinNotional, out var notionalMin)
            || !TryRead(rules.Notional?.MaxNotional, out var notionalMax))
        {
            return null;
        }

        return new ScaledSymbolFilters
        {
            Price = price,
            LotSize = lot,
            MarketLotSize = marketLot,
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

    private static bool TryRead(decimal? value, out ScaledDecimal scaled)
    {
        scaled = default;
        if (value is not { } number)
        {
            return true;
        }

        if (!ScaledDecimal.TryFrom(number, out scaled))
        {
            return false;
        }

        scaled = scaled.Normalize();
        return true;
    }
}
