using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.UsdM.Engine;

/// <summary>One side of a futures fill, as <c>GET /fapi/v1/userTrades</c> reports it.</summary>
internal sealed record FuturesTrade(
    string Symbol,
    long Id,
    long OrderId,
    string Account,
    BinanceOrderSide Side,
    PositionSide PositionSide,
    decimal Price,
    decimal Qty,
    decimal RealizedPnl,
    decimal Commission,
    long Time,
    bool IsMaker)
{
    public decimal QuoteQty => Price * Qty;
}
