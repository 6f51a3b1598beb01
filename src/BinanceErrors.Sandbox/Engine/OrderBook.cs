namespace BinanceErrors.Sandbox.Engine;

/// <summary>One symbol's resting orders with price-time priority, its waiting stops and its last trade.</summary>
internal sealed class OrderBook
{
    public OrderBook(string symbol, decimal referencePrice)
    {
        Symbol = symbol;
        LastPrice = referencePrice;
        ReferencePrice = referencePrice;
    }

    public string Symbol { get; }

    /// <summary>Bids, best (highest) first.</summary>
    public SortedDictionary<decimal, LinkedList<EngineOrder>> Bids { get; } = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));

    /// <summary>Asks, best (lowest) first.</summary>
    public SortedDictionary<decimal, LinkedList<EngineOrder>> Asks { get; } = new();

    public List<EngineOrder> Stops { get; } = [];

    public decimal LastPrice { get; set; }

    public decimal ReferencePrice { get; }

    public long NextTradeId { get; set; } = 1;

    /// <summary>Recent trade prices and quantities for the average price.</summary>
    public Queue<(long Time, decimal Price, decimal Qty)> RecentTrades { get; } = new();

    public SortedDictionary<decimal, LinkedList<EngineOrder>> Side(bool bids) => bids ? Bids : Asks;

    public decimal? BestBid => Bids.Count > 0 ? Bids.Keys.First() : null;

    public decimal? BestAsk => Asks.Count > 0 ? Asks.Keys.First() : null;

    public void Add(EngineOrder order)
    {
        var side = Side(order.Side == Preflight.BinanceOrderSide.Buy);
        if (!side.TryGetValue(order.Price, out var level))
        {
            level = new LinkedList<EngineOrder>();
            side[order.Price] = level;
        }

        level.AddLast(order);
    }

    public bool Remove(EngineOrder order)
    {
        var side = Side(order.Side == Preflight.BinanceOrderSide.Buy);
        if (!side.TryGetValue(order.Price, out var level) || !level.Remove(order))
        {
            return Stops.Remove(order);
        }

        if (level.Count == 0)
        {
            side.Remove(order.Price);
        }

        return true;
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
