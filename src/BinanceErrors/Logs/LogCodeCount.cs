namespace BinanceErrors.Logs;

/// <summary>How often one error appeared in a log: a code on a venue, or an HTTP status without a code.</summary>
/// <param name="Venue">The venue the occurrences were classified for.</param>
/// <param name="Code">The Binance code, or <see langword="null"/> for a status or message without one.</param>
/// <param name="HttpStatus">The HTTP status, for occurrences without a code.</param>
/// <param name="Name">The code's NAME, the typed reason of a message without code, or <see langword="null"/>.</param>
/// <param name="Kind">The kind the occurrences were classified as (the first one's, when they differ).</param>
/// <param name="Count">How many times it appeared.</param>
/// <param name="FirstLine">The first line it appeared on.</param>
/// <param name="LastLine">The last line it appeared on.</param>
/// <param name="FirstSeen">The time of the first occurrence, when its line had one.</param>
/// <param name="LastSeen">The time of the last occurrence, when its line had one.</param>
public sealed record LogCodeCount(
    BinanceVenue Venue,
    int? Code,
    int? HttpStatus,
    string? Name,
    BinanceErrorKind Kind,
    long Count,
    long FirstLine,
    long LastLine,
    LogTimestamp? FirstSeen,
    LogTimestamp? LastSeen);
