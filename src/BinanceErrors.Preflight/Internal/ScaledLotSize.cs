using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Internal;

/// <summary><c>LOT_SIZE</c> or <c>MARKET_LOT_SIZE</c> compiled to scaled integers; a zero maximum or step disables its rule.</summary>
/// <param name="Min">minQty.</param>
/// <param name="Max">maxQty.</param>
/// <param name="Step">stepSize.</param>
internal readonly record struct ScaledLotSize(ScaledDecimal Min, ScaledDecimal Max, ScaledDecimal Step)
{
    /// <summary>The three at one scale, for the common case of an order value that fits it.</summary>
    public ScaledGrid Grid { get; } = ScaledGrid.Create(Min, Max, Step);

    public static bool TryFrom(LotSizeFilter? filter, out ScaledLotSize scaled)
    {
        scaled = default;
        if (filter is null)
        {
            return true;
        }

        if (!ScaledDecimal.TryFrom(filter.MinQty, out var min) || !ScaledDecimal.TryFrom(filter.MaxQty, out var max) || !ScaledDecimal.TryFrom(filter.StepSize, out var step))
        {
            return false;
        }

        scaled = new ScaledLotSize(min.Normalize(), max.Normalize(), step.Normalize());
        return true;
    }

    /// <summary>The Spot rule: within the bounds and a multiple of the step.</summary>
    public bool Contains(ScaledDecimal value)
    {
        if (Grid.TryAlign(value, out var v))
        {
            return v >= Grid.Min && (Grid.Max == 0 || v <= Grid.Max) && (Grid.Step == 0 || v % Grid.Step == 0);
        }

        return ContainsAcrossScales(value);
    }

    private bool ContainsAcrossScales(ScaledDecimal value) =>
        ScaledDecimal.Compare(value, Min) >= 0
        && (Max.IsZero || ScaledDecimal.Compare(value, Max) <= 0)
        && (Step.IsZero || ScaledDecimal.IsMultiple(value, Step));
}
