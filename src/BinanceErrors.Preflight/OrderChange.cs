namespace BinanceErrors.Preflight;

/// <summary>One adjustment the normalizer made.</summary>
/// <param name="Parameter">The parameter's wire name, e.g. <c>price</c>.</param>
/// <param name="From">The value before.</param>
/// <param name="To">The value after.</param>
/// <param name="Reason">Why, in words (e.g. "rounded down to tickSize 0.01").</param>
public sealed record OrderChange(string Parameter, string? From, string To, string Reason);
