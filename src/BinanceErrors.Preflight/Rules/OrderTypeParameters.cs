namespace BinanceErrors.Preflight.Rules;

/// <summary>One row of a venue's parameter table: what an order type needs and refuses.</summary>
/// <param name="Required">Parameters the type needs, each one (-1102).</param>
/// <param name="Forbidden">Parameters the type does not take (-1106).</param>
/// <param name="Either">A pair of which at least one is needed (Spot: quantity or quoteOrderQty; stopPrice or trailingDelta), or none.</param>
/// <param name="OnlyOne">Whether the pair in <paramref name="Either"/> excludes sending both (then the second is not required).</param>
internal readonly record struct OrderTypeParameters(ParameterSet Required, ParameterSet Forbidden, ParameterSet Either = default, bool OnlyOne = false);
