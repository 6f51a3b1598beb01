namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// Frames waiting in the send queues of a front's connections, so the admin API can show that a connection's queue
/// is released when it ends (the frame fuzzer checks it returns to zero).
/// </summary>
internal sealed class SendQueueGauge
{
    private long _frames;

    /// <summary>Frames queued and not yet sent or dropped.</summary>
    public long Frames => Interlocked.Read(ref _frames);

    public void Queued() => Interlocked.Increment(ref _frames);

    public void Released(int frames = 1) => Interlocked.Add(ref _frames, -frames);
}
