namespace BinanceErrors.Preflight.Tests;

/// <summary>The decimal oracle's answer for a Spot order, in the shape of <see cref="OrderValidation"/>, which tests compare it with.</summary>
/// <param name="Error">The error the exchange would return, or <see langword="null"/>.</param>
/// <param name="NotChecked">Rules that need context not given.</param>
/// <param name="Order">The parsed values.</param>
/// <param name="Rules">The symbol's rules, once found.</param>
internal readonly record struct OracleOrderValidation(BinanceError? Error, PreflightChecks NotChecked, ParsedOrder Order, SymbolRules? Rules)
{
    /// <summary>Gets a value indicating whether the order would be accepted.</summary>
    public bool IsValid => Error is null;

    /// <summary>The public validator's answer in this shape.</summary>
    /// <param name="validation">The public answer.</param>
    /// <returns>The same values.</returns>
    public static OracleOrderValidation Of(in OrderValidation validation) => new(validation.Error, validation.NotChecked, validation.Order, validation.Rules);
}
