using System.Globalization;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// The pre-flight fast parser: the exchange's decimal pattern <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c> read in one pass
/// straight into a <see cref="ScaledDecimal"/> (mantissa and scale), without <c>decimal.Parse</c>. Same answers as
/// <see cref="DecimalText.TryParse"/> for every input: the same accepted texts, the same precision (fractional
/// digits that are not trailing zeros) and the same <see cref="decimal"/> (mantissa and scale, trailing zeros kept).
/// A number with more than 18 significant digits (counting trailing zeros) does not fit the 64-bit mantissa; it is
/// read by <c>decimal.TryParse</c> as before and reported as not scaled, and the caller takes the decimal path.
/// </summary>
internal static class ScaledDecimalText
{
    private const int MaxMantissaDigits = 18;

    /// <summary>Parses; see the type's remarks.</summary>
    /// <param name="text">The parameter as sent.</param>
    /// <param name="value">The number as <see cref="decimal"/>, as <c>decimal.Parse</c> gives it.</param>
    /// <param name="scale">Fractional digits that are not trailing zeros (what precision rules count).</param>
    /// <param name="scaled">The number as mantissa and scale, when <paramref name="isScaled"/>.</param>
    /// <param name="isScaled">Whether the number fits <paramref name="scaled"/>.</param>
    /// <returns>Whether the text matches the exchange's pattern.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out int scale, out ScaledDecimal scaled, out bool isScaled)
    {
        value = 0;
        scale = 0;
        scaled = default;
        isScaled = false;
        var seenDot = false;
        var integerDigits = 0;
        var fractionDigits = 0;
        var trailingZeros = 0;
        var significantDigits = 0;
        ulong mantissa = 0;
        foreach (var c in text)
        {
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                if (seenDot)
                {
                    fractionDigits++;
                    trailingZeros = digit == 0 ? trailingZeros + 1 : 0;
                }
                else
                {
                    integerDigits++;
                }

                if (significantDigits > 0 || digit != 0)
                {
                    significantDigits++;
                    mantissa = (mantissa * 10) + digit; // wraps past 19 digits; only used up to 18
                }
            }
            else if (c == '.' && !seenDot)
            {
                seenDot = true;
            }
            else
            {
                return false;
            }
        }

        if (integerDigits is < 1 or > 20 || (seenDot && fractionDigits is < 1 or > 20))
        {
            return false;
        }

        scale = fractionDigits - trailingZeros;
        if (significantDigits <= MaxMantissaDigits)
        {
            scaled = new ScaledDecimal((long)mantissa, fractionDigits);
            value = scaled.ToDecimal();
            isScaled = true;
            return true;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
