namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// <see cref="decimal"/> as a filter number: the path for an order or symbol whose values do not fit 64-bit mantissas
/// (20-digit prices, absurd filter bounds). Every operation is the plain decimal expression, products saturating
/// instead of throwing (<see cref="SaturatingDecimal"/>).
/// </summary>
/// <param name="Value">The value.</param>
internal readonly record struct DecimalNumber(decimal Value) : IFilterNumber<DecimalNumber>
{
    /// <inheritdoc />
    public static DecimalNumber Zero => default;

    /// <inheritdoc />
    public static DecimalNumber One => new(1m);

    /// <inheritdoc />
    public static DecimalNumber Of(in ParsedNumber parsed) => new(parsed.Value);

    /// <inheritdoc />
    public static bool TryFrom(decimal value, out DecimalNumber number)
    {
        number = new(value);
        return true;
    }

    /// <inheritdoc />
    public static bool TryFromFilterValue(decimal value, out DecimalNumber number) => TryFrom(value, out number);

    /// <inheritdoc />
    public static decimal ToDecimal(DecimalNumber number) => number.Value;

    /// <inheritdoc />
    public static int Compare(DecimalNumber a, DecimalNumber b) => a.Value.CompareTo(b.Value);

    /// <inheritdoc />
    public static int CompareProduct(DecimalNumber a, DecimalNumber b, DecimalNumber bound) =>
        SaturatingDecimal.Multiply(a.Value, b.Value).CompareTo(bound.Value);

    /// <inheritdoc />
    public static bool TryMultiply(DecimalNumber a, DecimalNumber b, out DecimalNumber product)
    {
        // CompareProduct compares the saturating product itself, so holding it is exact by definition.
        product = new(SaturatingDecimal.Multiply(a.Value, b.Value));
        return true;
    }

    /// <inheritdoc />
    public static ScaledGrid Prepare(DecimalNumber min, DecimalNumber max, DecimalNumber step) => default;

    /// <inheritdoc />
    public static GridCheck CheckGrid(in Grid<DecimalNumber> grid, DecimalNumber value, bool fromMin)
    {
        var (v, min, max, step) = (value.Value, grid.Min.Value, grid.Max.Value, grid.Step.Value);
        if (min != 0 && v < min)
        {
            return GridCheck.BelowMin;
        }

        if (max != 0 && v > max)
        {
            return GridCheck.AboveMax;
        }

        return step != 0 && (fromMin ? v - min : v) % step != 0 ? GridCheck.OffGrid : GridCheck.Ok;
    }
}
