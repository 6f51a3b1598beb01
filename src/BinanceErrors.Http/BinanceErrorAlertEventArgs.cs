namespace BinanceErrors.Http;

/// <summary>An alert raised by <see cref="BinanceErrorAlerts"/>: which threshold, for which venue and code or kind, how many.</summary>
public sealed class BinanceErrorAlertEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="threshold">The threshold that was passed.</param>
    /// <param name="count">How many errors it counted within its window.</param>
    /// <param name="lastError">The error that passed it.</param>
    /// <param name="raisedAt">When, on the hook's clock.</param>
    public BinanceErrorAlertEventArgs(BinanceErrorAlertThreshold threshold, int count, BinanceError lastError, DateTimeOffset raisedAt)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(lastError);
        Threshold = threshold;
        Count = count;
        LastError = lastError;
        RaisedAt = raisedAt;
    }

    /// <summary>The threshold that was passed.</summary>
    public BinanceErrorAlertThreshold Threshold { get; }

    /// <summary>How many matching errors arrived within the threshold's window (more than its count).</summary>
    public int Count { get; }

    /// <summary>The error that passed the threshold (its venue, code and kind say what was counted).</summary>
    public BinanceError LastError { get; }

    /// <summary>When the alert was raised, on the hook's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset RaisedAt { get; }
}
