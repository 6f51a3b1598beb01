namespace BinanceErrors.Http.Internal;

/// <summary>
/// The estimated offset between this machine's clock and the exchange's for one venue and host, read with one
/// <see cref="TimeProvider"/> (the registry keeps one per provider, so a fake clock never mixes with the real one).
/// </summary>
internal sealed class ServerClock(TimeProvider time)
{
    private ServerClockReading _reading = ServerClockReading.Unmeasured;

    public TimeProvider Time => time;

    /// <summary>The last measurement, replaced whole by the next one (so its offset and uncertainty always belong together).</summary>
    public ServerClockReading Reading => Volatile.Read(ref _reading);

    public long OffsetMs => Reading.OffsetMs;

    public long NowMs => ServerMs(time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>A local instant (ms, read from <see cref="Time"/>) in server time, for a caller that needs both.</summary>
    public long ServerMs(long localMs) => localMs + OffsetMs;

    /// <summary>A server instant on the local clock.</summary>
    public DateTimeOffset ToLocal(long serverMs) => DateTimeOffset.FromUnixTimeMilliseconds(serverMs - OffsetMs);

    public bool IsStale(TimeSpan interval)
    {
        var reading = Reading;
        return !reading.Measured || time.GetUtcNow().UtcTicks - reading.SyncedTicks > interval.Ticks;
    }

    /// <summary>Records a measurement: the server time and the local send and receive instants around it.</summary>
    public long Record(long serverTimeMs, long sentMs, long receivedMs)
    {
        // The server read its clock about halfway through the round trip, and at worst at one of its ends (plus the
        // millisecond the server time is truncated to).
        var roundTrip = Math.Max(0, receivedMs - sentMs);
        var offset = serverTimeMs - (sentMs + (roundTrip / 2));
        Volatile.Write(ref _reading, new ServerClockReading(offset, ((roundTrip + 1) / 2) + 1, time.GetUtcNow().UtcTicks));
        return offset;
    }
}
