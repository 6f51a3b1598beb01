namespace BinanceErrors;

/// <summary>A message the matching engine sends under -1010, -2010, -2011 or -2038, with its typed reason.</summary>
/// <param name="Template">The exact text.</param>
/// <param name="Reason">The typed reason the text stands for.</param>
/// <param name="Meaning">What the text means, in our words.</param>
/// <param name="Kind">The kind this reason implies when it is more specific than the code's kind (e.g. <see cref="BinanceErrorKind.InsufficientBalance"/>).</param>
public sealed record MatchingEngineMessage(MessageTemplate Template, MatchingEngineReason Reason, string Meaning, BinanceErrorKind? Kind);
