using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Internal;

/// <summary><c>PRICE_FILTER</c> compiled to scaled integers; a zero field disables its rule, as in the decimal filter.</summary>
/// <param name="Min">minPrice.</param>
/// <param name="Max">maxPrice.</param>
/// <param name="Tick">tickSize.</param>
internal readonly record struct ScaledPriceFilter(ScaledDecimal Min, ScaledDecimal Max, ScaledDecimal Tick)
{
    /// <summary>The three at one scale, for the common case of an order value that fits it.</summary>
    public ScaledGrid Grid { get; } = ScaledGrid.Create(Min, Max, Tick);

    public static bool TryFrom(PriceFilter? filter, out ScaledPriceFilter scaled)
    {
        scaled = default;
        if (filter is null)
        {
            return true;
        }

        if (!ScaledDecimal.TryFrom(filter.MinPrice, out var min) || !ScaledDecimal.TryFrom(filter.MaxPrice, out var max) || !ScaledDecimal.TryFrom(filter.TickSize, out var tick))
        {
            return false;
        }

        scaled = new ScaledPriceFilter(min.Normalize(), max.Normalize(), tick.Normalize());
        return true;
    }

    /// <summary>The Spot rule: within the bounds and a multiple of the tick.</summary>
    public bool Contains(ScaledDecimal value)
    {
        if (Grid.TryAlign(value, out var v))
        {
            return (Grid.Min == 0 || v >= Grid.Min) && (Grid.Max == 0 || v <= Grid.Max) && (Grid.Step == 0 || v % Grid.Step == 0);
        }

        return ContainsAcrossScales(value);
    }

    private bool ContainsAcrossScales(ScaledDecimal value) =>
        (Min.IsZero || ScaledDecimal.Compare(value, Min) >= 0)
        && (Max.IsZero || ScaledDecimal.Compare(value, Max) <= 0)
        && (Tick.IsZero || ScaledDecimal.IsMultiple(value, Tick));
}
