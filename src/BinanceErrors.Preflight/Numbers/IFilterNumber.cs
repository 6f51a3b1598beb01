namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// The arithmetic the filter checks need, over a number type the JIT specialises each generic check for: the scaled
/// integer (<see cref="ScaledDecimal"/>, the fast path) and <see cref="decimal"/> (<see cref="DecimalNumber"/>, for
/// the order or symbol whose values do not fit 64-bit mantissas). The filters are written once against this interface;
/// both number types answer every operation exactly as <see cref="decimal"/> arithmetic does (a product the decimal
/// type would round or saturate is evaluated with the decimal expression by both), so the two paths never disagree.
/// </summary>
/// <typeparam name="TSelf">The number type.</typeparam>
internal interface IFilterNumber<TSelf>
    where TSelf : struct, IFilterNumber<TSelf>
{
    /// <summary>Gets 0.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>Gets 1.</summary>
    static abstract TSelf One { get; }

    /// <summary>The number type's form of a parsed order value.</summary>
    /// <param name="parsed">The value as the parser read it.</param>
    /// <returns>The value.</returns>
    static abstract TSelf Of(in ParsedNumber parsed);

    /// <summary>Reads a caller's decimal (a market price) exactly; false when the number type cannot hold it.</summary>
    /// <param name="value">The value.</param>
    /// <param name="number">The value as this type.</param>
    /// <returns>Whether it fits.</returns>
    static abstract bool TryFrom(decimal value, out TSelf number);

    /// <summary>Reads a filter value from exchangeInfo, normalized as the type prefers; false when it does not fit.</summary>
    /// <param name="value">The value.</param>
    /// <param name="number">The value as this type.</param>
    /// <returns>Whether it fits.</returns>
    static abstract bool TryFromFilterValue(decimal value, out TSelf number);

    /// <summary>The value as a <see cref="decimal"/> (exact: every value of both types is one).</summary>
    /// <param name="number">The value.</param>
    /// <returns>The decimal.</returns>
    static abstract decimal ToDecimal(TSelf number);

    /// <summary>The sign of <paramref name="a"/> − <paramref name="b"/>.</summary>
    /// <param name="a">The first value.</param>
    /// <param name="b">The second value.</param>
    /// <returns>Negative, zero or positive.</returns>
    static abstract int Compare(TSelf a, TSelf b);

    /// <summary>
    /// The sign of <paramref name="a"/> × <paramref name="b"/> − <paramref name="bound"/>, the product as
    /// <see cref="SaturatingDecimal.Multiply"/> gives it (exact where decimal's product is exact).
    /// </summary>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    /// <param name="bound">The value the product is compared with.</param>
    /// <returns>Negative, zero or positive.</returns>
    static abstract int CompareProduct(TSelf a, TSelf b, TSelf bound);

    /// <summary>
    /// a × b as this number type holds it, when it can hold it exactly as <see cref="CompareProduct"/> compares it: a
    /// product computed once and compared with several bounds costs one multiplication instead of one per bound.
    /// </summary>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    /// <param name="product">The product, when the result is <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="product"/> compares with every bound as <see cref="CompareProduct"/> would.</returns>
    static abstract bool TryMultiply(TSelf a, TSelf b, out TSelf product);

    /// <summary>Precomputes what <see cref="CheckGrid"/> may use to check a grid faster (nothing for decimal).</summary>
    /// <param name="min">The grid's minimum.</param>
    /// <param name="max">The grid's maximum.</param>
    /// <param name="step">The grid's step.</param>
    /// <returns>The precomputed form, or <see langword="default"/>.</returns>
    static abstract ScaledGrid Prepare(TSelf min, TSelf max, TSelf step);

    /// <summary>
    /// Checks a value against a PRICE_FILTER or LOT_SIZE grid: a zero minimum, maximum or step disables its rule; the
    /// step is measured from the minimum when <paramref name="fromMin"/> (futures) and from zero otherwise (Spot).
    /// </summary>
    /// <param name="grid">The grid.</param>
    /// <param name="value">The value, never negative.</param>
    /// <param name="fromMin">Whether the grid starts at the minimum.</param>
    /// <returns>The first rule broken (minimum, maximum, step), or <see cref="GridCheck.Ok"/>.</returns>
    static abstract GridCheck CheckGrid(in Grid<TSelf> grid, TSelf value, bool fromMin);
}
