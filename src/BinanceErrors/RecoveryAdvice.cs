namespace BinanceErrors;

/// <summary>What to do after an error: an action plus the wait or deadline that goes with it.</summary>
/// <param name="Action">The action to take.</param>
/// <param name="RetryAfter">How long to wait before the next request, when known (Retry-After, the message, or the ban's end).</param>
/// <param name="Until">The instant traffic may resume, for <see cref="RecoveryAction.HaltUntil"/> and window-based waits.</param>
public readonly record struct RecoveryAdvice(RecoveryAction Action, TimeSpan? RetryAfter = null, DateTimeOffset? Until = null)
{
    /// <summary>Advice to fix the request instead of retrying.</summary>
    public static RecoveryAdvice DoNotRetry { get; } = new(RecoveryAction.DoNotRetry);

    /// <summary>Whether sending the same request again (after the advised wait or resync) can succeed without looking anything up first.</summary>
    public bool AllowsRetry => Action is RecoveryAction.RetryWithBackoff or RecoveryAction.RetryAfter or RecoveryAction.ResyncClockThenRetry;

    /// <summary>A short sentence for logs and the CLI.</summary>
    /// <returns>The advice in words.</returns>
    public override string ToString() => Action switch
    {
        RecoveryAction.DoNotRetry => "do not retry; fix the request",
        RecoveryAction.RetryWithBackoff => "retry with exponential backoff",
        RecoveryAction.RetryAfter => RetryAfter is { } wait ? $"retry after {Format(wait)}" : "retry after the limit window resets",
        RecoveryAction.ResyncClockThenRetry => "resync the clock offset, re-sign and retry once",
        RecoveryAction.Reconcile => "reconcile: look the order up by client order id before anything else",
        RecoveryAction.HaltUntil => Until is { } until ? $"halt all traffic until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss.fff}Z" : "halt all traffic",
        _ => Action.ToString(),
    };

    private static string Format(TimeSpan wait) =>
        wait.TotalSeconds >= 1 ? $"{wait.TotalSeconds:0.###} s" : $"{wait.TotalMilliseconds:0} ms";
}
