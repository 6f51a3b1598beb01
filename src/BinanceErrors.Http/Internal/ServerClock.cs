namespace BinanceErrors.Http.Internal;

/// <summary>The estimated offset between this machine's clock and the exchange's, shared by every client of a host.</summary>
internal sealed class ServerClock(TimeProvider time)
{
    private long _offsetMs;
    private long _lastSyncTicks = long.MinValue;

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds() + OffsetMs;

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
