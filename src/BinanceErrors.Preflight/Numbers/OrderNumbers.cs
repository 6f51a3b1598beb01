using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// An order's numeric parameters as the parameter stage read them, by slot: a scratch struct on the validator's stack,
/// filled slot by slot (only the slots of parameters that were sent are written and read), never stored.
/// </summary>
internal struct OrderNumbers
{
    /// <summary>The decimal parameters.</summary>
    public Decimals Values;

    /// <summary>The integer parameters.</summary>
    public Integers Whole;

    /// <summary>Whether every decimal parameter sent fits a 64-bit mantissa; otherwise the filters run on decimals.</summary>
    public bool AllScaled;

    /// <summary>The decimal parameters by <see cref="NumberSlot"/>.</summary>
    [InlineArray(7)]
    public struct Decimals
    {
        private ParsedNumber _first;
    }

    /// <summary>The integer parameters by <see cref="IntegerSlot"/>.</summary>
    [InlineArray(4)]
    public struct Integers
    {
        private long _first;
    }
}
