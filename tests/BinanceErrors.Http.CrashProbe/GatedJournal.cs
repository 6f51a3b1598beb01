namespace BinanceErrors.Http.CrashProbe;

/// <summary>The real SQLite journal, stopping after the intent is durable when told to.</summary>
internal sealed class GatedJournal(IBinanceOrderJournal inner, StepGate gate) : IBinanceOrderJournal
{
    public async ValueTask RecordIntentAsync(BinanceOrderIntent intent, CancellationToken cancellationToken)
    {
        await inner.RecordIntentAsync(intent, cancellationToken);
        gate.At("after-intent");
    }

    public ValueTask RecordOutcomeAsync(string clientOrderId, BinanceOrderIntentState state, long? orderId, CancellationToken cancellationToken) =>
        inner.RecordOutcomeAsync(clientOrderId, state, orderId, cancellationToken);

    public ValueTask<IReadOnlyList<BinanceOrderIntent>> ReadOpenAsync(CancellationToken cancellationToken) => inner.ReadOpenAsync(cancellationToken);

    public ValueTask<BinanceOrderIntent?> FindAsync(string clientOrderId, CancellationToken cancellationToken) => inner.FindAsync(clientOrderId, cancellationToken);
}
