using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// One Spot symbol's book: the shared price-time book and matching, plus what Spot adds to it: the stops waiting for
/// a trade to trigger them and the recent trades the average price is taken from.
/// </summary>
internal sealed class OrderBook : PriceTimeBook<EngineOrder>
{
    public OrderBook(string symbol, decimal referencePrice)
        : base(symbol, referencePrice)
    {
        ReferencePrice = referencePrice;
    }

    public List<EngineOrder> Stops { get; } = [];

    public decimal ReferencePrice { get; }

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
