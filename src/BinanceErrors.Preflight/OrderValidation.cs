using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight;

/// <summary>
/// The outcome of validating an order: valid (with the parsed values and the rules that could not be checked),
/// or the <see cref="BinanceError"/> the exchange would return. A struct, so a valid order costs no allocation.
/// </summary>
public readonly struct OrderValidation : IEquatable<OrderValidation>
{
    private readonly BinanceError? _error;
    private readonly SymbolRules? _rules;
    private readonly PreflightChecks _notChecked;
    private readonly bool _read;
    private readonly SpotOrderTerms _terms;

    // The values as the validator read them; Order builds the public record from them when asked.
    private readonly OrderNumbers _numbers;

    /// <summary>Validates into the new result: the checks write the values read straight into its fields.</summary>
    /// <remarks>
    /// Built in place on purpose: a result assembled from the checks' locals was staged in zeroed temporaries and copied
    /// (a fifth of the time of a valid order), and building the public record of nullable decimals on every call cost
    /// more than some of the checks, while most callers only ask <see cref="IsValid"/>.
    /// </remarks>
    /// <param name="exchange">The compiled exchangeInfo.</param>
    /// <param name="order">The order.</param>
    /// <param name="context">The context.</param>
    internal OrderValidation(ExchangeRules exchange, in OrderRequest order, in MarketContext context)
    {
        Unsafe.SkipInit(out this);
        _numbers.Reset();
        _error = OrderValidator.Check(exchange, order, context, ref _numbers, out _terms, out _read, out _rules, out _notChecked);
        _numbers.ClearUnsent();
    }

    /// <summary>A result without parsed values.</summary>
    /// <param name="error">The error.</param>
    /// <param name="notChecked">The rules not checked.</param>
    /// <param name="rules">The symbol's rules, when found.</param>
    internal OrderValidation(BinanceError? error, PreflightChecks notChecked, SymbolRules? rules)
    {
        _error = error;
        _notChecked = notChecked;
        _rules = rules;
    }

    private OrderValidation(in OrderValidation other, BinanceError? error, PreflightChecks notChecked)
    {
        this = other;
        _error = error;
        _notChecked = notChecked;
    }

    /// <summary>Whether the exchange would accept the order (as far as it could be checked).</summary>
    public bool IsValid => _error is null;

    /// <summary>The error the exchange would return: same code, same message; <see langword="null"/> when valid.</summary>
    public BinanceError? Error => _error;

    /// <summary>Rules that need context the caller did not give.</summary>
    public PreflightChecks NotChecked => _notChecked;

    /// <summary>The parsed values (complete when valid).</summary>
    public ParsedOrder Order => _read ? _terms.ToParsed(_numbers) : default;

    /// <summary>The symbol's rules, once the symbol was found.</summary>
    public SymbolRules? Rules => _rules;

    /// <summary>This outcome with another error and set of rules not checked, the parsed values kept (an order list's result).</summary>
    /// <param name="error">The error.</param>
    /// <param name="notChecked">The rules not checked.</param>
    /// <returns>The outcome.</returns>
    internal OrderValidation With(BinanceError? error, PreflightChecks notChecked) => new(this, error, notChecked);

    /// <summary>Whether two results are the same answer: error, rules not checked, symbol rules and parsed values.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OrderValidation left, OrderValidation right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(OrderValidation left, OrderValidation right) => !left.Equals(right);

    /// <summary>Whether this result is the same answer as another: error, rules not checked, symbol rules and parsed values.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(OrderValidation other) =>
        Equals(_error, other._error) && _notChecked == other._notChecked && ReferenceEquals(_rules, other._rules) && Order.Equals(other.Order);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OrderValidation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_error, _notChecked, _rules, Order);
}
