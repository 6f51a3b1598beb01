namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// Requests a <see cref="FaultTiming.DelayedExecution"/> fault answered early and runs later on the sandbox's clock.
/// Timers come from the <see cref="TimeProvider"/>, so tests with a fake clock decide exactly when they fire.
/// </summary>
internal sealed class DelayedExecutions(TimeProvider time) : IDisposable
{
    private readonly object _gate = new();
    private readonly HashSet<ITimer> _timers = [];
    private int _executed;
    private int _dropped;
    private int _rejected;
    private bool _disposed;

    public DelayedExecutionCounts Counts
    {
        get
        {
            lock (_gate)
            {
                return new DelayedExecutionCounts(_timers.Count, _executed, _dropped, _rejected);
            }
        }
    }

    /// <summary>Runs <paramref name="execute"/> after <paramref name="after"/> unless <paramref name="stillInWindow"/> says the window closed.</summary>
    /// <param name="after">The delay on the sandbox's time provider.</param>
    /// <param name="stillInWindow">Read when the timer fires: whether the server clock is still within timestamp + recvWindow.</param>
    /// <param name="execute">The request's handler; returns false when the exchange rejected it.</param>
    public void Schedule(TimeSpan after, Func<bool> stillInWindow, Func<bool> execute)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ITimer? timer = null;
            timer = time.CreateTimer(
                _ =>
                {
                    lock (_gate)
                    {
                        // A timer fires once; one created with a zero delay may fire before the assignment below.
                        if (_disposed || !_timers.Remove(timer!))
                        {
                            return;
                        }

                        if (!stillInWindow())
                        {
                            _dropped++;
                        }
                        else if (execute())
                        {
                            _executed++;
                        }
                        else
                        {
                            _rejected++;
                        }
                    }

                    timer!.Dispose();
                },
                null,
                Timeout.InfiniteTimeSpan,
                Timeout.InfiniteTimeSpan);
            _timers.Add(timer);
            timer.Change(after, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }
    }
}
