using System.Globalization;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// One contract's book: the shared price-time book and matching, plus what futures add to it: the mark price, the
/// house liquidity that follows it, and the 24-hour statistics. Knows nothing about accounts: matching reports
/// fills, the engine books them on margin and positions.
/// </summary>
internal sealed class FuturesBook : PriceTimeBook<FuturesOrder>
{
    /// <summary>The account that owns the house liquidity; it has no margin and is never reported.</summary>
    public const string HouseAccount = "house";

    private const int HouseLevels = 20;
    private const decimal HouseSpacing = 0.0005m;
    private const decimal HouseNotionalPerLevel = 50_000m;

    private readonly FuturesSymbolRules _rules;
    private readonly bool _houseLiquidity;

    /// <summary>The highest mark price a symbol without a PRICE_FILTER maximum accepts: far above any price, far from overflowing margin arithmetic.</summary>
    private const decimal UnboundedMaxMark = 1_000_000_000_000m;

    public FuturesBook(FuturesSymbolRules rules, FuturesContract contract, decimal markPrice, bool houseLiquidity)
        : base(rules.Symbol, markPrice)
    {
        _rules = rules;
        Contract = contract;
        _houseLiquidity = houseLiquidity;
        var filter = rules.Price;
        var tick = filter?.TickSize ?? 0m;
        MinMarkPrice = Math.Max(Math.Max(filter?.MinPrice ?? 0m, tick), 0.00000001m);
        MaxMarkPrice = filter is { MaxPrice: > 0 } ? filter.MaxPrice : UnboundedMaxMark;
        if (MarkPriceProblem(markPrice) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(markPrice), markPrice, problem);
        }

        MarkPrice = RoundToTick(markPrice);
        LastPrice = MarkPrice;
    }

    /// <summary>The lowest mark price the symbol takes: its PRICE_FILTER minimum, at least one tick.</summary>
    public decimal MinMarkPrice { get; }

    /// <summary>The highest mark price the symbol takes: its PRICE_FILTER maximum (10^12 when it has none).</summary>
    public decimal MaxMarkPrice { get; }

    /// <summary>
    /// Why <paramref name="price"/> cannot be this symbol's mark price, or <see langword="null"/> when it can: it must
    /// be a price the symbol could trade at (within PRICE_FILTER, at least one tick), so the house liquidity, margins
    /// and triggers stay meaningful and the arithmetic cannot overflow.
    /// </summary>
    public string? MarkPriceProblem(decimal price) => price >= MinMarkPrice && price <= MaxMarkPrice
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"markPrice for {Symbol} must be from {MinMarkPrice} to {MaxMarkPrice} (its PRICE_FILTER), not {price}.");

    public FuturesSymbolRules Rules => _rules;

    /// <summary>How the symbol's quantities and prices become money.</summary>
    public FuturesContract Contract { get; }

    /// <summary>The asset the symbol's positions are margined in (USDT; the coin on COIN-M).</summary>
    public string MarginAsset => _rules.Info.MarginAsset is { Length: > 0 } asset ? asset : Contract.Inverse ? _rules.Info.BaseAsset : _rules.Info.QuoteAsset;

    public decimal MarkPrice { get; private set; }

    /// <summary>Traded volume (base, quote) and the first price since start, for ticker/24hr.</summary>
    public (decimal Volume, decimal QuoteVolume, decimal OpenPrice, decimal High, decimal Low, long Count) Stats { get; private set; }

    public decimal RoundToTick(decimal price)
    {
        var tick = _rules.Price?.TickSize ?? 0m;
        return tick > 0 ? Math.Round(price / tick, MidpointRounding.AwayFromZero) * tick : price;
    }

    /// <summary>Moves the mark price (kept within <see cref="MinMarkPrice"/> and <see cref="MaxMarkPrice"/>) and re-quotes the house liquidity around it.</summary>
    public void SetMarkPrice(decimal price)
    {
        MarkPrice = Math.Clamp(RoundToTick(price), MinMarkPrice, MaxMarkPrice);
        Requote();
    }

    /// <summary>Replaces the house quotes: twenty levels each side (enough for OPPONENT_20 and QUEUE_20), 0.05 % apart, about 50 000 USD each; never crossing a user's order.</summary>
    public void Requote()
    {
        RemoveHouse(Bids);
        RemoveHouse(Asks);
        if (!_houseLiquidity || _rules.Info.Status != ContractStatus.Trading)
        {
            return;
        }

        var step = _rules.LotSize?.StepSize is > 0 and var s ? s : 0.001m;
        var qty = Math.Max(step, Math.Floor(Contract.QuantityFor(HouseNotionalPerLevel, MarkPrice) / step) * step);
        for (var level = 1; level <= HouseLevels; level++)
        {
            var bid = RoundToTick(MarkPrice * (1 - (HouseSpacing * level)));
            var ask = RoundToTick(MarkPrice * (1 + (HouseSpacing * level)));
            if (BestAsk is not { } lowestAsk || bid < lowestAsk)
            {
                Add(House(BinanceOrderSide.Buy, bid, qty));
            }

            if (BestBid is not { } highestBid || ask > highestBid)
            {
                Add(House(BinanceOrderSide.Sell, ask, qty));
            }
        }
    }

    private FuturesOrder House(BinanceOrderSide side, decimal price, decimal qty) => new()
    {
        Symbol = Symbol,
        OrderId = 0,
        ClientOrderId = HouseAccount,
        Account = HouseAccount,
        Side = side,
        Contract = Contract,
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

    /// <summary>
    /// The price a <c>priceMatch</c> order takes at placement: the n-th best price level of the opposite side
    /// (OPPONENT, OPPONENT_5/10/20) or of its own side (QUEUE, QUEUE_5/10/20); <see langword="null"/> when the book
    /// has no such level (the exchange's -5041 "No depth matches this BBO order").
    /// </summary>
    public decimal? PriceMatchPrice(BinanceOrderSide side, string priceMatch)
    {
        var (opponent, level) = priceMatch switch
        {
            "OPPONENT" => (true, 1),
            "OPPONENT_5" => (true, 5),
            "OPPONENT_10" => (true, 10),
            "OPPONENT_20" => (true, 20),
            "QUEUE" => (false, 1),
            "QUEUE_5" => (false, 5),
            "QUEUE_10" => (false, 10),
            "QUEUE_20" => (false, 20),
            _ => throw new ArgumentOutOfRangeException(nameof(priceMatch), priceMatch, "The validator lets only the eight priceMatch values through."),
        };
        var levels = opponent ? Opposite(side) : Side(side == BinanceOrderSide.Buy);
        return levels.Count >= level ? levels.Keys.ElementAt(level - 1) : null;
    }

    /// <summary>
    /// The fills a taker would get now, without touching the book: the makers in price-time priority up to
    /// <paramref name="limit"/> (null: any price) until <paramref name="quantity"/> is filled, each at its own price,
    /// as <see cref="PriceTimeBook{TOrder}.Match"/> would fill them.
    /// </summary>
    public IEnumerable<(FuturesOrder Maker, decimal Price, decimal Quantity)> Preview(BinanceOrderSide takerSide, decimal? limit, decimal quantity)
    {
        var left = quantity;
        foreach (var (price, level) in Opposite(takerSide))
        {
            if (left <= 0 || (limit is { } l && !Crosses(takerSide, price, l)))
            {
                yield break;
            }

            foreach (var maker in level)
            {
                var qty = Math.Min(left, maker.Remaining);
                if (qty <= 0)
                {
                    break;
                }

                left -= qty;
                yield return (maker, price, qty);
            }
        }
    }

    /// <summary>Adds a fill to the 24-hour statistics.</summary>
    public void RecordTrade(decimal price, decimal qty)
    {
        var stats = Stats;
        Stats = (stats.Volume + qty, stats.QuoteVolume + (qty * price), stats.Count == 0 ? price : stats.OpenPrice,
            stats.Count == 0 ? price : Math.Max(stats.High, price), stats.Count == 0 ? price : Math.Min(stats.Low, price), stats.Count + 1);
    }
}
