using System.Numerics;
using System.Runtime.CompilerServices;

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
    // The step's divisibility test, precomputed (Hacker's Delight 10-17, Granlund & Montgomery): Step = odd × 2^shift;
    // n ≥ 0 is a multiple of Step exactly when rotr(n × odd⁻¹ mod 2^64, shift) ≤ ⌊(2^64 − 1) / Step⌋. A multiply and a
    // rotate instead of a 64-bit division, which cost more than any other instruction of a valid order's checks.
    private readonly ulong _stepInverse = Step > 0 ? ScaledDecimal.InverseOfOdd((ulong)Step >> BitOperations.TrailingZeroCount(Step)) : 0;
    private readonly ulong _stepLimit = Step > 0 ? ulong.MaxValue / (ulong)Step : 0;
    private readonly int _stepShift = Step > 0 ? BitOperations.TrailingZeroCount(Step) : 0;

    public static ScaledGrid Create(ScaledDecimal min, ScaledDecimal max, ScaledDecimal step)
    {
        // Negative bounds (never sent by the exchange) stay on the pairwise path, so v − min cannot overflow here.
        var scale = Math.Max(min.Scale, Math.Max(max.Scale, step.Scale));
        return min.Mantissa >= 0 && max.Mantissa >= 0 && step.Mantissa >= 0
            && ScaledDecimal.TryAlign(min, scale, out var minAt) && ScaledDecimal.TryAlign(max, scale, out var maxAt) && ScaledDecimal.TryAlign(step, scale, out var stepAt)
            ? new ScaledGrid(scale, minAt, maxAt, stepAt, true)
            : default;
    }

    /// <summary>Whether a distance at the grid's scale is a whole number of steps (a positive step).</summary>
    /// <param name="distance">The distance (from the minimum, or from zero).</param>
    /// <returns><see langword="true"/> when <paramref name="distance"/> % <see cref="Step"/> is zero.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWholeSteps(long distance) =>
        distance >= 0 ? BitOperations.RotateRight((ulong)distance * _stepInverse, _stepShift) <= _stepLimit : distance % Step == 0;

    /// <summary>The value at the grid's scale; false when it does not fit 64 bits there or has digits beyond it.</summary>
    public bool TryAlign(ScaledDecimal value, out long aligned)
    {
        aligned = 0;
        return Aligned && ScaledDecimal.TryAlign(value, Scale, out aligned);
    }
}
