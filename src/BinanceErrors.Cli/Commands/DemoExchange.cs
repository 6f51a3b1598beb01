using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The transport dimension of <c>demo</c>: sends an order's requests over REST or the WebSocket API, both with the
/// pipeline's guarantees (limits, halts, safe retries, look-ups by client order id), and settles what they could not
/// through <see cref="Recovery"/>, the rule used after a crash.
/// </summary>
internal abstract class DemoExchange : IAsyncDisposable
{
    /// <summary>Where orders go, for the run's header.</summary>
    public abstract Uri Address { get; }

    /// <summary>Settles journalled intents by client order id (over REST: WebSocket intents are journalled as their REST twins).</summary>
    public abstract BinanceOrderRecovery Recovery { get; }

    /// <summary>Sends one request. Throws what the pipeline throws: <see cref="BinanceRateLimitException"/> when refused before sending, <see cref="BinanceExecutionUnknownException"/> when an order's outcome stayed unknown.</summary>
    public abstract Task<DemoAnswer> SendAsync(DemoRoute route, IReadOnlyList<KeyValuePair<string, string>> parameters, RequestIntent intent, CancellationToken cancellationToken);

    /// <summary>Opens what must be open before the first order (the WebSocket connection).</summary>
    public virtual Task ConnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();
}
