using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests;

/// <summary>The decimal oracle's answer for a futures order, in the shape of <see cref="FuturesOrderValidation"/>, which tests compare it with.</summary>
/// <param name="Error">The error the exchange would return, or <see langword="null"/>.</param>
/// <param name="NotChecked">Rules that need context not given.</param>
/// <param name="Order">The parsed values.</param>
/// <param name="Rules">The symbol's rules, once found.</param>
internal readonly record struct OracleFuturesOrderValidation(BinanceError? Error, FuturesPreflightChecks NotChecked, ParsedFuturesOrder Order, FuturesSymbolRules? Rules)
{
    /// <summary>Gets a value indicating whether the order would be accepted.</summary>
    public bool IsValid => Error is null;

    /// <summary>Gets the error's code, or <see langword="null"/>.</summary>
    public int? Code => Error?.Code;

    /// <summary>Gets the error's message, or <see langword="null"/>.</summary>
    public string? Message => Error?.Message;

    /// <summary>The public validator's answer in this shape.</summary>
    /// <param name="validation">The public answer.</param>
    /// <returns>The same values.</returns>
    public static OracleFuturesOrderValidation Of(in FuturesOrderValidation validation) => new(validation.Error, validation.NotChecked, validation.Order, validation.Rules);
}
