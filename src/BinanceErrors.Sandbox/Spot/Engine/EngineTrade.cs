namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>One side of a fill, as an account sees it in myTrades and in FULL order responses.</summary>
internal sealed record EngineTrade(
    string Symbol,
    long TradeId,
    long OrderId,
    string Account,
    decimal Price,
    decimal Qty,
    decimal QuoteQty,
    decimal Commission,
    string CommissionAsset,
    long Time,
    bool IsBuyer,
    bool IsMaker);
