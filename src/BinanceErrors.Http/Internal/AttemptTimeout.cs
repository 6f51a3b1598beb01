namespace BinanceErrors.Http.Internal;

/// <summary>
/// The attempt timeout around one send (<see cref="BinanceClientOptions.AttemptTimeout"/>), counted from when the
/// request leaves: nothing at all when it is infinite; otherwise one token source with its own timer on the options'
/// clock, linked to the caller's token only when that one can be cancelled. A struct, so the handler awaiting the send
/// keeps it in its own state machine.
/// </summary>
internal readonly struct AttemptTimeout : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly ITimer? _timer;

    private AttemptTimeout(CancellationTokenSource source, ITimer? timer)
    {
        _source = source;
        _timer = timer;
    }

    public static AttemptTimeout Start(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            // No attempt timeout can fire: no token source, no timer.
            return default;
        }

        if (!cancellationToken.CanBeCanceled)
        {
            return new AttemptTimeout(new CancellationTokenSource(timeout, time), null);
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (time == TimeProvider.System)
        {
            // On the system clock the linked source's own timer does it, without a second timer object.
            source.CancelAfter(timeout);
            return new AttemptTimeout(source, null);
        }

        return new AttemptTimeout(source, time.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), source, timeout, Timeout.InfiniteTimeSpan));
    }

    /// <summary>The token to send with: the timeout's, or the caller's when there is none.</summary>
    public CancellationToken Token(CancellationToken cancellationToken) => _source?.Token ?? cancellationToken;

    /// <summary>Whether a cancellation came from the timeout, not from the caller.</summary>
    public bool Expired(CancellationToken cancellationToken) => _source is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested;

    public static Polly.Timeout.TimeoutRejectedException Rejection(TimeSpan timeout, OperationCanceledException cause) =>
        new($"No answer within the attempt timeout of {timeout}.", timeout, cause);

    public void Dispose()
    {
        _timer?.Dispose();
        _source?.Dispose();
    }
}
