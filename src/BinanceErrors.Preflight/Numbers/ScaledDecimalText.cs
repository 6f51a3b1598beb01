using System.Globalization;

namespace BinanceErrors.Preflight.Numbers;

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

        // One tight pass: every character is a digit, except at most one point. The digit loop keeps one branch per
        // character; what the pattern and the precision rules need (digit counts, leading and trailing zeros) is
        // found afterwards from the point's position, on the few characters concerned.
        var point = -1;
        ulong mantissa = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit; // wraps past 19 digits; only used up to 18 significant ones
            }
            else if (text[i] == '.' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        var integerDigits = point < 0 ? text.Length : point;
        var fractionDigits = point < 0 ? 0 : text.Length - point - 1;
        if (integerDigits is < 1 or > 20 || (point >= 0 && fractionDigits is < 1 or > 20))
        {
            return false;
        }

        var trailingZeros = 0;
        while (trailingZeros < fractionDigits && text[^(trailingZeros + 1)] == '0')
        {
            trailingZeros++;
        }

        // Leading zeros (the point skipped) add nothing to the mantissa; the digits after them all count.
        var leadingZeros = 0;
        foreach (var c in text)
        {
            if (c == '0')
            {
                leadingZeros++;
            }
            else if (c != '.')
            {
                break;
            }
        }

        scale = fractionDigits - trailingZeros;
        var significantDigits = integerDigits + fractionDigits - leadingZeros;
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
