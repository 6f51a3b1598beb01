using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>One side of a futures fill, as <c>userTrades</c> reports it; <see cref="Value"/> is its quoteQty (USDⓈ-M) or baseQty (COIN-M), in the margin asset as its commission.</summary>
internal sealed record FuturesTrade(
    string Symbol,
    long Id,
    long OrderId,
    string Account,
    BinanceOrderSide Side,
    PositionSide PositionSide,
    decimal Price,
    decimal Qty,
    decimal Value,
    string MarginAsset,
    decimal RealizedPnl,
    decimal Commission,
    long Time,
    bool IsMaker);
