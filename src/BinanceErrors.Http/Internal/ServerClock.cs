namespace BinanceErrors.Http.Internal;

/// <summary>
/// The estimated offset between this machine's clock and the exchange's for one venue and host, read with one
/// <see cref="TimeProvider"/> (the registry keeps one per provider, so a fake clock never mixes with the real one).
/// </summary>
internal sealed class ServerClock(TimeProvider time)
{
    private long _offsetMs;
    private long _lastSyncTicks = long.MinValue;

    public TimeProvider Time => time;

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => ServerMs(time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>A local instant (ms, read from <see cref="Time"/>) in server time, for a caller that needs both.</summary>
    public long ServerMs(long localMs) => localMs + OffsetMs;

    /// <summary>A server instant on the local clock.</summary>
    public DateTimeOffset ToLocal(long serverMs) => DateTimeOffset.FromUnixTimeMilliseconds(serverMs - OffsetMs);

    public bool IsStale(TimeSpan interval) =>
        Interlocked.Read(ref _lastSyncTicks) == long.MinValue || time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastSyncTicks) > interval.Ticks;

    /// <summary>Records a measurement: the server time and the local send and receive instants around it.</summary>
    public long Record(long serverTimeMs, long sentMs, long receivedMs)
    {
        // The server read its clock about halfway through the round trip.
        var offset = serverTimeMs - (sentMs + ((receivedMs - sentMs) / 2));
        Interlocked.Exchange(ref _offsetMs, offset);
        Interlocked.Exchange(ref _lastSyncTicks, time.GetUtcNow().UtcTicks);
        return offset;
    }
}
