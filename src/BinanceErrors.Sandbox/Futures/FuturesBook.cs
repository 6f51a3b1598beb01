using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>
/// One contract's order book with price-time priority, its mark price and last price, and the house liquidity that
/// follows the mark price. Knows nothing about accounts: matching reports fills, the engine books them.
/// </summary>
internal sealed class FuturesBook
{
    /// <summary>The account that owns the house liquidity; it has no margin and is never reported.</summary>
    public const string HouseAccount = "house";

    private const int HouseLevels = 10;
    private const decimal HouseSpacing = 0.0005m;
    private const decimal HouseNotionalPerLevel = 50_000m;

    private readonly FuturesSymbolRules _rules;
    private readonly bool _houseLiquidity;

    public FuturesBook(FuturesSymbolRules rules, decimal markPrice, bool houseLiquidity)
    {
        _rules = rules;
        _houseLiquidity = houseLiquidity;
        MarkPrice = RoundToTick(markPrice);
        LastPrice = MarkPrice;
    }

    public string Symbol => _rules.Symbol;

    public FuturesSymbolRules Rules => _rules;

    /// <summary>Bids, best (highest) first.</summary>
    public SortedDictionary<decimal, LinkedList<FuturesOrder>> Bids { get; } = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));

    /// <summary>Asks, best (lowest) first.</summary>
    public SortedDictionary<decimal, LinkedList<FuturesOrder>> Asks { get; } = new();

    public decimal MarkPrice { get; private set; }

    public decimal LastPrice { get; set; }

    public decimal? BestBid => Bids.Count > 0 ? Bids.Keys.First() : null;

    public decimal? BestAsk => Asks.Count > 0 ? Asks.Keys.First() : null;

    /// <summary>Traded volume (base, quote) and the first price since start, for ticker/24hr.</summary>
    public (decimal Volume, decimal QuoteVolume, decimal OpenPrice, decimal High, decimal Low, long Count) Stats { get; set; }

    public long NextTradeId { get; set; } = 1;

    public decimal RoundToTick(decimal price)
    {
        var tick = _rules.Price?.TickSize ?? 0m;
        return tick > 0 ? Math.Round(price / tick, MidpointRounding.AwayFromZero) * tick : price;
    }

    /// <summary>Moves the mark price and re-quotes the house liquidity around it.</summary>
    public void SetMarkPrice(decimal price)
    {
        MarkPrice = RoundToTick(price);
        Requote();
    }

    /// <summary>Replaces the house quotes: ten levels each side, 0.05 % apart, about 50 000 USDT each; never crossing a user's order.</summary>
    public void Requote()
    {
        RemoveHouse(Bids);
        RemoveHouse(Asks);
        if (!_houseLiquidity || _rules.Info.Status != ContractStatus.Trading)
        {
            return;
        }

        var step = _rules.LotSize?.StepSize is > 0 and var s ? s : 0.001m;
        var qty = Math.Max(step, Math.Floor(HouseNotionalPerLevel / MarkPrice / step) * step);
        for (var level = 1; level <= HouseLevels; level++)
        {
            var bid = RoundToTick(MarkPrice * (1 - (HouseSpacing * level)));
            var ask = RoundToTick(MarkPrice * (1 + (HouseSpacing * level)));
            if (BestAsk is not { } lowestAsk || bid < lowestAsk)
            {
                Add(House(OrderSide.Buy, bid, qty));
            }

            if (BestBid is not { } highestBid || ask > highestBid)
            {
                Add(House(OrderSide.Sell, ask, qty));
            }
        }
    }

    private FuturesOrder House(OrderSide side, decimal price, decimal qty) => new()
    {
        Symbol = Symbol,
        OrderId = 0,
        ClientOrderId = HouseAccount,
        Account = HouseAccount,
        Side = side,
        Type = FuturesOrderType.Limit,
        Price = price,
        OrigQty = qty,
    };

    private static void RemoveHouse(SortedDictionary<decimal, LinkedList<FuturesOrder>> side)
    {
        foreach (var (price, level) in side.ToArray())
        {
            var node = level.First;
            while (node is not null)
            {
                var next = node.Next;
                if (node.Value.Account == HouseAccount)
                {
                    level.Remove(node);
                }

                node = next;
            }

            if (level.Count == 0)
            {
                side.Remove(price);
            }
        }
    }

    public void Add(FuturesOrder order)
    {
        var side = order.Side == OrderSide.Buy ? Bids : Asks;
        if (!side.TryGetValue(order.Price, out var level))
        {
            level = new LinkedList<FuturesOrder>();
            side[order.Price] = level;
        }

        level.AddLast(order);
    }

    public bool Remove(FuturesOrder order)
    {
        var side = order.Side == OrderSide.Buy ? Bids : Asks;
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

    /// <summary>Whether an order at <paramref name="price"/> (null: market) would take liquidity now.</summary>
    public bool WouldTake(OrderSide side, decimal? price) => side == OrderSide.Buy
        ? BestAsk is { } ask && (price is null || price >= ask)
        : BestBid is { } bid && (price is null || price <= bid);

    /// <summary>The quantity available to a taker up to <paramref name="price"/> (null: any price).</summary>
    public decimal Available(OrderSide side, decimal? price)
    {
        decimal total = 0;
        foreach (var (levelPrice, level) in side == OrderSide.Buy ? Asks : Bids)
        {
            if (price is { } limit && (side == OrderSide.Buy ? levelPrice > limit : levelPrice < limit))
            {
                break;
            }

            total += level.Sum(o => o.Remaining);
        }

        return total;
    }

    /// <summary>
    /// Takes liquidity for <paramref name="taker"/> up to <paramref name="maxQty"/> at its limit (or any price), in
    /// price-time order; fills are at the maker's price. Makers are updated and removed when filled; the taker is not.
    /// </summary>
    public List<(FuturesOrder Maker, decimal Price, decimal Qty)> Take(FuturesOrder taker, decimal? limit, decimal maxQty)
    {
        var fills = new List<(FuturesOrder, decimal, decimal)>();
        var book = taker.Side == OrderSide.Buy ? Asks : Bids;
        var wanted = maxQty;
        while (wanted > 0 && book.Count > 0)
        {
            var (price, level) = book.First();
            if (limit is { } l && (taker.Side == OrderSide.Buy ? price > l : price < l))
            {
                break;
            }

            var maker = level.First!.Value;
            var qty = Math.Min(wanted, maker.Remaining);
            maker.ExecutedQty += qty;
            maker.CumQuote += qty * price;
            if (maker.Remaining == 0)
            {
                level.RemoveFirst();
                if (level.Count == 0)
                {
                    book.Remove(price);
                }
            }

            wanted -= qty;
            fills.Add((maker, price, qty));
            LastPrice = price;
            var stats = Stats;
            Stats = (stats.Volume + qty, stats.QuoteVolume + (qty * price), stats.Count == 0 ? price : stats.OpenPrice,
                stats.Count == 0 ? price : Math.Max(stats.High, price), stats.Count == 0 ? price : Math.Min(stats.Low, price), stats.Count + 1);
        }

        return fills;
    }
}
