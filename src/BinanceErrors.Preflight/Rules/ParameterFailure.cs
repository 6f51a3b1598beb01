using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Rules;

/// <summary>A stage-1 failure before it becomes the venue's error: the problem and the parameter (or the pair) it is about.</summary>
/// <remarks>
/// Packed into one integer: three byte fields were kept in memory and read back as a word right after byte stores (a
/// store-forwarding stall on every order); one field stays in a register.
/// </remarks>
internal readonly record struct ParameterFailure
{
    private readonly int _bits;

    /// <summary>Creates a failure.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="first">The parameter.</param>
    /// <param name="second">The other parameter of a pair where one of two is needed, else <see cref="OrderParameter.None"/>.</param>
    public ParameterFailure(ParameterProblem problem, OrderParameter first, OrderParameter second = OrderParameter.None) =>
        _bits = (int)problem | ((int)first << 8) | ((int)second << 16);

    /// <summary>Gets what is wrong.</summary>
    public ParameterProblem Problem => (ParameterProblem)(byte)_bits;

    /// <summary>Gets the parameter.</summary>
    public OrderParameter First => (OrderParameter)(byte)(_bits >> 8);

    /// <summary>Gets the other parameter of a pair where one of two is needed, else <see cref="OrderParameter.None"/>.</summary>
    public OrderParameter Second => (OrderParameter)(byte)(_bits >> 16);

    /// <summary>Gets a value indicating whether there is a failure.</summary>
    public bool Failed => (byte)_bits != 0;
}
