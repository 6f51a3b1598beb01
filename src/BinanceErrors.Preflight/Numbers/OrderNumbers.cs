using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// An order's decimal parameters as the parameter stage read them, by slot: a scratch struct on the validator's stack,
/// filled slot by slot, never stored. Only the slots of parameters that were sent are written (<see cref="Has"/>), and
/// only those are read, so the validators skip zeroing the slots and set just <see cref="Present"/> and <see cref="AllScaled"/>.
/// </summary>
/// <remarks>
/// The checks read presence and values here rather than from the public parsed order: that record of nullable decimals
/// is built once, when the result is, instead of being staged and copied on every call.
/// </remarks>
internal struct OrderNumbers
{
    /// <summary>The decimal parameters.</summary>
    public Decimals Values;

    /// <summary>The slots written, one bit per <see cref="NumberSlot"/>.</summary>
    public uint Present;

    /// <summary>Whether every decimal parameter sent fits a 64-bit mantissa; otherwise the filters run on decimals.</summary>
    public bool AllScaled;

    /// <summary>Gets scratch numbers with no parameter read yet, leaving the slots unwritten.</summary>
    public static OrderNumbers Empty
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Unsafe.SkipInit(out OrderNumbers numbers);
            numbers.Present = 0;
            numbers.AllScaled = true;
            return numbers;
        }
    }

    /// <summary>Whether a parameter was sent (and read).</summary>
    /// <param name="slot">The parameter's slot.</param>
    /// <returns><see langword="true"/> when its slot holds a value.</returns>
    public readonly bool Has(NumberSlot slot) => (Present & (1u << (int)slot)) != 0;

    /// <summary>A parameter's value when it was sent.</summary>
    /// <param name="slot">The parameter's slot.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public readonly decimal? Decimal(NumberSlot slot) => Has(slot) ? Values[(int)slot].Value : null;

    /// <summary>A sent parameter's value; the caller checked <see cref="Has"/>.</summary>
    /// <param name="slot">The parameter's slot.</param>
    /// <returns>The value.</returns>
    public readonly decimal Sent(NumberSlot slot) => Values[(int)slot].Value;

    /// <summary>Keeps a value read from the order.</summary>
    /// <param name="slot">The parameter's slot.</param>
    /// <param name="value">The value.</param>
    /// <param name="scaled">The value as mantissa and scale.</param>
    /// <param name="isScaled">Whether <paramref name="scaled"/> holds it.</param>
    public void Set(NumberSlot slot, decimal value, ScaledDecimal scaled, bool isScaled)
    {
        AllScaled &= isScaled;
        Values[(int)slot] = new ParsedNumber(value, scaled);
        Present |= 1u << (int)slot;
    }

    /// <summary>The decimal parameters by <see cref="NumberSlot"/>.</summary>
    [InlineArray(7)]
    public struct Decimals
    {
        private ParsedNumber _first;
    }
}
