using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// The sandbox's Spot exchange, a coordinator of its parts: per-symbol <see cref="OrderBook"/>s (the shared price-time
/// matching plus stops), <see cref="SpotBalances"/> (free and locked balances, commission), and the orders and trades
/// each account has. One lock guards everything, so concurrent requests never lose or duplicate an accepted order.
/// </summary>
internal sealed partial class MatchingEngine
{
    public const string HouseAccount = "house";

    private readonly object _gate = new();
    private volatile ExchangeRules _rules;
    private readonly CatalogMessages _messages;
    private readonly Dictionary<string, OrderBook> _books = new(StringComparer.Ordinal);
    private readonly SpotBalances _balances;
    private readonly Dictionary<(string Account, string Symbol), List<EngineOrder>> _orders = [];
    private readonly Dictionary<(string Account, string Symbol), List<EngineTrade>> _trades = [];

    // Open orders only, so per-order checks cost what the open book costs, not the whole history.
    private readonly Dictionary<(string Account, string Symbol), HashSet<EngineOrder>> _open = [];
    private readonly List<EngineOrder> _accepted = [];
    private long _nextOrderId = 1;
    private long _clientIdCounter;

    private readonly bool _seedLiquidity;

    public MatchingEngine(ExchangeRules rules, CatalogMessages messages, IReadOnlyDictionary<string, decimal> seedPrices, decimal commissionRate, bool seedLiquidity, long now)
    {
        _rules = rules;
        _messages = messages;
        _seedLiquidity = seedLiquidity;
        _balances = new SpotBalances(commissionRate);
        foreach (var symbol in rules.Symbols)
        {
            var seed = seedPrices.TryGetValue(symbol.Symbol, out var price) ? price : 1m;
            var book = new OrderBook(symbol.Symbol, seed);
            _books[symbol.Symbol] = book;
            if (seedLiquidity && symbol.Info.Status == SymbolStatus.Trading)
            {
                Seed(symbol, book, now);
            }
        }
    }

    /// <summary>The rules orders are validated against; replaced (never changed) when an admin changes a symbol's status.</summary>
    public ExchangeRules Rules => _rules;

    /// <summary>Where order changes are reported (user data streams); none when nobody listens.</summary>
    public ISpotOrderEvents? Events { get; set; }

    /// <summary>
    /// Sets a symbol's trading status: the rules are recompiled with it, so validation and the served exchangeInfo
    /// agree. Resting orders stay (cancels are always accepted); a symbol that opens for trading for the first time
    /// gets its house liquidity then.
    /// </summary>
    public void SetSymbolStatus(string symbol, SymbolStatus status, string statusText, long now)
    {
        lock (_gate)
        {
            var info = _rules.Info;
            var symbols = info.Symbols.Select(s => s.Symbol == symbol ? s with { Status = status, StatusText = statusText } : s).ToArray();
            _rules = ExchangeRules.Compile(info with { Symbols = symbols }, _rules.Venue);
            if (status == SymbolStatus.Trading && _seedLiquidity && _books.TryGetValue(symbol, out var book) && !book.Seeded && _rules.TryGetSymbol(symbol, out var rules))
            {
                Seed(rules, book, now);
            }
        }
    }

    /// <summary>
    /// A deposit (positive <paramref name="delta"/>) or withdrawal (negative) of a free balance, reported as
    /// <c>balanceUpdate</c>; false, changing nothing, when the free balance would go below zero.
    /// </summary>
    public bool TryTransfer(string account, string asset, decimal delta, long now)
    {
        lock (_gate)
        {
            if (!_balances.TryTransfer(account, asset, delta))
            {
                return false;
            }

            Events?.BalanceChanged(account, asset, delta, now);
            return true;
        }
    }

    /// <summary>Sets (or, with <see langword="null"/>, clears) a symbol's reference price.</summary>
    public void SetReferencePrice(string symbol, decimal? referencePrice)
    {
        lock (_gate)
        {
            var book = _books[symbol];
            book.ReferencePrice = referencePrice;
            book.ReferencePriceEverSet = true;
        }
    }

    /// <summary>A symbol's reference price: whether one was ever set, and its value (null when cleared).</summary>
    public (bool EverSet, decimal? Price) ReferencePrice(string symbol)
    {
        lock (_gate)
        {
            var book = _books[symbol];
            return (book.ReferencePriceEverSet, book.ReferencePrice);
        }
    }

    /// <summary>Sets (or, with <see langword="null"/>, removes) a symbol's Price Range Execution Rule.</summary>
    public void SetPriceRange(string symbol, PriceRangeRule? rule)
    {
        lock (_gate)
        {
            _books[symbol].PriceRange = rule;
        }
    }

    /// <summary>A symbol's Price Range Execution Rule, if it has one.</summary>
    public PriceRangeRule? PriceRange(string symbol)
    {
        lock (_gate)
        {
            return _books[symbol].PriceRange;
        }
    }

    public void OpenAccount(string account, IReadOnlyDictionary<string, decimal> balances)
    {
        lock (_gate)
        {
            _balances.Open(account, balances);
        }
    }

    /// <summary>Deterministic house liquidity: 20 levels each side, 0.01% apart, growing size away from the touch.</summary>
    private void Seed(SymbolRules symbol, OrderBook book, long now)
    {
        book.Seeded = true;
        var tick = symbol.Price?.TickSize is > 0 ? symbol.Price.TickSize : 0.00000001m;
        var step = symbol.LotSize?.StepSize is > 0 ? symbol.LotSize.StepSize : 0.00000001m;
        var minNotional = Math.Max(symbol.Notional?.MinNotional ?? 0, symbol.MinNotional?.MinNotional ?? 0);
        for (var level = 1; level <= 20; level++)
        {
            foreach (var side in new[] { BinanceOrderSide.Buy, BinanceOrderSide.Sell })
            {
                var offset = book.SeedPrice * 0.0001m * level;
                var raw = side == BinanceOrderSide.Buy ? book.SeedPrice - offset : book.SeedPrice + offset;
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
            var balance = _balances.Balance(account, baseAsset);
            var avgMinutes = rules?.PercentPriceBySide?.AvgPriceMins ?? rules?.PercentPrice?.AvgPriceMins ?? 5;
            return new MarketContext
            {
                // Since 2026-05-08 the price filters use the symbol's reference price when it has one, else the average price.
                ReferencePrice = book.ReferencePrice,
                AveragePrice = book.AveragePrice(now, avgMinutes),
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
            var available = _balances.Balance(account, needs.Asset).Free;
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
                _balances.Lock(order, needs.Asset, needs.Amount);
            }

            Accepted([order]);

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

    /// <summary>Reports accepted orders once their funds are locked (the balances event shows the lock).</summary>
    private void Accepted(IEnumerable<EngineOrder> orders)
    {
        foreach (var order in orders)
        {
            Events?.OrderChanged(order, "NEW", null, order.Time);
        }
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
            return (baseAsset, book.Walk(BinanceOrderSide.Sell, order.OrigQuoteOrderQty, byQuote: true).Base, false);
        }

        return order.Type switch
        {
            BinanceOrderType.Limit or BinanceOrderType.LimitMaker or BinanceOrderType.StopLossLimit or BinanceOrderType.TakeProfitLimit => (quoteAsset, order.Price * order.OrigQty, true),
            BinanceOrderType.Market when order.OrigQuoteOrderQty > 0 => (quoteAsset, order.OrigQuoteOrderQty, false),
            BinanceOrderType.Market => (quoteAsset, book.Walk(BinanceOrderSide.Buy, order.OrigQty, byQuote: false).Quote, false),
            _ => (quoteAsset, 0m, false),
        };
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
            return _balances.Balances(account);
        }
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
        _balances.Release(order);

        // A fill reported the FILLED order already (execution type TRADE).
        if (status != "FILLED")
        {
            Events?.OrderChanged(order, status == "EXPIRED_IN_MATCH" ? "TRADE_PREVENTION" : status, null, now);
        }
    }
}
