using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Redis;

/// <summary>Log events of the Redis limit store (never the connection string: it may hold a password).</summary>
internal static partial class RedisLog
{
    [LoggerMessage(101, LogLevel.Warning, "Binance limit store: Redis unavailable ({Reason}); using local limits until it is back")]
    public static partial void Unavailable(ILogger logger, string reason);

    [LoggerMessage(103, LogLevel.Warning, "Binance limit store: cannot connect to Redis ({Problem}); using local limits and retrying in the background")]
    public static partial void CannotConnect(ILogger logger, string problem);

    [LoggerMessage(102, LogLevel.Information, "Binance limit store: Redis back; limits are shared again")]
    public static partial void Back(ILogger logger);
}
