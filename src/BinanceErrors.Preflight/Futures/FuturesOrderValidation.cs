namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The outcome of validating a futures order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> USDⓈ-M would return (same code, same message). A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct FuturesOrderValidation
{
    internal FuturesOrderValidation(BinanceError? error, FuturesPreflightChecks notChecked, ParsedFuturesOrder order, FuturesSymbolRules? rules)
    {
        Error = error;
        NotChecked = notChecked;
        Order = order;
        Rules = rules;
    }

    /// <summary>Whether the exchange would accept the order (as far as it could be checked).</summary>
    public bool IsValid => Error is null;

    /// <summary>The error the exchange would return; <see langword="null"/> when valid.</summary>
    public BinanceError? Error { get; }

    /// <summary>The code of <see cref="Error"/>, or <see langword="null"/> when valid.</summary>
    public int? Code => Error?.Code;

    /// <summary>The message of <see cref="Error"/>, exactly as the exchange writes it, or <see langword="null"/> when valid.</summary>
    public string? Message => Error?.Message;

    /// <summary>Rules that need context the caller did not give.</summary>
    public FuturesPreflightChecks NotChecked { get; }

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedFuturesOrder Order { get; }

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public FuturesSymbolRules? Rules { get; }
}
