using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>
/// A lost-order loop for long-running bots: on start and then every <see cref="BinanceOrderSweepOptions.Interval"/>, the
/// journal's intents that have stayed open longer than <see cref="BinanceOrderSweepOptions.MinAge"/> (an unknown outcome
/// the call could not settle, or a crash) are settled by <see cref="BinanceOrderRecovery"/>; those still unknown are
/// tried again next time.
/// </summary>
public sealed partial class BinanceOrderSweepService : BackgroundService
{
    private readonly BinanceOrderRecovery _recovery;
    private readonly IBinanceOrderJournal _journal;
    private readonly BinanceOrderSweepOptions _sweep;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private IReadOnlyList<BinanceRecoveredOrder> _last = [];
    private int _sweeps;

    /// <summary>Creates the service.</summary>
    /// <param name="recovery">Settles intents (built on the same client and options as the orders).</param>
    /// <param name="journal">The journal to sweep.</param>
    /// <param name="sweep">Interval and minimum age.</param>
    /// <param name="time">The clock for the interval and ages.</param>
    /// <param name="logger">Where each settled intent is logged.</param>
    public BinanceOrderSweepService(BinanceOrderRecovery recovery, IBinanceOrderJournal journal, BinanceOrderSweepOptions sweep, TimeProvider? time = null, ILogger<BinanceOrderSweepService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(sweep);
        if (sweep.Interval <= TimeSpan.Zero || sweep.MinAge < TimeSpan.Zero)
        {
            throw new ArgumentException($"BinanceOrderSweepOptions needs a positive Interval and a MinAge of 0 or more; they are {sweep.Interval} and {sweep.MinAge}.", nameof(sweep));
        }

        _recovery = recovery;
        _journal = journal;
        _sweep = sweep;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>What the last sweep settled (or left unknown).</summary>
    public IReadOnlyList<BinanceRecoveredOrder> LastSweep
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Raised after each sweep with what it settled (for alerts on intents that stay unknown).</summary>
    public event EventHandler<IReadOnlyList<BinanceRecoveredOrder>>? SweepCompleted;

    /// <summary>How many sweeps have completed.</summary>
    public int Sweeps => Volatile.Read(ref _sweeps);

    /// <summary>Runs one sweep now.</summary>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <returns>What it settled.</returns>
    public async Task<IReadOnlyList<BinanceRecoveredOrder>> SweepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var open = await _journal.ReadOpenAsync(cancellationToken).ConfigureAwait(false);
        var due = open.Where(i => now - i.UpdatedAt >= _sweep.MinAge).ToArray();
        var results = due.Length == 0 ? [] : await _recovery.RecoverAsync(due, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            Swept(_logger, result.Intent.ClientOrderId, result.Status);
        }

        lock (_gate)
        {
            _last = results;
        }

        Interlocked.Increment(ref _sweeps);
        SweepCompleted?.Invoke(this, results);
        return results;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_sweep.Interval, _time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed sweep (exchange or disk unavailable) is tried again next interval; the intents stay open.
                SweepFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(20, LogLevel.Information, "Binance order sweep: {ClientOrderId} is {Status}")]
    private static partial void Swept(ILogger logger, string clientOrderId, BinanceRecoveryStatus status);

    [LoggerMessage(21, LogLevel.Warning, "Binance order sweep failed; intents stay open until the next sweep")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
