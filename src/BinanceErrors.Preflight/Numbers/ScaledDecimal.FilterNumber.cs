using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>The scaled integer as a filter number: the fast path of every filter check.</summary>
internal readonly partial record struct ScaledDecimal : IFilterNumber<ScaledDecimal>
{
    /// <inheritdoc />
    public static ScaledDecimal Zero => default;

    /// <inheritdoc />
    public static ScaledDecimal One => new(1, 0);

    /// <inheritdoc />
    public static ScaledDecimal Of(in ParsedNumber parsed) => parsed.Scaled;

    /// <inheritdoc />
    public static decimal ToDecimal(ScaledDecimal number) => number.ToDecimal();

    /// <summary>
    /// The sign of a × b − bound: the product in 64 bits, else in 128 where decimal's product is exact (at most 96
    /// bits and 28 decimal places), else decimal's own saturating product, which is what the decimal path compares.
    /// </summary>
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the 64-bit case is a few instructions; the rest is out of line
    public static int CompareProduct(ScaledDecimal a, ScaledDecimal b, ScaledDecimal bound) =>
        TryMultiply(a, b, out var product) ? Compare(product, bound) : CompareWideProduct(a, b, bound);

    /// <summary>The product in 64 bits with at most 28 decimal places, where every comparison of it is exact.</summary>
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiply(ScaledDecimal a, ScaledDecimal b, out ScaledDecimal product) => TryMultiplyExactly(a, b, out product);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareWideProduct(ScaledDecimal a, ScaledDecimal b, ScaledDecimal bound)
    {
        var high = Math.BigMul(a.Mantissa, b.Mantissa, out var low);
        var scale = a.Scale + b.Scale;
        if (scale <= 28)
        {
            var product = new Int128((ulong)high, (ulong)low);
            if (Int128.Abs(product) < DecimalMantissaLimit)
            {
                return Compare(product, scale, bound.Mantissa, bound.Scale);
            }
        }

        return SaturatingDecimal.Multiply(a.ToDecimal(), b.ToDecimal()).CompareTo(bound.ToDecimal());
    }

    /// <inheritdoc />
    public static ScaledGrid Prepare(ScaledDecimal min, ScaledDecimal max, ScaledDecimal step) => ScaledGrid.Create(min, max, step);

    /// <summary>
    /// On the grid's common scale when the value fits it (compares and one 64-bit remainder), else pairwise across
    /// scales; where the distance from the minimum does not fit 64 bits, decimal's own remainder decides.
    /// </summary>
    /// <inheritdoc />
    public static GridCheck CheckGrid(in Grid<ScaledDecimal> grid, ScaledDecimal value, bool fromMin)
    {
        if (grid.Prepared.TryAlign(value, out var v))
        {
            // v ≥ min ≥ 0 once the minimum passed, so v − min cannot overflow (the grid is only aligned for
            // non-negative bounds).
            var aligned = grid.Prepared;
            if (aligned.Min != 0 && v < aligned.Min)
            {
                return GridCheck.BelowMin;
            }

            if (aligned.Max != 0 && v > aligned.Max)
            {
                return GridCheck.AboveMax;
            }

            return aligned.Step != 0 && !aligned.IsWholeSteps(fromMin ? v - aligned.Min : v) ? GridCheck.OffGrid : GridCheck.Ok;
        }

        return CheckAcrossScales(grid, value, fromMin);
    }

    private static GridCheck CheckAcrossScales(in Grid<ScaledDecimal> grid, ScaledDecimal value, bool fromMin)
    {
        if (!grid.Min.IsZero && Compare(value, grid.Min) < 0)
        {
            return GridCheck.BelowMin;
        }

        if (!grid.Max.IsZero && Compare(value, grid.Max) > 0)
        {
            return GridCheck.AboveMax;
        }

        if (grid.Step.IsZero)
        {
            return GridCheck.Ok;
        }

        var origin = fromMin ? grid.Min : default;
        var onGrid = IsMultipleFrom(value, origin, grid.Step, out var computed);
        if (!computed)
        {
            onGrid = (value.ToDecimal() - origin.ToDecimal()) % grid.Step.ToDecimal() == 0;
        }

        return onGrid ? GridCheck.Ok : GridCheck.OffGrid;
    }
}
