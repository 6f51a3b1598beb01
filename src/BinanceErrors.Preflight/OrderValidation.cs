namespace BinanceErrors.Preflight;

/// <summary>
/// The outcome of validating an order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> the exchange would return. A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct OrderValidation
{
    internal OrderValidation(BinanceError? error, PreflightChecks notChecked, ParsedOrder order, SymbolRules? rules)
    {
        Error = error;
        NotChecked = notChecked;
        Order = order;
        Rules = rules;
    }

    /// <summary>Whether the exchange would accept the order (as far as it could be checked).</summary>
    public bool IsValid => Error is null;

    /// <summary>The error the exchange would return: same code, same message; <see langword="null"/> when valid.</summary>
    public BinanceError? Error { get; }

    /// <summary>Rules that need context the caller did not give.</summary>
    public PreflightChecks NotChecked { get; }

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedOrder Order { get; }

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public SymbolRules? Rules { get; }
}
