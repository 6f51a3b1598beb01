using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// One position: signed amount (positive long, negative short; in Hedge Mode LONG is never negative and SHORT never
/// positive) and the average entry price; its money is its <see cref="FuturesContract"/>'s (linear or inverse). Exact
/// decimals; mutable under the engine's lock.
/// </summary>
internal sealed class FuturesPosition
{
    public required string Symbol { get; init; }

    public required PositionSide Side { get; init; }

    /// <summary>How the symbol's quantities and prices become money.</summary>
    public required FuturesContract Contract { get; init; }

    public decimal Amount { get; set; }

    public decimal EntryPrice { get; set; }

    /// <summary>The commission paid on the fills that built the open position (a closed part takes its share away).</summary>
    public decimal OpenCommission { get; set; }

    public long UpdateTime { get; set; }

    /// <summary>The profit realized on this position so far, before fees (ACCOUNT_UPDATE's <c>cr</c>).</summary>
    public decimal AccumulatedRealized { get; set; }

    /// <summary>
    /// The price at which closing the position gets back what opening it cost: the entry price moved by the
    /// commission paid to open it (up for a long, down for a short), as Binance's <c>breakEvenPrice</c>; 0 when flat.
    /// </summary>
    public decimal BreakEvenPrice => Contract.BreakEvenPrice(Amount, EntryPrice, OpenCommission);

    public decimal UnrealizedProfit(decimal markPrice) => Contract.Profit(Amount, EntryPrice, markPrice);

    /// <summary>The position's notional at <paramref name="price"/> in the margin asset, signed as the amount.</summary>
    public decimal Notional(decimal price) => Contract.Value(Amount, price);

    /// <summary>A copy to try fills on without touching the account (the margin check of an order).</summary>
    public FuturesPosition Clone() => new() { Symbol = Symbol, Side = Side, Contract = Contract, Amount = Amount, EntryPrice = EntryPrice, OpenCommission = OpenCommission, UpdateTime = UpdateTime, AccumulatedRealized = AccumulatedRealized };

    /// <summary>
    /// Applies a fill of <paramref name="signedQty"/> at <paramref name="price"/> (positive buys, negative sells) that
    /// cost <paramref name="commission"/> and returns the realized profit: a fill against the position closes it first
    /// at the entry price, the rest opens at the fill price, and an increase moves the entry price to the average
    /// (quantity-weighted for linear contracts, harmonic for inverse ones). The commission of the part that opens stays with the position (its break-even price).
    /// </summary>
    public decimal Apply(decimal signedQty, decimal price, decimal commission, long now)
    {
        UpdateTime = now;
        if (Amount == 0 || Math.Sign(Amount) == Math.Sign(signedQty))
        {
            var total = Amount + signedQty;
            EntryPrice = Contract.AveragePrice(total, Contract.Value(Amount, EntryPrice) + Contract.Value(signedQty, price));
            Amount = total;
            OpenCommission += commission;
            return 0m;
        }

        var closing = Math.Min(Math.Abs(signedQty), Math.Abs(Amount));
        var realized = Contract.Profit(closing * Math.Sign(Amount), EntryPrice, price);
        AccumulatedRealized += realized;
        var rest = signedQty + (closing * Math.Sign(Amount));
        OpenCommission -= OpenCommission * closing / Math.Abs(Amount);
        Amount -= closing * Math.Sign(Amount);
        if (Amount == 0)
        {
            EntryPrice = 0;
            OpenCommission = 0;
        }

        if (rest != 0)
        {
            Amount = rest;
            EntryPrice = price;
            OpenCommission = commission * Math.Abs(rest) / Math.Abs(signedQty);
        }

        return realized;
    }
}
