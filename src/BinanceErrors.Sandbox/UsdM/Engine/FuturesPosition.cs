using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.UsdM.Engine;

/// <summary>
/// One position: signed amount (positive long, negative short; in Hedge Mode LONG is never negative and SHORT never
/// positive) and the average entry price. Exact decimals; mutable under the engine's lock.
/// </summary>
internal sealed class FuturesPosition
{
    public required string Symbol { get; init; }

    public required PositionSide Side { get; init; }

    public decimal Amount { get; set; }

    public decimal EntryPrice { get; set; }

    public long UpdateTime { get; set; }

    public decimal UnrealizedProfit(decimal markPrice) => Amount * (markPrice - EntryPrice);

    /// <summary>A copy to try fills on without touching the account (the margin check of an order).</summary>
    public FuturesPosition Clone() => new() { Symbol = Symbol, Side = Side, Amount = Amount, EntryPrice = EntryPrice, UpdateTime = UpdateTime };

    /// <summary>
    /// Applies a fill of <paramref name="signedQty"/> at <paramref name="price"/> (positive buys, negative sells) and returns
    /// the realized profit: a fill against the position closes it first at the entry price, the rest opens at the fill
    /// price, and an increase moves the entry price to the quantity-weighted average.
    /// </summary>
    public decimal Apply(decimal signedQty, decimal price, long now)
    {
        UpdateTime = now;
        if (Amount == 0 || Math.Sign(Amount) == Math.Sign(signedQty))
        {
            var total = Amount + signedQty;
            EntryPrice = ((Amount * EntryPrice) + (signedQty * price)) / total;
            Amount = total;
            return 0m;
        }

        var closing = Math.Min(Math.Abs(signedQty), Math.Abs(Amount));
        var realized = closing * (price - EntryPrice) * Math.Sign(Amount);
        var rest = signedQty + (closing * Math.Sign(Amount));
        Amount -= closing * Math.Sign(Amount);
        if (Amount == 0)
        {
            EntryPrice = 0;
        }

        if (rest != 0)
        {
            Amount = rest;
            EntryPrice = price;
        }

        return realized;
    }
}
