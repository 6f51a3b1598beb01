namespace BinanceErrors.Preflight.Filters;

/// <summary>A filter kept but not enforced: a type this version does not validate (e.g. <c>T_PLUS_SELL</c>) or does not know.</summary>
/// <param name="Type">The type when the name is known, else <see cref="FilterType.Unknown"/>.</param>
/// <param name="FilterTypeName">The wire name.</param>
/// <param name="Json">The filter object as received.</param>
public sealed record UnknownFilter(FilterType Type, string FilterTypeName, string Json) : SymbolFilter(Type);
