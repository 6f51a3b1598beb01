using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// What an open order that may increase a position weighs in the margin arithmetic: its position side, side, the
/// quantity still open and its limit price. Reduce-only orders never increase a position and have none; nor has a
/// conditional order waiting for its trigger, which takes margin only when it enters the book.
/// </summary>
internal readonly record struct FuturesOrderExposure(string Symbol, PositionSide PositionSide, BinanceOrderSide Side, decimal Quantity, decimal Price)
{
    /// <summary>The open part of an order that may increase a position; <see langword="null"/> for a reduce-only order, a waiting conditional order or nothing left.</summary>
    public static FuturesOrderExposure? Of(FuturesOrder order, decimal remaining) =>
        order.ReduceOnly || remaining <= 0 || order.Type.IsConditional() ? null : new(order.Symbol, order.PositionSide, order.Side, remaining, order.Price);
}
