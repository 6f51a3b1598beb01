using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Rules;

/// <summary>A stage-1 failure before it becomes the venue's error: the problem and the parameter (or the pair) it is about.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="First">The parameter.</param>
/// <param name="Second">The other parameter of a pair where one of two is needed, else <see cref="OrderParameter.None"/>.</param>
internal readonly record struct ParameterFailure(ParameterProblem Problem, OrderParameter First, OrderParameter Second = OrderParameter.None)
{
    /// <summary>Whether there is a failure.</summary>
    public bool Failed => Problem != ParameterProblem.None;
}
