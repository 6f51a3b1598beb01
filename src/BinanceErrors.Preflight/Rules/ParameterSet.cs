using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Rules;

/// <summary>A set of <see cref="OrderParameter"/>s as one 64-bit mask: the rule tables and an order's sent parameters.</summary>
/// <param name="Bits">One bit per parameter, at the parameter's value.</param>
internal readonly record struct ParameterSet(ulong Bits)
{
    /// <summary>The empty set.</summary>
    public static ParameterSet None => default;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>A set of the given parameters (for building the tables).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The set.</returns>
    public static ParameterSet Of(params ReadOnlySpan<OrderParameter> parameters)
    {
        ulong bits = 0;
        foreach (var parameter in parameters)
        {
            bits |= Bit(parameter);
        }

        return new ParameterSet(bits);
    }

    /// <summary>Whether the set holds a parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns><see langword="true"/> when it is in the set.</returns>
    public bool Contains(OrderParameter parameter) => (Bits & Bit(parameter)) != 0;

    /// <summary>The set with a parameter added.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The new set.</returns>
    public ParameterSet With(OrderParameter parameter) => new(Bits | Bit(parameter));

    /// <summary>The set with a parameter removed.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The new set.</returns>
    public ParameterSet Without(OrderParameter parameter) => new(Bits & ~Bit(parameter));

    /// <summary>The parameters in both sets.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>The intersection.</returns>
    public static ParameterSet operator &(ParameterSet left, ParameterSet right) => new(left.Bits & right.Bits);

    /// <summary>The parameters in either set.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>The union.</returns>
    public static ParameterSet operator |(ParameterSet left, ParameterSet right) => new(left.Bits | right.Bits);

    /// <summary>The parameters not in the set.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The complement.</returns>
    public static ParameterSet operator ~(ParameterSet set) => new(~set.Bits);

    private static ulong Bit(OrderParameter parameter) => 1UL << (int)parameter;
}
