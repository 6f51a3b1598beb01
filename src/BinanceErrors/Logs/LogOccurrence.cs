namespace BinanceErrors.Logs;

/// <summary>One Binance error found in a log line, classified.</summary>
/// <param name="Line">The line number, 1-based.</param>
/// <param name="Timestamp">The line's time, when it has one.</param>
/// <param name="Form">How the error was written.</param>
/// <param name="VenueSource">Where the venue (<see cref="BinanceError.Venue"/>) came from.</param>
/// <param name="Intent">What the request did, when the line or the lines before it say (method and path, or a create/cancel call).</param>
/// <param name="Error">
/// The classification, as <see cref="BinanceErrorClassifier"/> gives it for the code, message, HTTP status and
/// Retry-After the line holds. Times in its advice are dated from the line's time, or from the last time an earlier
/// line wrote; when the log has no time before it, only an end the message states ("IP banned until …") is kept.
/// </param>
public sealed record LogOccurrence(
    long Line,
    LogTimestamp? Timestamp,
    LogErrorForm Form,
    LogVenueSource VenueSource,
    RequestIntent Intent,
    BinanceError Error);
