namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// The margin of one position side of one symbol (BOTH in One-way Mode, LONG or SHORT in Hedge Mode): its position's
/// initial and maintenance margin and unrealized profit at the mark price, the initial margin its open orders hold
/// (open loss included), and its exposure, the notional at the mark price of the largest position its orders could
/// build (what <c>maxNotionalValue</c> limits).
/// </summary>
internal readonly record struct FuturesPositionMargin(decimal PositionInitialMargin, decimal OpenOrderInitialMargin, decimal MaintMargin, decimal UnrealizedProfit, decimal Exposure)
{
    public decimal InitialMargin => PositionInitialMargin + OpenOrderInitialMargin;
}
