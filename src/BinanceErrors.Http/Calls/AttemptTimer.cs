using Polly.Timeout;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// The one timer of an attempt (<see cref="BinanceClientOptions.AttemptTimeout"/>), counted from when the request
/// leaves: a token source with a timer on the options' <see cref="TimeProvider"/> (on the system clock the source's own
/// timer-queue timer, on a fake clock the provider's timer), cancelled as well when the caller's token is. Nothing at all
/// when the timeout is infinite. Every send the core makes (attempts, look-ups, the limits' exchangeInfo) is timed by
/// it, so a test's fake clock governs all of them. A struct, so the method awaiting the send keeps it in its own state.
/// </summary>
internal readonly struct AttemptTimer : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly CancellationTokenRegistration _caller;

    private AttemptTimer(CancellationTokenSource source, CancellationTokenRegistration caller)
    {
        _source = source;
        _caller = caller;
    }

    /// <summary>Starts the timer now.</summary>
    /// <param name="timeout">The attempt timeout; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="time">The clock it runs on.</param>
    /// <param name="cancellationToken">The caller's token, which cancels the attempt too.</param>
    /// <returns>The running timer; dispose it when the send is over.</returns>
    public static AttemptTimer Start(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return default;
        }

        var source = new CancellationTokenSource(timeout, time);
        var caller = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source)
            : default;
        return new AttemptTimer(source, caller);
    }

    /// <summary>The token to send with: the timer's, or the caller's when there is no timer.</summary>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The token.</returns>
    public CancellationToken Token(CancellationToken cancellationToken) => _source?.Token ?? cancellationToken;

    /// <summary>Whether a cancellation came from the timer, not from the caller.</summary>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns><see langword="true"/> when the attempt timed out.</returns>
    public bool Expired(CancellationToken cancellationToken) => _source is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested;

    /// <summary>What a timed-out attempt is reported as: no answer within the timeout (Polly's exception, as its timeout strategy throws).</summary>
    /// <param name="timeout">The attempt timeout.</param>
    /// <param name="cause">The cancellation the send threw.</param>
    /// <returns>The exception to throw.</returns>
    public static TimeoutRejectedException Rejection(TimeSpan timeout, OperationCanceledException cause) =>
        new($"No answer within the attempt timeout of {timeout}.", timeout, cause);

    /// <inheritdoc />
    public void Dispose()
    {
        // The caller's registration first: once it is gone its callback can no longer touch the source.
        _caller.Dispose();
        _source?.Dispose();
    }
}
