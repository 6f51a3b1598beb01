using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// An order's decimal parameters as the parameter stage read them, by slot: a scratch struct on the validator's stack,
/// filled slot by slot, never stored. Only the slots of parameters that were sent are written (<see cref="Has"/>) and
/// only those are read, so a validator leaves the slots unzeroed (<see cref="Unsafe.SkipInit{T}(out T)"/>), calls
/// <see cref="Reset"/>, and <see cref="ClearUnsent"/> when done.
/// </summary>
/// <remarks>
/// The checks read presence and values here rather than from the public parsed order: that record of nullable decimals
/// is built only when a caller asks a result for it (<see cref="OrderValidation.Order"/>).
/// </remarks>
internal struct OrderNumbers
{
    /// <summary>The number of slots.</summary>
    public const int Slots = 5;

    /// <summary>The decimal parameters.</summary>
    public Numbers Values;

    /// <summary>The slots written, one bit per <see cref="NumberSlot"/>.</summary>
    public uint Present;

    /// <summary>Whether every decimal parameter sent fits a 64-bit mantissa; otherwise the filters run on decimals.</summary>
    public bool AllScaled;

    /// <summary>Marks every slot empty.</summary>
    public void Reset()
    {
        Present = 0;
        AllScaled = true;
    }

    /// <summary>Zeroes the slots of parameters not sent, so that results holding the numbers compare by their values.</summary>
    public void ClearUnsent()
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            if (!Has((NumberSlot)slot))
            {
                Values[slot] = default;
            }
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
    [InlineArray(Slots)]
    public struct Numbers
    {
        private ParsedNumber _first;
    }
}
