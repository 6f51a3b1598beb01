namespace BinanceErrors.Http;

/// <summary>
/// Where limit state lives: used weight, raw requests and order counts per window, and the halt after a 429 or the
/// ban after a 418. <see cref="InMemoryBinanceLimitStore"/> shares it inside one process; a shared store (the Redis
/// one in <c>BinanceErrors.Http.Redis</c>) shares it across processes behind one IP. Instants are server milliseconds.
/// Implementations must answer quickly and never throw for an unavailable backend: trading does not wait on them.
/// </summary>
public interface IBinanceLimitStore
{
    /// <summary>Takes the request's slot in every window if all of them allow it now; otherwise takes nothing and says until when to wait.</summary>
    /// <param name="reservation">What the request needs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Go, wait, or banned.</returns>
    ValueTask<BinanceLimitDecision> TryReserveAsync(BinanceLimitReservation reservation, CancellationToken cancellationToken);

    /// <summary>Takes the exchange's counts from a response: a count above the store's wins (traffic the store did not see).</summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="account">The account id for order counts, or <see langword="null"/>.</param>
    /// <param name="nowMs">The server instant the response arrived.</param>
    /// <param name="usage">The counts read from the headers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask ObserveAsync(BinanceLimitScope scope, string? account, long nowMs, IReadOnlyList<BinanceLimitUsage> usage, CancellationToken cancellationToken);

    /// <summary>Stops every request of the scope until an instant: a 429 halt, or a 418 ban that also makes requests fail fast.</summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="untilMs">The server instant the halt or ban ends.</param>
    /// <param name="banned">Whether it is a ban (HTTP 418).</param>
    /// <param name="nowMs">The server instant now (stores expire the record when it ends).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask HaltAsync(BinanceLimitScope scope, long untilMs, bool banned, long nowMs, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back request weight reserved for a request the exchange did not charge: since 2026-04-02 a successful Spot
    /// order method (<c>order.place</c>, <c>POST /api/v3/order</c>, cancels, cancel-replace, order lists) costs 0 weight,
    /// only a failed one pays. The weight windows that still hold the reservation go down by <paramref name="weight"/>,
    /// never below zero; a window that has rolled over since is left alone.
    /// </summary>
    /// <param name="scope">The venue and IP group.</param>
    /// <param name="reservedAtMs">The server instant the weight was reserved.</param>
    /// <param name="weight">The weight to give back.</param>
    /// <param name="nowMs">The server instant now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when recorded. The default does nothing: the weight stays counted until its window ends.</returns>
    ValueTask GiveBackAsync(BinanceLimitScope scope, long reservedAtMs, int weight, long nowMs, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
