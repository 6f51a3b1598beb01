namespace BinanceErrors.Logs.Internal;

/// <summary>The clock the classifier reads while a line is classified: the line's own time, so Retry-After and window ends are dated from it.</summary>
internal sealed class LineClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => Now;
}
