namespace BinanceErrors.Cli.Validation;

/// <summary>A context field's value once read; only the member of the field's <see cref="ContextValueKind"/> is set.</summary>
/// <param name="Number">A <see cref="ContextValueKind.Decimal"/> value.</param>
/// <param name="Count">A <see cref="ContextValueKind.Count"/> value.</param>
/// <param name="Flag">A <see cref="ContextValueKind.Boolean"/> value.</param>
internal readonly record struct ContextValue(decimal Number, int Count, bool Flag);
