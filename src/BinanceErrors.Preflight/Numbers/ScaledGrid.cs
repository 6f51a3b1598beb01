namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// A filter's minimum, maximum and step (PRICE_FILTER or LOT_SIZE) as plain 64-bit integers at one scale per symbol
/// filter: the largest scale among the three (tickSize 0.01 and maxPrice 1000000 become 1, 100000000 and 1 at scale
/// 2). An order's value is brought to that scale once, and the rule becomes compares and one remainder.
/// <see cref="Aligned"/> is false when the three do not fit 64 bits at the common scale (or one is negative); the caller then compares
/// the <see cref="ScaledDecimal"/> values pairwise.
/// </summary>
/// <param name="Scale">The common scale.</param>
/// <param name="Min">The minimum at <paramref name="Scale"/>.</param>
/// <param name="Max">The maximum at <paramref name="Scale"/>.</param>
/// <param name="Step">The step at <paramref name="Scale"/>.</param>
/// <param name="Aligned">Whether the three fit.</param>
internal readonly record struct ScaledGrid(int Scale, long Min, long Max, long Step, bool Aligned)
{
    public static ScaledGrid Create(ScaledDecimal min, ScaledDecimal max, ScaledDecimal step)
    {
        // Negative bounds (never sent by the exchange) stay on the pairwise path, so v − min cannot overflow here.
        var scale = Math.Max(min.Scale, Math.Max(max.Scale, step.Scale));
        return min.Mantissa >= 0 && max.Mantissa >= 0 && step.Mantissa >= 0
            && ScaledDecimal.TryAlign(min, scale, out var minAt) && ScaledDecimal.TryAlign(max, scale, out var maxAt) && ScaledDecimal.TryAlign(step, scale, out var stepAt)
            ? new ScaledGrid(scale, minAt, maxAt, stepAt, true)
            : default;
    }

    /// <summary>The value at the grid's scale; false when it does not fit 64 bits there or has digits beyond it.</summary>
    public bool TryAlign(ScaledDecimal value, out long aligned)
    {
        aligned = 0;
        return Aligned && ScaledDecimal.TryAlign(value, Scale, out aligned);
    }
}
