namespace BinanceErrors.Http.Internal;

/// <summary>
/// One measurement of a host's server clock: the offset taken at the midpoint of a server time request's round trip,
/// and how far off that midpoint can be. The server read its clock somewhere between the request leaving and the
/// answer arriving, so the true offset lies within <see cref="UncertaintyMs"/> (half the round trip) of
/// <see cref="OffsetMs"/>.
/// </summary>
/// <param name="OffsetMs">Server time minus local time, in milliseconds.</param>
/// <param name="UncertaintyMs">How far the true offset may be from <see cref="OffsetMs"/>; <see cref="long.MaxValue"/> before any measurement.</param>
/// <param name="SyncedTicks">The local instant (UTC ticks) of the measurement; <see cref="long.MinValue"/> before any.</param>
internal sealed record ServerClockReading(long OffsetMs, long UncertaintyMs, long SyncedTicks)
{
    /// <summary>Before the first measurement: the local clock stands in, with no bound on its error.</summary>
    public static ServerClockReading Unmeasured { get; } = new(0, long.MaxValue, long.MinValue);

    /// <summary>Whether this is a measurement rather than <see cref="Unmeasured"/>.</summary>
    public bool Measured => SyncedTicks != long.MinValue;

    /// <summary>
    /// Whether this measurement proves the server clock moved against ours since <paramref name="earlier"/>: the two
    /// offsets lie further apart than both measurements' uncertainties together, so no single offset fits both.
    /// </summary>
    /// <param name="earlier">An earlier measurement of the same host.</param>
    /// <returns><see langword="true"/> when the clock moved; <see langword="false"/> when the offsets agree, or either was not measured.</returns>
    public bool ProvesMovedSince(ServerClockReading earlier) =>
        Measured && earlier.Measured && Math.Abs(OffsetMs - earlier.OffsetMs) > UncertaintyMs + earlier.UncertaintyMs;
}
