namespace BinanceErrors.Preflight.Numbers;

/// <summary>A PRICE_FILTER (min/max price, tick) or LOT_SIZE (min/max quantity, step) compiled to one number type.</summary>
/// <typeparam name="TNum">The number type.</typeparam>
internal readonly struct Grid<TNum>
    where TNum : struct, IFilterNumber<TNum>
{
    /// <summary>Creates the grid.</summary>
    /// <param name="min">The minimum; 0 disables.</param>
    /// <param name="max">The maximum; 0 disables.</param>
    /// <param name="step">The step; 0 disables.</param>
    public Grid(TNum min, TNum max, TNum step)
    {
        Min = min;
        Max = max;
        Step = step;
        Prepared = TNum.Prepare(min, max, step);
    }

    /// <summary>Gets the minimum.</summary>
    public TNum Min { get; }

    /// <summary>Gets the maximum.</summary>
    public TNum Max { get; }

    /// <summary>Gets the step.</summary>
    public TNum Step { get; }

    /// <summary>Gets what the number type precomputed for its checks (see <see cref="IFilterNumber{TSelf}.Prepare"/>).</summary>
    public ScaledGrid Prepared { get; }

    /// <summary>Checks a value (see <see cref="IFilterNumber{TSelf}.CheckGrid"/>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="fromMin">Whether the step is measured from the minimum.</param>
    /// <returns>The first rule broken, or <see cref="GridCheck.Ok"/>.</returns>
    public GridCheck Check(TNum value, bool fromMin) => TNum.CheckGrid(this, value, fromMin);
}
