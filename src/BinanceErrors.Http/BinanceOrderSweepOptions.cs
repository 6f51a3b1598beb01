namespace BinanceErrors.Http;

/// <summary>How <see cref="BinanceOrderSweepService"/> sweeps a journal for unresolved intents.</summary>
public sealed class BinanceOrderSweepOptions
{
    /// <summary>Time between sweeps.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long an intent must have been open before a sweep touches it. It must exceed the longest a call can take
    /// (limit waits, attempts, reconciliation), so the sweep never races a call that is still in flight.
    /// </summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan MinAge { get; set; } = TimeSpan.FromMinutes(5);
}
