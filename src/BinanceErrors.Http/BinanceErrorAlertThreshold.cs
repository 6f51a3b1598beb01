namespace BinanceErrors.Http;

/// <summary>
/// One threshold of the in-process alert hook (<see cref="BinanceErrorAlerts"/>): more than <see cref="Count"/> errors
/// within <see cref="Window"/> raise an alert. With <see cref="Code"/> it counts that code; with <see cref="Kind"/>
/// that kind (every code of it together); with neither, every code on its own (seed 001's "alert when any code passes
/// 100"). Counts are kept per venue, and per code for a threshold without <see cref="Kind"/>.
/// </summary>
public sealed record BinanceErrorAlertThreshold
{
    /// <summary>Only this error code (e.g. -1021); any code when <see langword="null"/>.</summary>
    public int? Code { get; init; }

    /// <summary>Only errors of this kind (e.g. <see cref="BinanceErrorKind.RateLimited"/>), counted together; any kind when <see langword="null"/>.</summary>
    public BinanceErrorKind? Kind { get; init; }

    /// <summary>Only this venue; every venue (each counted apart) when <see langword="null"/>.</summary>
    public BinanceVenue? Venue { get; init; }

    /// <summary>The threshold: an alert is raised when the count within the window goes above it.</summary>
    public required int Count { get; init; }

    /// <summary>The sliding window the count is taken over, on the hook's <see cref="TimeProvider"/>.</summary>
    public required TimeSpan Window { get; init; }

    /// <summary>Whether <paramref name="error"/> is counted by this threshold.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether it matches the code, kind and venue.</returns>
    public bool Matches(BinanceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return (Code is null || error.Code == Code) && (Kind is null || error.Kind == Kind) && (Venue is null || error.Venue == Venue);
    }
}
