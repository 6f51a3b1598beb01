namespace BinanceErrors;

/// <summary>
/// A message that comes with an HTTP status but no Binance code, such as the USDⓈ-M futures 503 texts whose
/// wording decides between "not executed" and "execution unknown".
/// </summary>
/// <param name="HttpStatus">The status the message comes with; <see langword="null"/> for any 5XX.</param>
/// <param name="Template">The exact text.</param>
/// <param name="Kind">What the message means for the request's outcome.</param>
/// <param name="Meaning">The meaning, in our words.</param>
public sealed record HttpStatusMessage(int? HttpStatus, MessageTemplate Template, BinanceErrorKind Kind, string Meaning);
