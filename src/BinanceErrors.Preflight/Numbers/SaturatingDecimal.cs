namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// Decimal arithmetic that never throws: a result beyond decimal's range (about 7.9e28) becomes the largest value
/// of its sign. Comparisons against any real limit then come out as they would with exact arithmetic, so a huge
/// price × quantity fails a maximum-notional check (the exchange's own answer) instead of throwing.
/// </summary>
internal static class SaturatingDecimal
{
    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a < 0) == (b < 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    public static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a * b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0;
            return false;
        }
    }

    /// <summary>Divides unless the divisor is zero or the quotient is out of range.</summary>
    public static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (b == 0)
        {
            return false;
        }

        try
        {
            result = a / b;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
