using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight;

/// <summary>
/// The outcome of validating an order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> the exchange would return. A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct OrderValidation
{
    // The values as the validator read them; Order builds the public record from them when asked. Building that record
    // of nullable decimals on every call cost more than some of the checks, and most callers only ask IsValid.
    private readonly OrderNumbers _numbers;
    private readonly SpotOrderTerms _terms;
    private readonly bool _read;

    internal OrderValidation(BinanceError? error, PreflightChecks notChecked, SymbolRules? rules)
    {
        Error = error;
        NotChecked = notChecked;
        Rules = rules;
    }

    internal OrderValidation(BinanceError? error, PreflightChecks notChecked, SymbolRules? rules, in SpotOrderTerms terms, in OrderNumbers numbers)
    {
        Error = error;
        NotChecked = notChecked;
        Rules = rules;
        _terms = terms;
        _numbers = numbers;
        _read = true;
    }

    /// <summary>Whether the exchange would accept the order (as far as it could be checked).</summary>
    public bool IsValid => Error is null;

    /// <summary>The error the exchange would return: same code, same message; <see langword="null"/> when valid.</summary>
    public BinanceError? Error { get; }

    /// <summary>Rules that need context the caller did not give.</summary>
    public PreflightChecks NotChecked { get; }

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedOrder Order => _read ? _terms.ToParsed(_numbers) : default;

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public SymbolRules? Rules { get; }

    /// <summary>This outcome with another error and set of rules not checked, the parsed values kept (an order list's result).</summary>
    /// <param name="error">The error.</param>
    /// <param name="notChecked">The rules not checked.</param>
    /// <returns>The outcome.</returns>
    internal OrderValidation With(BinanceError? error, PreflightChecks notChecked) =>
        _read ? new(error, notChecked, Rules, _terms, _numbers) : new(error, notChecked, Rules);
}
