namespace BinanceErrors.Sandbox;

/// <summary>What became of the requests that <see cref="FaultTiming.DelayedExecution"/> faults held back.</summary>
/// <param name="Pending">Still waiting for their execution time.</param>
/// <param name="Executed">Executed late (an order placed or cancelled after the client was told it failed).</param>
/// <param name="Dropped">Dropped because the server clock was past <c>timestamp + recvWindow</c> when their time came.</param>
/// <param name="Rejected">Reached the handler late and were refused by it (e.g. a duplicate client order id).</param>
public readonly record struct DelayedExecutionCounts(int Pending, int Executed, int Dropped, int Rejected);
