using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// A USDⓈ-M symbol's price, quantity, mark-price band and notional filters compiled once to <see cref="ScaledDecimal"/>
/// values, so the validator's filter checks are integer compares. Absent when some filter value does not fit a 64-bit
/// mantissa: that symbol is validated on the decimal path (<see cref="DecimalFuturesOrderValidator"/>).
/// </summary>
internal sealed class ScaledFuturesFilters
{
    private ScaledFuturesFilters()
    {
    }

    public ScaledPriceFilter Price { get; private init; }

    public ScaledLotSize LotSize { get; private init; }

    public ScaledLotSize MarketLotSize { get; private init; }

    public ScaledDecimal PercentUp { get; private init; }

    public ScaledDecimal PercentDown { get; private init; }

    public ScaledDecimal MinNotional { get; private init; }

    /// <summary>Compiles the rules' filters; null when one of their values does not fit.</summary>
    public static ScaledFuturesFilters? TryCompile(FuturesSymbolRules rules)
    {
        if (!ScaledPriceFilter.TryFrom(rules.Price, out var price)
            || !ScaledLotSize.TryFrom(rules.LotSize, out var lot)
            || !ScaledLotSize.TryFrom(rules.MarketLotSize, out var marketLot)
            || !TryRead(rules.PercentPrice?.MultiplierUp, out var up)
            || !TryRead(rules.PercentPrice?.MultiplierDown, out var down)
            || !TryRead(rules.MinNotional?.Notional, out var minNotional))
        {
            return null;
        }

        return new ScaledFuturesFilters
        {
            Price = price,
            LotSize = lot,
            MarketLotSize = marketLot,
            PercentUp = up,
            PercentDown = down,
            MinNotional = minNotional,
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
