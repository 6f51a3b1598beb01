using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Internal;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// The outcome of validating a futures order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> USDⓈ-M would return (same code, same message). A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct FuturesOrderValidation : IEquatable<FuturesOrderValidation>
{
    private readonly BinanceError? _error;
    private readonly FuturesSymbolRules? _rules;
    private readonly FuturesPreflightChecks _notChecked;
    private readonly bool _read;
    private readonly FuturesOrderTerms _terms;

    // The values as the validator read them; Order builds the public record from them when asked.
    private readonly OrderNumbers _numbers;

    /// <summary>Validates into the new result: the checks write the values read straight into its fields (see <see cref="OrderValidation"/>).</summary>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The order's fields.</param>
    /// <param name="context">The context.</param>
    internal FuturesOrderValidation(FuturesExchangeRules exchange, in FuturesOrderFields order, in FuturesMarketContext context)
    {
        Unsafe.SkipInit(out this);
        _numbers.Reset();
        _error = FuturesOrderValidator.Check(exchange, order, context, ref _numbers, out _terms, out _read, out _rules, out _notChecked);
        _numbers.ClearUnsent();
    }

    /// <summary>A result without parsed values.</summary>
    /// <param name="error">The error.</param>
    internal FuturesOrderValidation(BinanceError error) => _error = error;

    /// <summary>Whether the exchange would accept the order (as far as it could be checked).</summary>
    public bool IsValid => _error is null;

    /// <summary>The error the exchange would return; <see langword="null"/> when valid.</summary>
    public BinanceError? Error => _error;

    /// <summary>The code of <see cref="Error"/>, or <see langword="null"/> when valid.</summary>
    public int? Code => _error?.Code;

    /// <summary>The message of <see cref="Error"/>, exactly as the exchange writes it, or <see langword="null"/> when valid.</summary>
    public string? Message => _error?.Message;

    /// <summary>Rules that need context the caller did not give.</summary>
    public FuturesPreflightChecks NotChecked => _notChecked;

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedFuturesOrder Order => _read ? _terms.ToParsed(_numbers) : default;

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public FuturesSymbolRules? Rules => _rules;

    /// <summary>Whether two results are the same answer: error, rules not checked, symbol rules and parsed values.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FuturesOrderValidation left, FuturesOrderValidation right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FuturesOrderValidation left, FuturesOrderValidation right) => !left.Equals(right);

    /// <summary>Whether this result is the same answer as another: error, rules not checked, symbol rules and parsed values.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(FuturesOrderValidation other) =>
        Equals(_error, other._error) && _notChecked == other._notChecked && ReferenceEquals(_rules, other._rules) && Order.Equals(other.Order);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FuturesOrderValidation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_error, _notChecked, _rules, Order);
}
