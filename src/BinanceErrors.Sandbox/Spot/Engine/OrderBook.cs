using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// One Spot symbol's book: the shared price-time book and matching, plus what Spot adds to it: the stops waiting for
/// a trade to trigger them, the recent trades the average price is taken from, and the symbol's reference price and
/// Price Range Execution Rule.
/// </summary>
internal sealed class OrderBook : PriceTimeBook<EngineOrder>
{
    public OrderBook(string symbol, decimal seedPrice)
        : base(symbol, seedPrice)
    {
        SeedPrice = seedPrice;
    }

    public List<EngineOrder> Stops { get; } = [];

    /// <summary>The price the house liquidity is seeded around (<see cref="SandboxOptions.SeedPrices"/>).</summary>
    public decimal SeedPrice { get; }

    /// <summary>Whether the house liquidity has been seeded (a symbol that starts halted is seeded when it opens).</summary>
    public bool Seeded { get; set; }

    /// <summary>
    /// The exchange's reference price (Price Range Execution Rule, CHANGELOG 2026-03-09): <see langword="null"/> when
    /// it is not set. PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL and NOTIONAL use it instead of the average
    /// price when it is set (CHANGELOG 2026-05-06, effective 2026-05-08).
    /// </summary>
    public decimal? ReferencePrice { get; set; }

    /// <summary>Whether a reference price was ever set: never → <c>-2043</c>; set, then cleared → <c>"referencePrice": null</c>.</summary>
    public bool ReferencePriceEverSet { get; set; }

    /// <summary>The symbol's Price Range Execution Rule, if it has one.</summary>
    public PriceRangeRule? PriceRange { get; set; }

    /// <summary>
    /// The prices a taker on <paramref name="side"/> may execute at, set when it enters its taker phase: reference price
    /// × the side's multipliers; an unset bound (no rule, no reference price, or no multiplier) is not enforced.
    /// </summary>
    public (decimal? Min, decimal? Max) ExecutionBounds(BinanceOrderSide side)
    {
        if (ReferencePrice is not { } reference || PriceRange is not { } rule)
        {
            return (null, null);
        }

        var (down, up) = side == BinanceOrderSide.Buy ? (rule.BidLimitMultDown, rule.BidLimitMultUp) : (rule.AskLimitMultDown, rule.AskLimitMultUp);
        return (reference * down, reference * up);
    }

    /// <summary>Recent trade prices and quantities for the average price.</summary>
    public Queue<(long Time, decimal Price, decimal Qty)> RecentTrades { get; } = new();

    /// <summary>Takes an order off the book, or out of the waiting stops.</summary>
    public override bool Remove(EngineOrder order) => base.Remove(order) || Stops.Remove(order);

    /// <summary>Remembers a trade for the average price (the last thousand).</summary>
    public void RecordTrade(long now, decimal price, decimal qty)
    {
        RecentTrades.Enqueue((now, price, qty));
        while (RecentTrades.Count > 1000)
        {
            RecentTrades.Dequeue();
        }
    }

    /// <summary>The volume-weighted price of the last minutes' trades, or the last price when there were none.</summary>
    public decimal AveragePrice(long now, int minutes)
    {
        var since = now - (minutes * 60_000L);
        decimal quote = 0, qty = 0;
        foreach (var (time, price, amount) in RecentTrades)
        {
            if (time >= since)
            {
                quote += price * amount;
                qty += amount;
            }
        }

        return qty > 0 ? quote / qty : LastPrice;
    }
}
