namespace BinanceErrors.Preflight.Futures;

/// <summary>A futures order moved onto the symbol's grids, with every change listed.</summary>
/// <typeparam name="TRequest"><see cref="FuturesOrderRequest"/> or <see cref="FuturesAlgoOrderRequest"/>.</typeparam>
/// <param name="Order">The adjusted parameters.</param>
/// <param name="Changes">What changed and why; empty when the order was already on the grids.</param>
public sealed record FuturesNormalizedOrder<TRequest>(TRequest Order, IReadOnlyList<OrderChange> Changes)
    where TRequest : struct
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => Changes.Count > 0;
}
