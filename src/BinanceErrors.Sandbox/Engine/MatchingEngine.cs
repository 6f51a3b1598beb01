using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Internal;

namespace BinanceErrors.Sandbox.Engine;

/// <summary>
/// The sandbox's exchange: per-symbol price-time books, stops triggered by trades, accounts with free and locked
/// balances, fills with commission. One lock guards everything, so concurrent requests never lose or duplicate an
/// accepted order.
/// </summary>
internal sealed partial class MatchingEngine
{
    public const string HouseAccount = "house";

    private readonly object _gate = new();
    private readonly ExchangeRules _rules;
    private readonly CatalogMessages _messages;
    private readonly decimal _commissionRate;
    private readonly Dictionary<string, OrderBook> _books = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, (decimal Free, decimal Locked)>> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Symbol), List<EngineOrder>> _orders = [];
    private readonly Dictionary<(string Account, string Symbol), List<EngineTrade>> _trades = [];

    // Open orders only, so per-order checks cost what the open book costs, not the whole history.
    private readonly Dictionary<(string Account, string Symbol), HashSet<EngineOrder>> _open = [];
    private readonly List<EngineOrder> _accepted = [];
    private long _nextOrderId = 1;
    private long _clientIdCounter;

    public MatchingEngine(ExchangeRules rules, CatalogMessages messages, IReadOnlyDictionary<string, decimal> referencePrices, decimal commissionRate, bool seedLiquidity, long now)
    {
        _rules = rules;
        _messages = messages;
        _commissionRate = commissionRate;
        foreach (var symbol in rules.Symbols)
        {
            var reference = referencePrices.TryGetValue(symbol.Symbol, out var price) ? price : 1m;
            var book = new OrderBook(symbol.Symbol, reference);
            _books[symbol.Symbol] = book;
            if (seedLiquidity && symbol.Info.Status == SymbolStatus.Trading)
            {
                Seed(symbol, book, now);
            }
        }
    }

    public ExchangeRules Rules => _rules;

    public void OpenAccount(string account, IReadOnlyDictionary<string, decimal> balances)
    {
        lock (_gate)
        {
            _balances[account] = balances.ToDictionary(b => b.Key, b => (b.Value, 0m), StringComparer.Ordinal);
        }
    }

    /// <summary>Deterministic house liquidity: 20 levels each side, 0.01% apart, growing size away from the touch.</summary>
    private void Seed(SymbolRules symbol, OrderBook book, long now)
    {
        var tick = symbol.Price?.TickSize is > 0 ? symbol.Price.TickSize : 0.00000001m;
        var step = symbol.LotSize?.StepSize is > 0 ? symbol.LotSize.StepSize : 0.00000001m;
        var minNotional = Math.Max(symbol.Notional?.MinNotional ?? 0, symbol.MinNotional?.MinNotional ?? 0);
        for (var level = 1; level <= 20; level++)
        {
            foreach (var side in new[] { BinanceOrderSide.Buy, BinanceOrderSide.Sell })
            {
                var offset = book.ReferencePrice * 0.0001m * level;
                var raw = side == BinanceOrderSide.Buy ? book.ReferencePrice - offset : book.ReferencePrice + offset;
                var price = OrderNormalizer.Round(raw, tick, side == BinanceOrderSide.Buy ? RoundingDirection.Down : RoundingDirection.Up);
                var notional = Math.Max(minNotional * 20m, 1000m) * level;
                var qty = OrderNormalizer.Round(notional / price, step, RoundingDirection.Up);
                var order = new EngineOrder
                {
                    Symbol = book.Symbol,
                    OrderId = _nextOrderId++,
                    ClientOrderId = $"house-{book.Symbol}-{side}-{level}",
                    Account = HouseAccount,
                    Side = side,
                    Type = BinanceOrderType.Limit,
                    OriginalType = BinanceOrderType.Limit,
                    TimeInForce = BinanceTimeInForce.Gtc,
                    Price = price,
                    OrigQty = qty,
                    Time = now,
                    UpdateTime = now,
                    WorkingTime = now,
                    IsWorking = true,
                };
                book.Add(order);
            }
        }
    }

    public bool TryGetBook(string symbol, out OrderBook book) => _books.TryGetValue(symbol, out book!);

    /// <summary>
    /// Runs checks and a placement as one step under the engine lock (it is re-entrant), so a context-dependent
    /// filter such as MAX_NUM_ORDERS sees the same open orders the placement adds to.
    /// </summary>
    public T Atomically<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Runs a read under the engine lock.</summary>
    public T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    public IReadOnlyList<EngineOrder> AcceptedOrders()
    {
        lock (_gate)
        {
            return [.. _accepted];
        }
    }

    public MarketContext Context(string account, string symbol, long now)
    {
        lock (_gate)
        {
            if (!_books.TryGetValue(symbol, out var book))
            {
                return default;
            }

            var open = OpenOrdersCore(account, symbol);
            var all = _open.Where(p => p.Key.Account == account).SelectMany(p => p.Value).ToArray();
            var rules = _rules.TryGetSymbol(symbol, out var r) ? r : null;
            var baseAsset = rules?.Info.BaseAsset ?? string.Empty;
            var balance = Balance(account, baseAsset);
            var avgMinutes = rules?.PercentPriceBySide?.AvgPriceMins ?? rules?.PercentPrice?.AvgPriceMins ?? 5;
            return new MarketContext
            {
                ReferencePrice = book.AveragePrice(now, avgMinutes),
                LastPrice = book.LastPrice,
                BestBid = book.BestBid,
                BestAsk = book.BestAsk,
                OpenOrders = open.Count,
                OpenAlgoOrders = open.Count(o => o.IsAlgo),
                OpenIcebergOrders = open.Count(o => o.IcebergQty > 0),
                ExchangeOpenOrders = all.Length,
                ExchangeOpenAlgoOrders = all.Count(o => o.IsAlgo),
                ExchangeOpenIcebergOrders = all.Count(o => o.IcebergQty > 0),
                Position = balance.Free + balance.Locked + open.Where(o => o.Side == BinanceOrderSide.Buy).Sum(o => o.Remaining),
            };
        }
    }

    /// <summary>Places a validated order: balance and duplicate checks, locking, matching, and stop triggers.</summary>
    public (EngineOrder Order, IReadOnlyList<EngineTrade> Fills) Place(string account, string symbol, ParsedOrder parsed, string? clientOrderId, string stpMode, long now, bool test = false)
    {
        lock (_gate)
        {
            var book = _books[symbol];
            var rules = _rules.TryGetSymbol(symbol, out var r) ? r : throw _messages.Reject(BinanceErrorCodes.BadSymbol);
            if (clientOrderId is not null && OpenOrdersCore(account, symbol).Any(o => o.ClientOrderId == clientOrderId))
            {
                throw _messages.Engine(MatchingEngineReason.DuplicateOrder);
            }

            var order = new EngineOrder
            {
                Symbol = symbol,
                OrderId = test ? 0 : _nextOrderId,
                ClientOrderId = clientOrderId ?? NewClientOrderId(),
                Account = account,
                Side = parsed.Side,
                Type = parsed.Type,
                OriginalType = parsed.Type,
                TimeInForce = parsed.TimeInForce,
                Price = parsed.Price ?? 0,
                OrigQty = parsed.Quantity ?? 0,
                OrigQuoteOrderQty = parsed.QuoteOrderQty ?? 0,
                StopPrice = parsed.StopPrice ?? 0,
                TrailingDelta = parsed.TrailingDelta,
                IcebergQty = parsed.IcebergQty ?? 0,
                Time = now,
                UpdateTime = now,
                SelfTradePreventionMode = stpMode,
            };

            var isStop = parsed.IsAlgo;
            var needs = RequiredFunds(rules, book, order);
            var available = Balance(account, needs.Asset).Free;
            if (needs.Amount > available)
            {
                throw _messages.Engine(MatchingEngineReason.InsufficientBalance);
            }

            if (test)
            {
                return (order, []);
            }

            _nextOrderId++;
            Track(order);
            if (needs.Lock)
            {
                Lock(order, needs.Asset, needs.Amount);
            }

            var fills = new List<EngineTrade>();
            if (isStop)
            {
                order.TrailingAnchor = parsed.StopPrice is null ? book.LastPrice : null;
                book.Stops.Add(order);
            }
            else
            {
                Activate(order, book, now, fills);
            }

            TriggerStops(book, now, fills);
            return (order, fills.Where(f => f.Account == account && f.OrderId == order.OrderId).ToArray());
        }
    }

    private string NewClientOrderId() => $"sbx{Interlocked.Increment(ref _clientIdCounter):D8}{Guid.NewGuid():N}"[..22];

    private void Track(EngineOrder order)
    {
        var key = (order.Account, order.Symbol);
        if (!_orders.TryGetValue(key, out var list))
        {
            list = [];
            _orders[key] = list;
        }

        list.Add(order);
        _accepted.Add(order);
        if (!_open.TryGetValue(key, out var open))
        {
            open = [];
            _open[key] = open;
        }

        open.Add(order);
    }

    /// <summary>What an order must have free before it is accepted, and whether that amount is locked while it works.</summary>
    private (string Asset, decimal Amount, bool Lock) RequiredFunds(SymbolRules rules, OrderBook book, EngineOrder order)
    {
        var baseAsset = rules.Info.BaseAsset;
        var quoteAsset = rules.Info.QuoteAsset;
        if (order.Side == BinanceOrderSide.Sell)
        {
            if (order.OrigQty > 0)
            {
                return (baseAsset, order.OrigQty, true);
            }

            // SELL by quoteOrderQty: the base needed to raise that much quote from the bids.
            return (baseAsset, Walk(book.Bids, order.OrigQuoteOrderQty, byQuote: true).Base, false);
        }

        return order.Type switch
        {
            BinanceOrderType.Limit or BinanceOrderType.LimitMaker or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit => (quoteAsset, order.Price * order.OrigQty, true),
            BinanceOrderType.Market when order.OrigQuoteOrderQty > 0 => (quoteAsset, order.OrigQuoteOrderQty, false),
            BinanceOrderType.Market => (quoteAsset, Walk(book.Asks, order.OrigQty, byQuote: false).Quote, false),
            _ => (quoteAsset, 0m, false),
        };
    }

    /// <summary>Walks a side of the book to price an amount of base (or to find the base an amount of quote buys).</summary>
    private static (decimal Base, decimal Quote) Walk(SortedDictionary<decimal, LinkedList<EngineOrder>> side, decimal amount, bool byQuote)
    {
        decimal baseQty = 0, quote = 0;
        foreach (var (price, level) in side)
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

    private void Activate(EngineOrder order, OrderBook book, long now, List<EngineTrade> fills)
    {
        order.IsWorking = true;
        order.WorkingTime = now;
        var rules = _rules.TryGetSymbol(order.Symbol, out var r) ? r : null;

        if (order.TimeInForce == BinanceTimeInForce.Fok && !CanFillCompletely(order, book))
        {
            Close(order, "EXPIRED", now, "UNFILLED_FOK_ORDER_EXPIRED");
            return;
        }

        Match(order, book, rules, now, fills);

        if (!order.IsOpen)
        {
            return;
        }

        var rests = order.Type is BinanceOrderType.Limit or BinanceOrderType.LimitMaker && order.TimeInForce is null or BinanceTimeInForce.Gtc;
        if (rests && order.Remaining > 0)
        {
            book.Add(order);
        }
        else
        {
            Close(order, "EXPIRED", now, order.Type == BinanceOrderType.Market ? "INSUFFICIENT_LIQUIDITY" : "UNFILLED_IOC_QUANTITY_EXPIRED");
        }
    }

    private static bool CanFillCompletely(EngineOrder order, OrderBook book)
    {
        var side = book.Side(order.Side == BinanceOrderSide.Sell);
        decimal available = 0;
        foreach (var (price, level) in side)
        {
            if (order.Side == BinanceOrderSide.Buy ? price > order.Price : price < order.Price)
            {
                break;
            }

            available += level.Where(m => m.Account != order.Account).Sum(m => m.Remaining);
        }

        return available >= order.OrigQty;
    }

    private void Match(EngineOrder taker, OrderBook book, SymbolRules? rules, long now, List<EngineTrade> fills)
    {
        var opposite = book.Side(taker.Side == BinanceOrderSide.Sell);
        var step = rules?.LotSize?.StepSize is > 0 ? rules.LotSize.StepSize : 0.00000001m;
        var byQuote = taker.Type == BinanceOrderType.Market && taker.OrigQuoteOrderQty > 0;
        while (taker.IsOpen && opposite.Count > 0)
        {
            var (price, level) = opposite.First();
            if (taker.Type != BinanceOrderType.Market && (taker.Side == BinanceOrderSide.Buy ? price > taker.Price : price < taker.Price))
            {
                break;
            }

            var maker = level.First!.Value;
            if (maker.Account == taker.Account && taker.SelfTradePreventionMode != "NONE")
            {
                var mode = taker.SelfTradePreventionMode;
                if (mode is "EXPIRE_MAKER" or "EXPIRE_BOTH" or "DECREMENT" or "TRANSFER")
                {
                    book.Remove(maker);
                    Close(maker, "EXPIRED_IN_MATCH", now, "NONE");
                }

                if (mode is "EXPIRE_TAKER" or "EXPIRE_BOTH")
                {
                    Close(taker, "EXPIRED_IN_MATCH", now, "NONE");
                    return;
                }

                continue;
            }

            decimal qty;
            if (byQuote)
            {
                var remainingQuote = taker.OrigQuoteOrderQty - taker.CumulativeQuoteQty;
                qty = Math.Min(maker.Remaining, OrderNormalizer.Round(remainingQuote / price, step, RoundingDirection.Down));
                if (qty <= 0)
                {
                    // What is left cannot buy one step: the order is as filled as it can be.
                    if (taker.ExecutedQty > 0)
                    {
                        taker.OrigQty = taker.ExecutedQty;
                        Close(taker, "FILLED", now, null);
                    }

                    break;
                }
            }
            else
            {
                qty = Math.Min(taker.Remaining, maker.Remaining);
            }

            // A buy without a lock (a triggered stop market) spends only what is free.
            if (taker.Side == BinanceOrderSide.Buy && taker.LockedAsset is null && taker.Account != HouseAccount && rules is not null)
            {
                var affordable = OrderNormalizer.Round(Balance(taker.Account, rules.Info.QuoteAsset).Free / price, step, RoundingDirection.Down);
                qty = Math.Min(qty, affordable);
                if (qty <= 0)
                {
                    break;
                }
            }

            Fill(taker, maker, price, qty, book, rules, now, fills);
            if (maker.Remaining <= 0)
            {
                book.Remove(maker);
                Close(maker, "FILLED", now, null);
            }

            if (byQuote)
            {
                taker.OrigQty = taker.ExecutedQty;
                if (taker.OrigQuoteOrderQty - taker.CumulativeQuoteQty <= 0)
                {
                    Close(taker, "FILLED", now, null);
                }
            }
            else if (taker.Remaining <= 0)
            {
                Close(taker, "FILLED", now, null);
            }
        }

        if (byQuote && taker.IsOpen)
        {
            taker.OrigQty = taker.ExecutedQty;
            Close(taker, "EXPIRED", now, "INSUFFICIENT_LIQUIDITY");
        }
    }

    private void Fill(EngineOrder taker, EngineOrder maker, decimal price, decimal qty, OrderBook book, SymbolRules? rules, long now, List<EngineTrade> fills)
    {
        var quote = price * qty;
        var buyer = taker.Side == BinanceOrderSide.Buy ? taker : maker;
        var seller = taker.Side == BinanceOrderSide.Buy ? maker : taker;
        var baseAsset = rules?.Info.BaseAsset ?? string.Empty;
        var quoteAsset = rules?.Info.QuoteAsset ?? string.Empty;
        var tradeId = book.NextTradeId++;

        foreach (var order in new[] { taker, maker })
        {
            order.ExecutedQty += qty;
            order.CumulativeQuoteQty += quote;
            order.UpdateTime = now;
            if (order.IsOpen && order.Remaining > 0)
            {
                order.Status = "PARTIALLY_FILLED";
            }
        }

        // The buyer pays quote (from its lock when it has one, at its own limit, refunding the price improvement).
        var buyerCommission = buyer.Account == HouseAccount ? 0 : qty * _commissionRate;
        var sellerCommission = seller.Account == HouseAccount ? 0 : quote * _commissionRate;
        if (buyer.Account != HouseAccount)
        {
            if (buyer.LockedAsset is not null)
            {
                var lockedPart = buyer.Price * qty;
                Consume(buyer, lockedPart);
                Adjust(buyer.Account, quoteAsset, lockedPart - quote, 0);
            }
            else
            {
                Adjust(buyer.Account, quoteAsset, -quote, 0);
            }

            Adjust(buyer.Account, baseAsset, qty - buyerCommission, 0);
            Record(buyer, book, tradeId, price, qty, quote, buyerCommission, baseAsset, now, isBuyer: true, isMaker: buyer == maker, fills);
        }

        if (seller.Account != HouseAccount)
        {
            if (seller.LockedAsset is not null)
            {
                Consume(seller, qty);
            }
            else
            {
                Adjust(seller.Account, baseAsset, -qty, 0);
            }

            Adjust(seller.Account, quoteAsset, quote - sellerCommission, 0);
            Record(seller, book, tradeId, price, qty, quote, sellerCommission, quoteAsset, now, isBuyer: false, isMaker: seller == maker, fills);
        }

        book.LastPrice = price;
        book.RecentTrades.Enqueue((now, price, qty));
        while (book.RecentTrades.Count > 1000)
        {
            book.RecentTrades.Dequeue();
        }
    }

    private void Record(EngineOrder order, OrderBook book, long tradeId, decimal price, decimal qty, decimal quote, decimal commission, string commissionAsset, long now, bool isBuyer, bool isMaker, List<EngineTrade> fills)
    {
        var trade = new EngineTrade(book.Symbol, tradeId, order.OrderId, order.Account, price, qty, quote, commission, commissionAsset, now, isBuyer, isMaker);
        var key = (order.Account, book.Symbol);
        if (!_trades.TryGetValue(key, out var list))
        {
            list = [];
            _trades[key] = list;
        }

        list.Add(trade);
        fills.Add(trade);
    }

    private void TriggerStops(OrderBook book, long now, List<EngineTrade> fills)
    {
        for (var round = 0; round < 100; round++)
        {
            SettleLists(now, fills);
            var last = book.LastPrice;
            EngineOrder? triggered = null;
            foreach (var stop in book.Stops.ToArray())
            {
                if (!stop.IsOpen)
                {
                    book.Stops.Remove(stop);
                    continue;
                }

                var above = (stop.OriginalType is BinanceOrderType.StopLoss or BinanceOrderType.StopLossLimit) == (stop.Side == BinanceOrderSide.Buy);
                bool hit;
                if (stop.StopPrice > 0)
                {
                    hit = above ? last >= stop.StopPrice : last <= stop.StopPrice;
                }
                else
                {
                    // Trailing: follow the market's extreme, trigger when it moves back by trailingDelta basis points.
                    var anchor = stop.TrailingAnchor ?? last;
                    anchor = above ? Math.Min(anchor, last) : Math.Max(anchor, last);
                    stop.TrailingAnchor = anchor;
                    var delta = anchor * (stop.TrailingDelta ?? 0) / 10_000m;
                    hit = above ? last >= anchor + delta : last <= anchor - delta;
                }

                if (hit)
                {
                    triggered = stop;
                    break;
                }
            }

            if (triggered is null)
            {
                return;
            }

            book.Stops.Remove(triggered);
            ExpireOcoSiblings(triggered, now);
            triggered.Type = triggered.OriginalType is BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit ? BinanceOrderType.Market : BinanceOrderType.Limit;
            Activate(triggered, book, now, fills);
        }
    }

    public EngineOrder Cancel(string account, string symbol, long? orderId, string? clientOrderId, string? restrictions, long now)
    {
        lock (_gate)
        {
            var order = Find(account, symbol, orderId, clientOrderId);
            if (order is null || !order.IsOpen)
            {
                throw _messages.Engine(MatchingEngineReason.UnknownOrder, BinanceErrorCodes.CancelRejected);
            }

            if ((restrictions == "ONLY_NEW" && order.Status != "NEW") || (restrictions == "ONLY_PARTIALLY_FILLED" && order.Status != "PARTIALLY_FILLED"))
            {
                throw _messages.Engine(MatchingEngineReason.CancelRestrictionsNotMet, BinanceErrorCodes.CancelRejected);
            }

            _books[symbol].Remove(order);
            Close(order, "CANCELED", now, null);
            SettleLists(now, []);
            return order;
        }
    }

    public IReadOnlyList<EngineOrder> CancelAll(string account, string symbol, long now)
    {
        lock (_gate)
        {
            var open = OpenOrdersCore(account, symbol).ToArray();
            foreach (var order in open)
            {
                _books[symbol].Remove(order);
                Close(order, "CANCELED", now, null);
            }

            SettleLists(now, []);
            return open;
        }
    }

    public EngineOrder? Find(string account, string symbol, long? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue((account, symbol), out var list))
            {
                return null;
            }

            return orderId is { } id
                ? list.FirstOrDefault(o => o.OrderId == id)
                : list.LastOrDefault(o => o.ClientOrderId == clientOrderId);
        }
    }

    public IReadOnlyList<EngineOrder> OpenOrders(string account, string? symbol)
    {
        lock (_gate)
        {
            return symbol is null
                ? [.. _open.Where(p => p.Key.Account == account).SelectMany(p => p.Value).Where(o => o.IsOpen).OrderBy(o => o.OrderId)]
                : [.. OpenOrdersCore(account, symbol)];
        }
    }

    private List<EngineOrder> OpenOrdersCore(string account, string symbol) =>
        _open.TryGetValue((account, symbol), out var open) ? [.. open.Where(o => o.IsOpen).OrderBy(o => o.OrderId)] : [];

    public IReadOnlyList<EngineOrder> AllOrders(string account, string symbol)
    {
        lock (_gate)
        {
            return _orders.TryGetValue((account, symbol), out var list) ? [.. list] : [];
        }
    }

    public IReadOnlyList<EngineTrade> Trades(string account, string symbol)
    {
        lock (_gate)
        {
            return _trades.TryGetValue((account, symbol), out var list) ? [.. list] : [];
        }
    }

    public IReadOnlyList<(string Asset, decimal Free, decimal Locked)> Balances(string account)
    {
        lock (_gate)
        {
            return _balances.TryGetValue(account, out var balances)
                ? [.. balances.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value.Free, b.Value.Locked))]
                : [];
        }
    }

    private (decimal Free, decimal Locked) Balance(string account, string asset) =>
        _balances.TryGetValue(account, out var balances) && balances.TryGetValue(asset, out var balance) ? balance : (0, 0);

    private void Adjust(string account, string asset, decimal free, decimal locked)
    {
        if (!_balances.TryGetValue(account, out var balances))
        {
            balances = new Dictionary<string, (decimal Free, decimal Locked)>(StringComparer.Ordinal);
            _balances[account] = balances;
        }

        var current = balances.TryGetValue(asset, out var b) ? b : (0, 0);
        balances[asset] = (current.Item1 + free, current.Item2 + locked);
    }

    private void Lock(EngineOrder order, string asset, decimal amount)
    {
        Adjust(order.Account, asset, -amount, amount);
        order.LockedAsset = asset;
        order.LockedAmount = amount;
    }

    /// <summary>Spends part of an order's lock: the amount leaves the account's locked balance.</summary>
    private void Consume(EngineOrder order, decimal amount)
    {
        amount = Math.Min(amount, order.LockedAmount);
        Adjust(order.Account, order.LockedAsset!, 0, -amount);
        order.LockedAmount -= amount;
    }

    private void Close(EngineOrder order, string status, long now, string? expiryReason)
    {
        if (_open.TryGetValue((order.Account, order.Symbol), out var open))
        {
            open.Remove(order);
        }

        order.Status = status;
        order.UpdateTime = now;
        order.ExpiryReason = expiryReason;
        if (order.LockedAsset is not null && order.LockedAmount > 0 && order.Account != HouseAccount)
        {
            Adjust(order.Account, order.LockedAsset, order.LockedAmount, -order.LockedAmount);
            order.LockedAmount = 0;
        }
    }
}
