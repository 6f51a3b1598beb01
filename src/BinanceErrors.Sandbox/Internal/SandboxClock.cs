namespace BinanceErrors.Sandbox.Internal;

/// <summary>The server's clock: the configured time provider plus an offset that faults can shift.</summary>
internal sealed class SandboxClock(TimeProvider time)
{
    private long _offsetMs;

    /// <summary>The clock behind the sandbox; waits (fault delays) go through it so a fake clock drives them too.</summary>
    public TimeProvider Time => time;

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds() + OffsetMs;

    public void Shift(long milliseconds) => Interlocked.Add(ref _offsetMs, milliseconds);

    public void Set(long milliseconds) => Interlocked.Exchange(ref _offsetMs, milliseconds);
}
