using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The outcome of validating a futures order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> USDⓈ-M would return (same code, same message). A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct FuturesOrderValidation
{
    // The values as the validator read them; Order builds the public record from them when asked (see OrderValidation).
    private readonly OrderNumbers _numbers;
    private readonly FuturesOrderTerms _terms;
    private readonly bool _read;

    internal FuturesOrderValidation(BinanceError? error, FuturesPreflightChecks notChecked, FuturesSymbolRules? rules)
    {
        Error = error;
        NotChecked = notChecked;
        Rules = rules;
    }

    internal FuturesOrderValidation(BinanceError? error, FuturesPreflightChecks notChecked, FuturesSymbolRules? rules, in FuturesOrderTerms terms, in OrderNumbers numbers)
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

    /// <summary>The error the exchange would return; <see langword="null"/> when valid.</summary>
    public BinanceError? Error { get; }

    /// <summary>The code of <see cref="Error"/>, or <see langword="null"/> when valid.</summary>
    public int? Code => Error?.Code;

    /// <summary>The message of <see cref="Error"/>, exactly as the exchange writes it, or <see langword="null"/> when valid.</summary>
    public string? Message => Error?.Message;

    /// <summary>Rules that need context the caller did not give.</summary>
    public FuturesPreflightChecks NotChecked { get; }

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedFuturesOrder Order => _read ? _terms.ToParsed(_numbers) : default;

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public FuturesSymbolRules? Rules { get; }
}
