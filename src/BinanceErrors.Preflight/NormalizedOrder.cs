namespace BinanceErrors.Preflight;

/// <summary>An order moved onto the symbol's grids, with every change listed.</summary>
/// <param name="Order">The adjusted parameters.</param>
/// <param name="Changes">What changed and why; empty when the order was already on the grids.</param>
public sealed record NormalizedOrder(OrderRequest Order, IReadOnlyList<OrderChange> Changes)
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => Changes.Count > 0;
}
