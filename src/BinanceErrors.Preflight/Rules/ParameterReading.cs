using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Rules;

/// <summary>
/// Stage 1's readers every venue shares: which parameters were sent, the side, and decimal values (legal characters,
/// then precision). They report problems in <see cref="ParameterProblem"/> words; the venue picks code and message.
/// </summary>
internal static class ParameterReading
{
    /// <summary>Adds a parameter to the sent set when it was sent, and to the filled set when it has a value.</summary>
    /// <param name="value">The parameter as sent.</param>
    /// <param name="parameter">Which parameter.</param>
    /// <param name="sent">The parameters sent.</param>
    /// <param name="filled">The parameters sent with a value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mark(string? value, OrderParameter parameter, ref ParameterSet sent, ref ParameterSet filled)
    {
        if (value is not null)
        {
            sent = sent.With(parameter);
            if (value.Length != 0)
            {
                filled = filled.With(parameter);
            }
        }
    }

    /// <summary>Reads <c>side</c>: <c>BUY</c> or <c>SELL</c>.</summary>
    /// <param name="text">The value as sent.</param>
    /// <param name="side">The side when valid.</param>
    /// <returns>The problem, or <see cref="ParameterProblem.None"/>.</returns>
    public static ParameterFailure Side(string? text, out BinanceOrderSide side)
    {
        side = BinanceOrderSide.Buy;
        if (string.IsNullOrEmpty(text))
        {
            return new ParameterFailure(ParameterProblem.NotSent, OrderParameter.Side);
        }

        if (text == "BUY")
        {
            return default;
        }

        side = BinanceOrderSide.Sell;
        return text == "SELL" ? default : new ParameterFailure(ParameterProblem.Invalid, OrderParameter.Side);
    }

    /// <summary>
    /// Reads a decimal parameter that was sent: empty, then the exchange's number pattern, then at most
    /// <paramref name="precision"/> decimal places (trailing zeros do not count). Keeps the value in its slot.
    /// </summary>
    /// <param name="text">The value as sent; <see langword="null"/> when not sent.</param>
    /// <param name="parameter">Which parameter.</param>
    /// <param name="precision">The most decimal places allowed.</param>
    /// <param name="numbers">The order's values, by slot.</param>
    /// <param name="slot">This parameter's slot.</param>
    /// <returns>The problem, or none.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // parameters not sent cost a test; the reading itself stays out of line
    public static ParameterFailure Decimal(string? text, OrderParameter parameter, int precision, ref OrderNumbers numbers, NumberSlot slot) =>
        text is null ? default : DecimalSent(text, parameter, precision, ref numbers, slot);

    /// <summary>
    /// <see cref="Decimal"/> for a parameter that was sent. One copy of the parser's code for every parameter: inlined
    /// at each of a validator's call sites it made the caller too large for its locals to stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParameterFailure DecimalSent(string text, OrderParameter parameter, int precision, ref OrderNumbers numbers, NumberSlot slot)
    {
        if (text.Length == 0)
        {
            return new ParameterFailure(ParameterProblem.Empty, parameter);
        }

        if (!ScaledDecimalText.TryParse(text, out var number, out var scale, out var scaled, out var isScaled))
        {
            return new ParameterFailure(ParameterProblem.Malformed, parameter);
        }

        if (scale > precision)
        {
            return new ParameterFailure(ParameterProblem.TooPrecise, parameter);
        }

        numbers.Set(slot, number, scaled, isScaled);
        return default;
    }
}
