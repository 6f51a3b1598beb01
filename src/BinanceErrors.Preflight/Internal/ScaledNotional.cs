namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// An order's notional on the fast path: an exact 128-bit product where the decimal oracle's product is exact, and
/// the oracle's own saturating decimal product where it is not, so that comparisons come out as the oracle's do.
/// </summary>
/// <param name="Present">Whether a notional could be estimated at all.</param>
/// <param name="IsScaled">Whether <paramref name="Mantissa"/> and <paramref name="Scale"/> hold it (else <paramref name="Value"/>).</param>
/// <param name="Mantissa">The exact product's digits.</param>
/// <param name="Scale">The exact product's scale.</param>
/// <param name="Value">The decimal product, when not scaled.</param>
internal readonly record struct ScaledNotional(bool Present, bool IsScaled, Int128 Mantissa, int Scale, decimal Value)
{
    /// <summary>a × b, scaled when exact, else the oracle's saturating decimal product.</summary>
    public static ScaledNotional Of(in ScaledDecimal a, in decimal aValue, in ScaledDecimal b, in decimal bValue) =>
        ScaledDecimal.TryMultiplyExactly(a, b, out Int128 mantissa, out var scale)
            ? new ScaledNotional(true, true, mantissa, scale, 0)
            : new ScaledNotional(true, false, 0, 0, SaturatingDecimal.Multiply(aValue, bValue));

    /// <summary>Compares with a filter bound (given both ways).</summary>
    public int CompareTo(in ScaledDecimal bound, in decimal boundValue)
    {
        if (!IsScaled)
        {
            return Value.CompareTo(boundValue);
        }

        return Mantissa >= long.MinValue && Mantissa <= long.MaxValue
            ? ScaledDecimal.Compare(new ScaledDecimal((long)Mantissa, Scale), bound)
            : ScaledDecimal.Compare(Mantissa, Scale, bound.Mantissa, bound.Scale);
    }
}
