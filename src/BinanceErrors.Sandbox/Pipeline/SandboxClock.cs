namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>The server's clock: the configured time provider plus an offset that faults can shift.</summary>
internal sealed class SandboxClock(TimeProvider time)
{
    private long _offsetMs;

    /// <summary>The clock behind the sandbox; waits (fault delays) go through it so a fake clock drives them too.</summary>
    public TimeProvider Time => time;

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds() + OffsetMs;

    /// <summary>About ten years either way: enough for any clock test, far from overflowing epoch milliseconds.</summary>
    public const long MaxOffsetMs = 315_576_000_000;

    /// <summary>Moves the clock; the offset stays within ±<see cref="MaxOffsetMs"/> (a shift past it stops there).</summary>
    public void Shift(long milliseconds)
    {
        long current, next;
        do
        {
            current = Interlocked.Read(ref _offsetMs);
            next = Math.Clamp(Math.Clamp(milliseconds, -MaxOffsetMs, MaxOffsetMs) + current, -MaxOffsetMs, MaxOffsetMs);
        }
        while (Interlocked.CompareExchange(ref _offsetMs, next, current) != current);
    }

    /// <summary>Sets the offset; callers range-check it first (the admin API answers 400), this clamps as a last guard.</summary>
    public void Set(long milliseconds) => Interlocked.Exchange(ref _offsetMs, Math.Clamp(milliseconds, -MaxOffsetMs, MaxOffsetMs));

    /// <summary>Whether an offset or shift from the admin API is within range.</summary>
    public static bool InRange(long milliseconds) => milliseconds is >= -MaxOffsetMs and <= MaxOffsetMs;
}
