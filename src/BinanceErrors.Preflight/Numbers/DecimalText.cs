using System.Globalization;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// Reads decimal parameters the way the exchange does: <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c> (no sign, no exponent,
/// no leading or trailing dot), then exact <see cref="decimal"/>. Allocation-free.
/// </summary>
internal static class DecimalText
{
    /// <summary>Parses; <paramref name="scale"/> is the number of fractional digits that are not trailing zeros.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out int scale)
    {
        value = 0;
        scale = 0;
        var dot = text.IndexOf('.');
        var integer = dot < 0 ? text : text[..dot];
        if (integer.Length is < 1 or > 20 || !AllDigits(integer))
        {
            return false;
        }

        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (fraction.Length is < 1 or > 20 || !AllDigits(fraction))
            {
                return false;
            }

            var significant = fraction.TrimEnd('0');
            scale = significant.Length;
        }

        // Anything the pattern accepts fits a decimal; digits past its 28-29 significant ones are beyond every precision.
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        return text.Length is >= 1 and <= 18 && AllDigits(text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public static bool IsSymbol(ReadOnlySpan<char> text)
    {
        if (text.Length is < 1 or > 20)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsClientOrderId(ReadOnlySpan<char> text)
    {
        if (text.Length is < 1 or > 36)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Formats without exponent and without trailing zeros, as the exchange accepts it.</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
