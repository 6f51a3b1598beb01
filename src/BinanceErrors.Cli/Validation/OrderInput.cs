namespace BinanceErrors.Cli.Validation;

/// <summary>An order to check, as any front reads it: Binance's parameter names and values, and market-context fields.</summary>
/// <param name="Parameters">The order's parameters as they would be sent.</param>
/// <param name="Context">Market-context fields (e.g. markPrice) with their values as text.</param>
internal sealed record OrderInput(IReadOnlyList<KeyValuePair<string, string>> Parameters, IReadOnlyList<KeyValuePair<string, string>> Context);
