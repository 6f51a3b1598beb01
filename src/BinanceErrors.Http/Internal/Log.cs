using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Log events. Only method, path, codes and client order ids are logged: never query strings, keys or signatures. The
/// venue is its one lower-case name (<see cref="BinanceVenueNames"/>), as in metric tags.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Binance {Method} {Path} failed with {Code} ({Kind}); retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, string code, BinanceErrorKind kind, int attempt, double delayMs);

    [LoggerMessage(2, LogLevel.Warning, "Binance {Method} {Path}: outcome unknown ({Reason}); looking up order {ClientOrderId}")]
    public static partial void Reconciling(ILogger logger, string method, string path, string reason, string clientOrderId);

    [LoggerMessage(3, LogLevel.Information, "Binance order {ClientOrderId}: reconciliation result {Result}")]
    public static partial void Reconciled(ILogger logger, string clientOrderId, string result);

    [LoggerMessage(4, LogLevel.Warning, "Binance {Venue}: waiting {WaitMs} ms for {Reason} before {Method} {Path}")]
    public static partial void Throttled(ILogger logger, string venue, long waitMs, string reason, string method, string path);

    [LoggerMessage(5, LogLevel.Error, "Binance {Venue}: IP banned until {Until:O}; all traffic stopped")]
    public static partial void Banned(ILogger logger, string venue, DateTimeOffset until);

    [LoggerMessage(6, LogLevel.Information, "Binance {Venue}: server clock offset {OffsetMs} ms (round trip {RoundTripMs} ms)")]
    public static partial void ClockSynced(ILogger logger, string venue, long offsetMs, long roundTripMs);

    [LoggerMessage(7, LogLevel.Warning, "Binance {Venue}: rate limited (HTTP 429); halting until {Until:O}")]
    public static partial void Halted(ILogger logger, string venue, DateTimeOffset until);

    [LoggerMessage(8, LogLevel.Information, "Binance {Venue}: limits learnt from exchangeInfo: {Limits}")]
    public static partial void LimitsLearnt(ILogger logger, string venue, string limits);

    [LoggerMessage(9, LogLevel.Warning, "Binance {Venue}: could not learn limits from exchangeInfo ({Reason}); using the documented defaults")]
    public static partial void LimitsNotLearnt(ILogger logger, string venue, string reason);
}
