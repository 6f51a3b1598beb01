namespace BinanceErrors;

/// <summary>What a client should do next after an error. Each member is safe to follow literally.</summary>
public enum RecoveryAction
{
    /// <summary>Retrying the same request cannot succeed: fix the request, the account or the credentials.</summary>
    DoNotRetry = 0,

    /// <summary>The request was not executed; retry after an exponential, jittered backoff.</summary>
    RetryWithBackoff = 1,

    /// <summary>Wait for <see cref="RecoveryAdvice.RetryAfter"/> (from Retry-After or the message), then retry.</summary>
    RetryAfter = 2,

    /// <summary>Measure the server clock offset again, re-sign with a fresh timestamp, and retry once.</summary>
    ResyncClockThenRetry = 3,

    /// <summary>The order may or may not exist: look it up by client order id before doing anything else.</summary>
    Reconcile = 4,

    /// <summary>Stop all traffic from this IP to the venue until <see cref="RecoveryAdvice.Until"/>.</summary>
    HaltUntil = 5,
}
