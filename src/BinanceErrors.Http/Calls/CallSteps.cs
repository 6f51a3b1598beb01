namespace BinanceErrors.Http.Calls;

/// <summary>
/// The steps of one attempt that a <see cref="CallCore{TRequest, TResponse}"/> runs around the send. An attempt records
/// the steps already run on it (<see cref="CallState.Done"/>), so a core further down a chain of handlers runs only what
/// is left and a request is never reserved, timed or signed twice.
/// </summary>
[Flags]
internal enum CallSteps
{
    /// <summary>Nothing: the request is only passed on.</summary>
    None = 0,

    /// <summary>Reserve the request's weight and order slots before sending (waiting for a window when allowed); take the exchange's counts, halts and bans from the answer.</summary>
    Limits = 1,

    /// <summary>Time the send with <see cref="BinanceClientOptions.AttemptTimeout"/>, counted from when the request leaves.</summary>
    Timeout = 2,

    /// <summary>Sign a SIGNED request with a fresh timestamp (or put the key on a USER_STREAM one).</summary>
    Sign = 4,

    /// <summary>Classify an answer that is not a success (<see cref="CallState.LastError"/>): halts and retries are decided from it.</summary>
    Classify = 8,

    /// <summary>Every step: what a client's per-call core runs.</summary>
    All = Limits | Timeout | Sign | Classify,
}
