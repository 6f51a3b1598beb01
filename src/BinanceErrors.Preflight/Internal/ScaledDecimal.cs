namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// An exact decimal number as a signed 64-bit mantissa and a power-of-ten scale (value = mantissa / 10^scale): what
/// the pre-flight fast path compares instead of <see cref="decimal"/>. Comparisons align the two scales with one
/// multiplication by a power of ten in 128 bits, so they are exact; a product of two values is exact in 128 bits.
/// Where the <see cref="decimal"/> oracle would round (a product beyond 96 bits or scale 28), the callers fall back
/// to the decimal expression itself, so both paths answer the same for every input.
/// </summary>
/// <param name="Mantissa">The digits, trailing zeros included, with the sign.</param>
/// <param name="Scale">Digits after the decimal point (0 to 28).</param>
internal readonly record struct ScaledDecimal(long Mantissa, int Scale)
{
    /// <summary>10^0 … 10^38, every power of ten an <see cref="Int128"/> holds.</summary>
    private static readonly Int128[] PowersOfTen = BuildPowersOfTen();

    /// <summary>For each k, the largest magnitude that can be multiplied by 10^k without leaving <see cref="Int128"/>.</summary>
    private static readonly Int128[] LargestScalable = BuildLargestScalable();

    private static readonly Int128 DecimalMantissaLimit = (Int128)1 << 96;

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => Mantissa == 0;

    /// <summary>Reads a <see cref="decimal"/> exactly; false when its 96-bit mantissa does not fit 63 bits.</summary>
    public static bool TryFrom(decimal value, out ScaledDecimal scaled)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            scaled = default;
            return false;
        }

        var mantissa = ((long)(uint)bits[1] << 32) | (uint)bits[0];
        scaled = new ScaledDecimal(bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
        return true;
    }

    /// <summary>The same number as a <see cref="decimal"/>, same mantissa and scale (trailing zeros kept, as <c>decimal.Parse</c> keeps them).</summary>
    public decimal ToDecimal()
    {
        var magnitude = (ulong)Math.Abs(Mantissa);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Mantissa < 0, (byte)Scale);
    }

    /// <summary>Compares two values exactly.</summary>
    public static int Compare(ScaledDecimal a, ScaledDecimal b) => Compare(a.Mantissa, a.Scale, b.Mantissa, b.Scale);

    /// <summary>Compares <paramref name="aMantissa"/>/10^<paramref name="aScale"/> with <paramref name="bMantissa"/>/10^<paramref name="bScale"/> exactly.</summary>
    public static int Compare(Int128 aMantissa, int aScale, Int128 bMantissa, int bScale)
    {
        if (aScale == bScale)
        {
            return aMantissa.CompareTo(bMantissa);
        }

        return aScale < bScale
            ? CompareScaled(aMantissa, bScale - aScale, bMantissa)
            : -CompareScaled(bMantissa, aScale - bScale, aMantissa);
    }

    /// <summary>
    /// The product as <see cref="decimal"/> multiplication would give it, when that product is exact: true when the
    /// 128-bit product needs at most 96 bits and 28 decimal places (then <c>a * b</c> in decimal is this very value);
    /// false where decimal would round or overflow, and the caller must use the decimal expression.
    /// </summary>
    public static bool TryMultiplyExactly(ScaledDecimal a, ScaledDecimal b, out Int128 mantissa, out int scale)
    {
        mantissa = (Int128)a.Mantissa * b.Mantissa;
        scale = a.Scale + b.Scale;
        return scale <= 28 && Int128.Abs(mantissa) < DecimalMantissaLimit;
    }

    /// <summary>Whether a 128-bit mantissa fits decimal's 96 bits (then decimal holds the value exactly).</summary>
    public static bool FitsDecimal(Int128 mantissa) => Int128.Abs(mantissa) < DecimalMantissaLimit;

    /// <summary>Whether <paramref name="value"/> is an integer multiple of <paramref name="step"/> (a positive step).</summary>
    public static bool IsMultiple(Int128 value, int valueScale, ScaledDecimal step)
    {
        var stepMantissa = (Int128)step.Mantissa;
        if (valueScale >= step.Scale)
        {
            // value / 10^vs against step·10^(vs−ss) / 10^vs: one remainder of mantissas.
            var k = valueScale - step.Scale;
            if (k >= PowersOfTen.Length || stepMantissa > LargestScalable[k])
            {
                return value == 0;
            }

            var divisor = stepMantissa * PowersOfTen[k];
            return value >= long.MinValue && value <= long.MaxValue && divisor <= long.MaxValue
                ? (long)value % (long)divisor == 0
                : value % divisor == 0;
        }

        // value·10^k must be a multiple of the step mantissa: (value mod m)·(10^k mod m) mod m, all below 2^126.
        var shift = step.Scale - valueScale;
        var magnitude = Int128.Abs(value);
        var remainder = magnitude % stepMantissa;
        if (remainder == 0)
        {
            return true;
        }

        var powerRemainder = PowerOfTenModulo(shift, stepMantissa);
        return remainder * powerRemainder % stepMantissa == 0;
    }

    /// <summary><paramref name="a"/> − <paramref name="b"/> at the larger of the two scales; false when aligning would leave 128 bits.</summary>
    public static bool TrySubtract(ScaledDecimal a, ScaledDecimal b, out Int128 difference, out int scale)
    {
        scale = Math.Max(a.Scale, b.Scale);
        difference = 0;
        if (!TryAlign(a.Mantissa, scale - a.Scale, out var left) || !TryAlign(b.Mantissa, scale - b.Scale, out var right))
        {
            return false;
        }

        difference = left - right;
        return true;
    }

    private static bool TryAlign(long mantissa, int k, out Int128 aligned)
    {
        aligned = mantissa;
        if (k == 0)
        {
            return true;
        }

        if (k >= PowersOfTen.Length || Int128.Abs(mantissa) > LargestScalable[k])
        {
            return false;
        }

        aligned = mantissa * PowersOfTen[k];
        return true;
    }

    /// <summary>The sign of a·10^k − b.</summary>
    private static int CompareScaled(Int128 a, int k, Int128 b)
    {
        if (a == 0)
        {
            return -b.CompareTo(0);
        }

        // Beyond 128 bits, |a·10^k| exceeds every 128-bit b: the sign of a decides.
        if (k >= PowersOfTen.Length || Int128.Abs(a) > LargestScalable[k])
        {
            return a > 0 ? 1 : -1;
        }

        return (a * PowersOfTen[k]).CompareTo(b);
    }

    private static Int128 PowerOfTenModulo(int k, Int128 modulus)
    {
        if (k < PowersOfTen.Length)
        {
            return PowersOfTen[k] % modulus;
        }

        var result = (Int128)1 % modulus;
        for (var i = 0; i < k; i++)
        {
            result = result * 10 % modulus;
        }

        return result;
    }

    private static Int128[] BuildPowersOfTen()
    {
        var powers = new Int128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static Int128[] BuildLargestScalable()
    {
        var powers = BuildPowersOfTen();
        var largest = new Int128[powers.Length];
        for (var i = 0; i < powers.Length; i++)
        {
            largest[i] = Int128.MaxValue / powers[i];
        }

        return largest;
    }
}
