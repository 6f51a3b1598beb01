using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which waits (timers due within <see cref="WaitHorizon"/>) are pending,
/// so a test can move time to the next one exactly when the code under test is waiting on it: no sleeps, no real
/// windows. Longer timers (attempt timeouts, five minutes in the harness) are never stepped to.
/// </summary>
public sealed class SteppedTimeProvider : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<Pending> _pending = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SteppedTimeProvider()
        : base(new DateTimeOffset(2025, 11, 21, 4, 0, 0, TimeSpan.Zero))
    {
    }

    public static TimeSpan WaitHorizon { get; } = TimeSpan.FromMinutes(4);

    private sealed class Pending(DateTimeOffset due)
    {
        public DateTimeOffset Due { get; set; } = due;
    }

    /// <summary>How many waits are pending now.</summary>
    public int PendingWaits
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime > WaitHorizon || period != Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        var pending = new Pending(GetUtcNow() + dueTime);
        Add(pending);
        var timer = base.CreateTimer(
            s =>
            {
                Remove(pending);
                callback(s);
            },
            state,
            dueTime,
            period);
        return new TrackedTimer(timer, () => Remove(pending));
    }

    /// <summary>Completes when at least <paramref name="count"/> waits are pending.</summary>
    public async Task WhenWaitingAsync(int count = 1)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_pending.Count >= count)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="work"/> to completion, moving time to the next pending wait whenever it waits.</summary>
    public async Task<T> DriveAsync<T>(Task<T> work)
    {
        while (true)
        {
            var waiting = WhenWaitingAsync();
            if (await Task.WhenAny(work, waiting).ConfigureAwait(false) == work)
            {
                return await work.ConfigureAwait(false);
            }

            StepToNextWait();
        }
    }

    /// <summary>
    /// Runs concurrent workers to completion, moving time only when every unfinished one is waiting, so no request
    /// in flight sees time jump under it.
    /// </summary>
    public async Task DriveAllAsync(params Task[] workers)
    {
        while (true)
        {
            var running = workers.Where(w => !w.IsCompleted).ToArray();
            if (running.Length == 0)
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
                return;
            }

            var waiting = WhenWaitingAsync(running.Length);
            if (await Task.WhenAny([waiting, .. running]).ConfigureAwait(false) == waiting)
            {
                StepToNextWait();
            }
        }
    }

    /// <inheritdoc cref="DriveAsync{T}(Task{T})"/>
    public Task DriveAsync(Task work) => DriveAsync(work.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default));

    /// <summary>Moves time to the earliest pending wait (so it fires).</summary>
    public void StepToNextWait()
    {
        DateTimeOffset? due;
        lock (_gate)
        {
            due = _pending.Count == 0 ? null : _pending.Min(p => p.Due);
        }

        if (due is { } d && d > GetUtcNow())
        {
            Advance(d - GetUtcNow());
        }
        else if (due is not null)
        {
            Advance(TimeSpan.Zero);
        }
    }

    private void Add(Pending pending)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _pending.Add(pending);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private void Remove(Pending pending)
    {
        lock (_gate)
        {
            _pending.Remove(pending);
        }
    }

    private sealed class TrackedTimer(ITimer inner, Action removed) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            removed();
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            removed();
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            removed();
            return inner.DisposeAsync();
        }
    }
}
