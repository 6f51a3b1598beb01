namespace BinanceErrors.Logs;

/// <summary>How many occurrences of a log were classified as one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Count">How many occurrences have it.</param>
public sealed record LogKindCount(BinanceErrorKind Kind, long Count);
