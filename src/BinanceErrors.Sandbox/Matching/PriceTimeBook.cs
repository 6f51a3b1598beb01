using BinanceErrors.Preflight;

namespace BinanceErrors.Sandbox.Matching;

/// <summary>
/// One symbol's resting orders in price-time priority and the matching both venues share: a taker meets the best
/// price first and, at one price, the oldest order first; every fill is at the maker's price; a maker leaves the book
/// when nothing is left of it. What a fill means for an account (balances, margin, positions, commission) is the
/// caller's: the book only reports it.
/// </summary>
/// <typeparam name="TOrder">The venue's order type.</typeparam>
internal class PriceTimeBook<TOrder>
    where TOrder : class, IBookOrder
{
    public PriceTimeBook(string symbol, decimal lastPrice)
    {
        Symbol = symbol;
        LastPrice = lastPrice;
    }

    public string Symbol { get; }

    /// <summary>Bids, best (highest) first; each level oldest first.</summary>
    public SortedDictionary<decimal, LinkedList<TOrder>> Bids { get; } = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));

    /// <summary>Asks, best (lowest) first; each level oldest first.</summary>
    public SortedDictionary<decimal, LinkedList<TOrder>> Asks { get; } = new();

    /// <summary>The price of the last fill (the starting price before any).</summary>
    public decimal LastPrice { get; set; }

    public long NextTradeId { get; set; } = 1;

    public decimal? BestBid => Bids.Count > 0 ? Bids.Keys.First() : null;

    public decimal? BestAsk => Asks.Count > 0 ? Asks.Keys.First() : null;

    public SortedDictionary<decimal, LinkedList<TOrder>> Side(bool bids) => bids ? Bids : Asks;

    /// <summary>The side a taker on <paramref name="takerSide"/> trades against: asks for a buy, bids for a sell.</summary>
    public SortedDictionary<decimal, LinkedList<TOrder>> Opposite(BinanceOrderSide takerSide) => takerSide == BinanceOrderSide.Buy ? Asks : Bids;

    /// <summary>Whether a taker with limit <paramref name="limit"/> reaches a maker at <paramref name="price"/>.</summary>
    public static bool Crosses(BinanceOrderSide takerSide, decimal price, decimal limit) =>
        takerSide == BinanceOrderSide.Buy ? price <= limit : price >= limit;

    /// <summary>Rests an order behind every order already at its price.</summary>
    public void Add(TOrder order)
    {
        var side = Side(order.Side == BinanceOrderSide.Buy);
        if (!side.TryGetValue(order.Price, out var level))
        {
            level = new LinkedList<TOrder>();
            side[order.Price] = level;
        }

        level.AddLast(order);
    }

    /// <summary>Takes an order off the book; false when it was not resting.</summary>
    public virtual bool Remove(TOrder order)
    {
        var side = Side(order.Side == BinanceOrderSide.Buy);
        if (!side.TryGetValue(order.Price, out var level) || !level.Remove(order))
        {
            return false;
        }

        if (level.Count == 0)
        {
            side.Remove(order.Price);
        }

        return true;
    }

    /// <summary>Whether an order at <paramref name="limit"/> (null: market) would take liquidity now.</summary>
    public bool WouldTake(BinanceOrderSide takerSide, decimal? limit) => takerSide == BinanceOrderSide.Buy
        ? BestAsk is { } ask && (limit is null || ask <= limit)
        : BestBid is { } bid && (limit is null || bid >= limit);

    /// <summary>
    /// The quantity a taker could fill up to <paramref name="limit"/> (null: any price), counting only the makers
    /// <paramref name="counts"/> accepts (all when null): what fill-or-kill checks before it takes anything.
    /// </summary>
    public decimal Available(BinanceOrderSide takerSide, decimal? limit, Func<TOrder, bool>? counts = null)
    {
        decimal total = 0;
        foreach (var (price, level) in Opposite(takerSide))
        {
            if (limit is { } l && !Crosses(takerSide, price, l))
            {
                break;
            }

            total += counts is null ? level.Sum(o => o.Remaining) : level.Where(counts).Sum(o => o.Remaining);
        }

        return total;
    }

    /// <summary>
    /// Prices a market order before it runs: walks the makers a taker would meet and returns the base filled and the
    /// quote paid for <paramref name="amount"/> of base, or (by quote) the base that <paramref name="amount"/> of quote buys.
    /// </summary>
    public (decimal Base, decimal Quote) Walk(BinanceOrderSide takerSide, decimal amount, bool byQuote)
    {
        decimal baseQty = 0, quote = 0;
        foreach (var (price, level) in Opposite(takerSide))
        {
            foreach (var maker in level)
            {
                var remainingAmount = byQuote ? amount - quote : amount - baseQty;
                if (remainingAmount <= 0)
                {
                    return (baseQty, quote);
                }

                var qty = byQuote ? Math.Min(maker.Remaining, remainingAmount / price) : Math.Min(maker.Remaining, remainingAmount);
                baseQty += qty;
                quote += qty * price;
            }
        }

        return (baseQty, quote);
    }

    /// <summary>
    /// Matches a taker against the opposite side in price-time priority, up to <paramref name="limit"/> (null: any
    /// price). For each best maker <paramref name="decide"/> says how much to fill (or to stop, or to withdraw the
    /// maker); the book executes the maker at its own price, moves the last price, takes a filled maker off the book,
    /// then reports the fill to <paramref name="filled"/> (maker, price, quantity), which books it on the taker and the accounts.
    /// </summary>
    public void Match(BinanceOrderSide takerSide, decimal? limit, Func<TOrder, decimal, MatchDecision> decide, Action<TOrder, decimal, decimal> filled)
    {
        var opposite = Opposite(takerSide);
        while (opposite.Count > 0)
        {
            var (price, level) = opposite.First();
            if (limit is { } l && !Crosses(takerSide, price, l))
            {
                return;
            }

            var maker = level.First!.Value;
            var decision = decide(maker, price);
            switch (decision.Action)
            {
                case MatchAction.Stop:
                    return;
                case MatchAction.Withdraw:
                    Remove(maker);
                    continue;
            }

            var qty = Math.Min(decision.Quantity, maker.Remaining);
            maker.Execute(qty, price);
            LastPrice = price;
            if (maker.Remaining <= 0)
            {
                Remove(maker);
            }

            filled(maker, price, qty);
        }
    }
}
