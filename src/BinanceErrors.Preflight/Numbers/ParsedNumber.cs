namespace BinanceErrors.Preflight.Numbers;

/// <summary>An order's decimal parameter as the parser read it: the <see cref="decimal"/>, and the scaled form when it fits 64 bits.</summary>
/// <param name="Value">The value, as <c>decimal.Parse</c> gives it (trailing zeros kept).</param>
/// <param name="Scaled">The same value as mantissa and scale; meaningful only when the order's <see cref="OrderNumbers.AllScaled"/> is set.</param>
internal readonly record struct ParsedNumber(decimal Value, ScaledDecimal Scaled);
