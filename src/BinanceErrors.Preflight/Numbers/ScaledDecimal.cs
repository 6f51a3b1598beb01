using System.Numerics;
using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// An exact decimal number as a signed 64-bit mantissa and a power-of-ten scale (value = mantissa / 10^scale): what
/// the pre-flight fast path compares instead of <see cref="decimal"/>. Comparisons align the two scales with one
/// multiplication by a power of ten in 128 bits, so they are exact; a product of two values is exact in 128 bits.
/// Where the <see cref="decimal"/> oracle would round (a product beyond 96 bits or scale 28), the callers fall back
/// to the decimal expression itself, so both paths answer the same for every input.
/// </summary>
/// <param name="Mantissa">The digits, trailing zeros included, with the sign.</param>
/// <param name="Scale">Digits after the decimal point (0 to 28).</param>
internal readonly partial record struct ScaledDecimal(long Mantissa, int Scale)
{
    /// <summary>10^0 … 10^38, every power of ten an <see cref="Int128"/> holds.</summary>
    private static readonly Int128[] PowersOfTen = BuildPowersOfTen();

    /// <summary>For each k, the largest magnitude that can be multiplied by 10^k without leaving <see cref="Int128"/>.</summary>
    private static readonly Int128[] LargestScalable = BuildLargestScalable();

    private static readonly Int128 DecimalMantissaLimit = (Int128)1 << 96;

    /// <summary>10^0 … 10^18, every power of ten a <see cref="long"/> holds: the common case stays in 64 bits.</summary>
    private static readonly long[] LongPowersOfTen = BuildLongPowersOfTen();

    /// <summary>For each k, the largest magnitude that can be multiplied by 10^k without leaving <see cref="long"/>.</summary>
    private static readonly long[] LongLargestScalable = BuildLongLargestScalable();

    /// <summary>For each k ≤ 18, the inverse of 5^k modulo 2^64 (5^k is odd, so it has one).</summary>
    private static readonly ulong[] InversesOfPowersOfFive = BuildInversesOfPowersOfFive();

    /// <summary>For each k ≤ 18, ⌊(2^64 − 1) / 10^k⌋: the largest quotient of an exact division by 10^k.</summary>
    private static readonly ulong[] LargestQuotients = BuildLargestQuotients();

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => Mantissa == 0;

    /// <summary>Reads a <see cref="decimal"/> exactly; false when its 96-bit mantissa does not fit 63 bits.</summary>
    public static bool TryFrom(decimal value, out ScaledDecimal scaled)
    {
        // An inline array, not stackalloc: a stackalloc inlined into a validator gave its whole frame a stack cookie check.
        var bits = default(DecimalBits);
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

    /// <summary>A filter value from exchangeInfo, normalized (see <see cref="Normalize"/>); false when it does not fit a 64-bit mantissa.</summary>
    public static bool TryFromFilterValue(decimal value, out ScaledDecimal scaled)
    {
        if (!TryFrom(value, out scaled))
        {
            return false;
        }

        scaled = scaled.Normalize();
        return true;
    }

    /// <summary>The same number as a <see cref="decimal"/>, same mantissa and scale (trailing zeros kept, as <c>decimal.Parse</c> keeps them).</summary>
    public decimal ToDecimal()
    {
        var magnitude = (ulong)Math.Abs(Mantissa);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Mantissa < 0, (byte)Scale);
    }

    /// <summary>
    /// The same value without trailing zeros in the mantissa (1.10000000 becomes 1.1): filter values are compiled this
    /// way so that an order's value usually has at least the filter's scale and the grid check is one 64-bit remainder.
    /// </summary>
    public ScaledDecimal Normalize()
    {
        var mantissa = Mantissa;
        var scale = Scale;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new ScaledDecimal(mantissa, scale);
    }

    /// <summary>Compares two values exactly; in 64 bits when aligning the scales fits, else in 128.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called several times per order; the 128-bit case stays out of line
    public static int Compare(ScaledDecimal a, ScaledDecimal b)
    {
        if (a.Scale == b.Scale)
        {
            return a.Mantissa.CompareTo(b.Mantissa);
        }

        if (a.Scale < b.Scale)
        {
            var k = b.Scale - a.Scale;
            if (k < LongPowersOfTen.Length && a.Mantissa >= -LongLargestScalable[k] && a.Mantissa <= LongLargestScalable[k])
            {
                return (a.Mantissa * LongPowersOfTen[k]).CompareTo(b.Mantissa);
            }
        }
        else
        {
            var k = a.Scale - b.Scale;
            if (k < LongPowersOfTen.Length && b.Mantissa >= -LongLargestScalable[k] && b.Mantissa <= LongLargestScalable[k])
            {
                return a.Mantissa.CompareTo(b.Mantissa * LongPowersOfTen[k]);
            }
        }

        return Compare(a.Mantissa, a.Scale, b.Mantissa, b.Scale);
    }

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
        if (TryMultiplyExactly(a, b, out ScaledDecimal narrow))
        {
            mantissa = narrow.Mantissa;
            scale = narrow.Scale;
            return true;
        }

        mantissa = (Int128)a.Mantissa * b.Mantissa;
        scale = a.Scale + b.Scale;
        return scale <= 28 && Int128.Abs(mantissa) < DecimalMantissaLimit;
    }

    /// <summary>
    /// The product in 64 bits, when it fits them and 28 decimal places (then decimal's product is this very value);
    /// false otherwise: the 128-bit overload or the decimal expression decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiplyExactly(ScaledDecimal a, ScaledDecimal b, out ScaledDecimal product)
    {
        var scale = a.Scale + b.Scale;
        if (a.Mantissa == (int)a.Mantissa && b.Mantissa == (int)b.Mantissa)
        {
            // Both within 32 bits (most prices and quantities as sent): the product cannot leave 63 bits, and a plain
            // multiply keeps it in a register (BigMul's low half makes a round trip through memory).
            product = new ScaledDecimal(a.Mantissa * b.Mantissa, scale);
            return scale <= 28;
        }

        var high = Math.BigMul(a.Mantissa, b.Mantissa, out var low);
        product = new ScaledDecimal(low, scale);
        return high == (low >> 63) && low != long.MinValue && scale <= 28;
    }

    /// <summary>
    /// The value's mantissa at <paramref name="scale"/>: multiplied up when its scale is smaller, divided down when it
    /// is larger and the dropped digits are zeros; false when that leaves 64 bits or would drop a non-zero digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the common case, a value already at the grid's scale, is one compare
    public static bool TryAlign(ScaledDecimal value, int scale, out long aligned)
    {
        aligned = value.Mantissa;
        return scale == value.Scale || TryAlignAcross(value, scale, out aligned);
    }

    private static bool TryAlignAcross(ScaledDecimal value, int scale, out long aligned)
    {
        var k = scale - value.Scale;
        aligned = value.Mantissa;

        if (k > 0)
        {
            if (k >= LongPowersOfTen.Length || value.Mantissa < -LongLargestScalable[k] || value.Mantissa > LongLargestScalable[k])
            {
                return false;
            }

            aligned = value.Mantissa * LongPowersOfTen[k];
            return true;
        }

        var drop = -k;
        if (drop >= LongPowersOfTen.Length)
        {
            return false;
        }

        if (value.Mantissa >= 0)
        {
            // Exact division by 10^drop = 5^drop × 2^drop without a division (Granlund & Montgomery; Hacker's Delight
            // 10-17): the product by the inverse of 5^drop, rotated right by drop bits, is the quotient when the
            // division is exact and exceeds ⌊(2^64 − 1) / 10^drop⌋ when it is not.
            var quotient = BitOperations.RotateRight((ulong)value.Mantissa * InversesOfPowersOfFive[drop], drop);
            aligned = (long)quotient;
            return quotient <= LargestQuotients[drop];
        }

        var divisor = LongPowersOfTen[drop];
        aligned = value.Mantissa / divisor;
        return value.Mantissa % divisor == 0;
    }

    /// <summary>Whether <paramref name="value"/> is an integer multiple of <paramref name="step"/> (a non-zero step); one 64-bit remainder when the aligned values fit.</summary>
    public static bool IsMultiple(ScaledDecimal value, ScaledDecimal step)
    {
        if (value.Scale >= step.Scale)
        {
            var k = value.Scale - step.Scale;
            if (k < LongPowersOfTen.Length && step.Mantissa >= -LongLargestScalable[k] && step.Mantissa <= LongLargestScalable[k])
            {
                return value.Mantissa % (step.Mantissa * LongPowersOfTen[k]) == 0;
            }
        }
        else
        {
            var k = step.Scale - value.Scale;
            if (k < LongPowersOfTen.Length && value.Mantissa >= -LongLargestScalable[k] && value.Mantissa <= LongLargestScalable[k])
            {
                return value.Mantissa * LongPowersOfTen[k] % step.Mantissa == 0;
            }
        }

        return IsMultiple(value.Mantissa, value.Scale, step);
    }

    /// <summary>
    /// Whether (<paramref name="value"/> − <paramref name="origin"/>) is a multiple of <paramref name="step"/>, when the
    /// difference can be formed in 64 bits (then decimal's own subtraction is exact too); false in
    /// <paramref name="computed"/> otherwise, and the caller evaluates the decimal expression.
    /// </summary>
    public static bool IsMultipleFrom(ScaledDecimal value, ScaledDecimal origin, ScaledDecimal step, out bool computed)
    {
        computed = false;
        var scale = Math.Max(value.Scale, origin.Scale);
        var kv = scale - value.Scale;
        var ko = scale - origin.Scale;
        if (kv >= LongPowersOfTen.Length || ko >= LongPowersOfTen.Length
            || value.Mantissa < -LongLargestScalable[kv] || value.Mantissa > LongLargestScalable[kv]
            || origin.Mantissa < -LongLargestScalable[ko] || origin.Mantissa > LongLargestScalable[ko])
        {
            return false;
        }

        var left = value.Mantissa * LongPowersOfTen[kv];
        var right = origin.Mantissa * LongPowersOfTen[ko];
        var difference = left - right;
        if (((left ^ right) & (left ^ difference)) < 0)
        {
            return false; // the subtraction overflowed 64 bits
        }

        computed = true;
        return IsMultiple(new ScaledDecimal(difference, scale), step);
    }

    /// <summary>Whether <paramref name="value"/> is an integer multiple of <paramref name="step"/> (a non-zero step).</summary>
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

    /// <summary>The inverse of an odd number modulo 2^64, for divisions and divisibility tests by multiplication.</summary>
    /// <param name="odd">An odd number.</param>
    /// <returns>x with odd × x ≡ 1 (mod 2^64).</returns>
    internal static ulong InverseOfOdd(ulong odd)
    {
        // Newton's iteration: odd × odd ≡ 1 (mod 8), and each step doubles the low bits that are right (3, 6, … 96).
        var inverse = odd;
        for (var step = 0; step < 5; step++)
        {
            inverse *= 2 - (odd * inverse);
        }

        return inverse;
    }

    private static ulong[] BuildInversesOfPowersOfFive()
    {
        var inverses = new ulong[19];
        ulong power = 1;
        for (var k = 0; k < inverses.Length; k++)
        {
            inverses[k] = InverseOfOdd(power);
            power *= 5;
        }

        return inverses;
    }

    private static ulong[] BuildLargestQuotients()
    {
        var quotients = new ulong[19];
        ulong power = 1;
        for (var k = 0; k < quotients.Length; k++)
        {
            quotients[k] = ulong.MaxValue / power;
            power *= 10;
        }

        return quotients;
    }

    private static long[] BuildLongPowersOfTen()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static long[] BuildLongLargestScalable()
    {
        var powers = BuildLongPowersOfTen();
        var largest = new long[powers.Length];
        for (var i = 0; i < powers.Length; i++)
        {
            largest[i] = long.MaxValue / powers[i];
        }

        return largest;
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

    /// <summary>The four integers of <see cref="decimal.GetBits(decimal, Span{int})"/>.</summary>
    [InlineArray(4)]
    private struct DecimalBits
    {
        private int _first;
    }
}
