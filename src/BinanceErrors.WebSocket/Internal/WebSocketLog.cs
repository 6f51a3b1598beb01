using Microsoft.Extensions.Logging;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>The WebSocket transport's log messages (never keys, signatures or parameters).</summary>
internal static partial class WebSocketLog
{
    [LoggerMessage(101, LogLevel.Information, "Binance WebSocket {Host}: connection {Number} open (attempt {Attempt})")]
    public static partial void Connected(ILogger logger, string host, long number, int attempt);

    [LoggerMessage(102, LogLevel.Warning, "Binance WebSocket {Host}: connect attempt {Attempt} failed ({Reason}); next in {DelayMs} ms")]
    public static partial void ConnectFailed(ILogger logger, string host, int attempt, string reason, double delayMs);

    [LoggerMessage(103, LogLevel.Warning, "Binance WebSocket {Host}: connection {Number} dropped ({Reason})")]
    public static partial void Dropped(ILogger logger, string host, long number, string reason);

    [LoggerMessage(104, LogLevel.Information, "Binance WebSocket {Host}: replacing connection {Number} ({Reason})")]
    public static partial void Replacing(ILogger logger, string host, long number, string reason);

    [LoggerMessage(105, LogLevel.Error, "Binance WebSocket {Host}: API key revoked on connection {Number}; pending requests failed as authentication errors")]
    public static partial void Revoked(ILogger logger, string host, long number);

    [LoggerMessage(106, LogLevel.Warning, "Binance WebSocket {Host}: reconnect failed ({Reason})")]
    public static partial void ReconnectFailed(ILogger logger, string host, string reason);

    [LoggerMessage(107, LogLevel.Warning, "Binance WebSocket {Host}: connection admission limit reached; waiting {WaitMs} ms")]
    public static partial void AdmissionWait(ILogger logger, string host, long waitMs);
}
