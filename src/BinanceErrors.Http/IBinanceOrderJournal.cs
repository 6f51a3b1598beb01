namespace BinanceErrors.Http;

/// <summary>
/// A durable record of order intents and their outcomes. <see cref="BinanceResilienceHandler"/> writes the intent before
/// an order request leaves and the outcome when it is known; <see cref="BinanceOrderRecovery"/> settles what stayed open.
/// Implementations must have made a write durable when the returned task completes (the whole guarantee rests on it),
/// and must be safe to call from several threads. One process writes a journal at a time.
/// </summary>
public interface IBinanceOrderJournal
{
    /// <summary>Writes (or, for the same client order id, rewrites as open) an intent; durable when the task completes.</summary>
    /// <param name="intent">The intent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the intent is durable.</returns>
    ValueTask RecordIntentAsync(BinanceOrderIntent intent, CancellationToken cancellationToken);

    /// <summary>Records the outcome of an intent; durable when the task completes.</summary>
    /// <param name="clientOrderId">The intent's client order id.</param>
    /// <param name="state">Placed or not placed.</param>
    /// <param name="orderId">The exchange's order id when placed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the outcome is durable.</returns>
    ValueTask RecordOutcomeAsync(string clientOrderId, BinanceOrderIntentState state, long? orderId, CancellationToken cancellationToken);

    /// <summary>Every intent whose outcome is not known, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The open intents.</returns>
    ValueTask<IReadOnlyList<BinanceOrderIntent>> ReadOpenAsync(CancellationToken cancellationToken);

    /// <summary>One intent by client order id.</summary>
    /// <param name="clientOrderId">The client order id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The intent, or <see langword="null"/> when none was written.</returns>
    ValueTask<BinanceOrderIntent?> FindAsync(string clientOrderId, CancellationToken cancellationToken);
}
