namespace BinanceErrors.Cli.Commands;

/// <summary>
/// How long one demo order may keep waiting out bans and halts before the demo gives up on it. The budget follows
/// what the exchange says: it grows with the longest ban or halt seen, so a two-minute ban is waited out in full
/// while a loop of bans that never ends still stops. It counts from the order's first refusal: the time its requests
/// and look-ups took before (long on a loaded machine) is not time spent waiting.
/// </summary>
internal sealed class DemoWaitBudget(TimeProvider time)
{
    /// <summary>The least budget, whatever the waits: enough for a few short halts in a row.</summary>
    private static readonly TimeSpan Floor = TimeSpan.FromSeconds(15);

    /// <summary>Refusals in a row are capped too, so a wait of zero (a ban ending this very millisecond) cannot spin.</summary>
    private const int MaxRefusals = 50;

    /// <summary>A margin past the announced end, because the exchange's own clock ends the ban, not ours.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(25);

    private DateTimeOffset? _start;
    private TimeSpan _longest;
    private int _refusals;

    /// <summary>The total wait spent so far, in seconds, for the table.</summary>
    public TimeSpan Waited { get; private set; }

    /// <summary>Whether the last wait was for a ban (else a halt).</summary>
    public bool LastWasBan { get; private set; }

    /// <summary>
    /// Decides how long to wait before trying again after the pipeline refused (or the exchange answered 418/429),
    /// or <see langword="null"/> when the budget is spent.
    /// </summary>
    /// <param name="error">The refusal: the pipeline's (its ban end is in local time) or the exchange's answer.</param>
    /// <param name="retryAfter">
    /// The answer's <c>Retry-After</c>, when the exchange sent one. It is relative, so it is preferred: the ban end in an
    /// exchange message is in the exchange's clock, which may run minutes ahead of ours (the chaos faults move it).
    /// </param>
    public TimeSpan? Next(BinanceError error, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow();
        var start = _start ??= now;
        var told = retryAfter ?? (error.Advice.Until is { } until ? until - now : error.Advice.RetryAfter ?? TimeSpan.FromSeconds(1));
        if (told < TimeSpan.Zero)
        {
            told = TimeSpan.Zero;
        }

        // Whole milliseconds, rounded up: a ban ending 0.3 ms from now must not become Task.Delay(0).
        var wait = TimeSpan.FromMilliseconds(Math.Ceiling(told.TotalMilliseconds)) + Margin;
        _longest = wait > _longest ? wait : _longest;
        var budget = Floor + (_longest * 3);
        if (++_refusals > MaxRefusals || now - start + wait > budget)
        {
            return null;
        }

        LastWasBan = error.Kind == BinanceErrorKind.IpBanned;
        Waited += wait;
        return wait;
    }
}
