using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Spot.Engine;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The price-time book and matching both venues share: best price first, oldest first at one price, fills at the
/// maker's price, partial fills that leave the rest resting, a limit that stops the walk, and the fill-or-kill count.
/// </summary>
public sealed class PriceTimeBookTests
{
    private long _nextId = 1;

    [Fact]
    public void A_buy_takes_the_lowest_ask_first_and_pays_the_makers_prices()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        var far = Rest(book, "a", BinanceOrderSide.Sell, 102m, 1m);
        var near = Rest(book, "b", BinanceOrderSide.Sell, 101m, 1m);

        var fills = MatchAll(book, BinanceOrderSide.Buy, limit: 105m, quantity: 1.5m);

        fills.ShouldBe([(near.OrderId, 101m, 1m), (far.OrderId, 102m, 0.5m)]);
        near.Remaining.ShouldBe(0m);
        far.Remaining.ShouldBe(0.5m);
        far.CumulativeQuoteQty.ShouldBe(51m);
        book.Asks.Keys.ShouldBe([102m]);
        book.LastPrice.ShouldBe(102m);
    }

    [Fact]
    public void At_one_price_the_oldest_order_fills_first_and_a_partially_filled_maker_keeps_its_place()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        var first = Rest(book, "a", BinanceOrderSide.Buy, 99m, 2m);
        var second = Rest(book, "b", BinanceOrderSide.Buy, 99m, 2m);

        MatchAll(book, BinanceOrderSide.Sell, limit: 99m, quantity: 1m).ShouldBe([(first.OrderId, 99m, 1m)]);
        MatchAll(book, BinanceOrderSide.Sell, limit: 99m, quantity: 1.5m).ShouldBe([(first.OrderId, 99m, 1m), (second.OrderId, 99m, 0.5m)]);

        book.Bids[99m].ShouldBe([second]);
        second.Remaining.ShouldBe(1.5m);
    }

    [Fact]
    public void A_limit_stops_the_walk_and_what_is_left_is_the_takers()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        Rest(book, "a", BinanceOrderSide.Sell, 101m, 1m);
        var beyond = Rest(book, "a", BinanceOrderSide.Sell, 103m, 1m);

        book.WouldTake(BinanceOrderSide.Buy, 100m).ShouldBeFalse();
        book.WouldTake(BinanceOrderSide.Buy, 101m).ShouldBeTrue();
        book.WouldTake(BinanceOrderSide.Buy, null).ShouldBeTrue();
        book.WouldTake(BinanceOrderSide.Sell, null).ShouldBeFalse();

        var fills = MatchAll(book, BinanceOrderSide.Buy, limit: 102m, quantity: 5m);

        fills.Sum(f => f.Qty).ShouldBe(1m);
        book.Asks.Keys.ShouldBe([103m]);
        beyond.ExecutedQty.ShouldBe(0m);
    }

    [Fact]
    public void A_market_taker_walks_every_level_until_the_book_is_empty()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        Rest(book, "a", BinanceOrderSide.Buy, 99m, 1m);
        Rest(book, "b", BinanceOrderSide.Buy, 90m, 1m);

        var fills = MatchAll(book, BinanceOrderSide.Sell, limit: null, quantity: 10m);

        fills.Select(f => f.Price).ShouldBe([99m, 90m]);
        book.Bids.ShouldBeEmpty();
        book.BestBid.ShouldBeNull();
        book.LastPrice.ShouldBe(90m);
    }

    [Fact]
    public void Fill_or_kill_counts_only_the_makers_it_may_trade_with_up_to_its_limit()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        Rest(book, "me", BinanceOrderSide.Sell, 101m, 3m);
        Rest(book, "other", BinanceOrderSide.Sell, 101m, 1m);
        Rest(book, "other", BinanceOrderSide.Sell, 104m, 5m);

        book.Available(BinanceOrderSide.Buy, 102m).ShouldBe(4m);
        book.Available(BinanceOrderSide.Buy, 102m, o => o.Account != "me").ShouldBe(1m);
        book.Available(BinanceOrderSide.Buy, null).ShouldBe(9m);
    }

    [Fact]
    public void A_withdrawn_maker_leaves_the_book_without_a_trade_and_the_next_one_is_offered()
    {
        var book = new OrderBook("BTCUSDT", 100m);
        var own = Rest(book, "me", BinanceOrderSide.Sell, 101m, 1m);
        var other = Rest(book, "other", BinanceOrderSide.Sell, 101m, 1m);
        var fills = new List<long>();

        book.Match(BinanceOrderSide.Buy, 101m, (maker, _) => maker.Account == "me" ? MatchDecision.Withdraw : MatchDecision.Fill(1m), (maker, _, _) => fills.Add(maker.OrderId));

        fills.ShouldBe([other.OrderId]);
        own.ExecutedQty.ShouldBe(0m);
        book.Asks.ShouldBeEmpty();
    }

    [Fact]
    public void Futures_orders_match_in_the_same_book_with_the_same_priority()
    {
        var rules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse(SandboxServer.DefaultFuturesExchangeInfoJson())).Symbols.First(s => s.Symbol == "BTCUSDT");
        var book = new FuturesBook(rules, FuturesContract.Linear, 30_000m, houseLiquidity: false);
        var older = FuturesRest(book, BinanceOrderSide.Sell, 30_010m, 0.5m);
        var newer = FuturesRest(book, BinanceOrderSide.Sell, 30_010m, 0.5m);
        var better = FuturesRest(book, BinanceOrderSide.Sell, 30_005m, 0.2m);
        var fills = new List<(long OrderId, decimal Price, decimal Qty)>();
        decimal wanted = 0.9m;

        book.Match(BinanceOrderSide.Buy, 30_010m, (maker, _) => MatchDecision.Fill(Math.Min(wanted, maker.Remaining)), (maker, price, qty) =>
        {
            wanted -= qty;
            fills.Add((maker.OrderId, price, qty));
        });

        fills.ShouldBe([(better.OrderId, 30_005m, 0.2m), (older.OrderId, 30_010m, 0.5m), (newer.OrderId, 30_010m, 0.2m)]);
        newer.Remaining.ShouldBe(0.3m);
        newer.CumValue.ShouldBe(6_002m);
        book.LastPrice.ShouldBe(30_010m);
    }

    private List<(long OrderId, decimal Price, decimal Qty)> MatchAll(OrderBook book, BinanceOrderSide side, decimal? limit, decimal quantity)
    {
        var fills = new List<(long, decimal, decimal)>();
        var left = quantity;
        book.Match(side, limit, (maker, _) => MatchDecision.Fill(Math.Min(left, maker.Remaining)), (maker, price, qty) =>
        {
            left -= qty;
            fills.Add((maker.OrderId, price, qty));
        });
        return fills;
    }

    private EngineOrder Rest(OrderBook book, string account, BinanceOrderSide side, decimal price, decimal qty)
    {
        var order = new EngineOrder
        {
            Symbol = book.Symbol,
            OrderId = _nextId++,
            ClientOrderId = $"c{_nextId}",
            Account = account,
            Side = side,
            Type = BinanceOrderType.Limit,
            OriginalType = BinanceOrderType.Limit,
            TimeInForce = BinanceTimeInForce.Gtc,
            Price = price,
            OrigQty = qty,
        };
        book.Add(order);
        return order;
    }

    private FuturesOrder FuturesRest(FuturesBook book, BinanceOrderSide side, decimal price, decimal qty)
    {
        var order = new FuturesOrder
        {
            Symbol = book.Symbol,
            OrderId = _nextId++,
            ClientOrderId = $"c{_nextId}",
            Account = "trader",
            Side = side,
            Contract = FuturesContract.Linear,
            Type = FuturesOrderType.Limit,
            Price = price,
            OrigQty = qty,
        };
        book.Add(order);
        return order;
    }
}
