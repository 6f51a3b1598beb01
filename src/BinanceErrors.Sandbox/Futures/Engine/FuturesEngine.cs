using System.Globalization;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// One futures venue's exchange (USDⓈ-M or COIN-M, as its <see cref="FuturesVenueSetup"/> says): books, accounts,
/// orders, algo orders and mark prices under one lock. Every order first passes the venue's pre-flight (so parameter
/// and filter rejections are the pre-flight's, code and text); the account answers come from here: a duplicate client
/// order id, -2022, post-only and fill-or-kill, -2027, -2019. Quantities, prices and money follow each symbol's
/// <see cref="FuturesContract"/> (linear or inverse); margin is per margin asset.
/// </summary>
internal sealed partial class FuturesEngine
{
    private readonly CatalogMessages _messages;
    private readonly FuturesVenueSetup _setup;
    private readonly FuturesPositionModes _modes;
    private readonly decimal _makerRate;
    private readonly decimal _takerRate;
    private readonly Dictionary<string, FuturesBook> _books = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FuturesAccount> _accounts = new(StringComparer.Ordinal);
    private readonly List<FuturesOrder> _orders = [];
    private readonly Dictionary<long, FuturesOrder> _byId = [];
    private readonly Dictionary<string, HashSet<FuturesOrder>> _open = new(StringComparer.Ordinal);
    private readonly List<FuturesAlgoOrder> _algos = [];
    private readonly Dictionary<string, List<FuturesTrade>> _trades = new(StringComparer.Ordinal);
    private readonly FuturesMarkWalk? _walk;
    private readonly Random? _walkRandom;
    private long _nextWalkAt;
    private long _nextOrderId = 4_000_000_001;
    private long _nextAlgoId = 2_000_000_001;
    private long _nextTradeId = 1;
    private long _clientIdCounter;
    private bool _triggering;

    public FuturesEngine(
        FuturesExchangeRules rules,
        Func<FuturesSymbolRules, FuturesContract> contract,
        FuturesVenueSetup setup,
        FuturesPositionModes modes,
        IReadOnlyDictionary<string, decimal> markPrices,
        decimal makerRate,
        decimal takerRate,
        int defaultLeverage,
        bool houseLiquidity,
        FuturesMarkWalk? walk,
        long now)
    {
        Rules = rules;
        _setup = setup;
        _messages = new CatalogMessages(setup.Venue);
        _modes = modes;
        _makerRate = makerRate;
        _takerRate = takerRate;
        DefaultLeverage = defaultLeverage;
        foreach (var symbol in rules.Symbols)
        {
            var mark = markPrices.TryGetValue(symbol.Symbol, out var p) ? p : DefaultMark(symbol);
            var book = new FuturesBook(symbol, contract(symbol), mark, houseLiquidity);
            book.Requote();
            _books[symbol.Symbol] = book;
        }

        _walk = walk;
        if (walk is not null)
        {
            if (walk.Step is <= 0 or >= 1)
            {
                throw new ArgumentOutOfRangeException(nameof(walk), walk.Step, "The mark price walk's step is a fraction of the price, more than 0 and less than 1 (0.0005 is 0.05 %).");
            }

            if (walk.IntervalMs < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(walk), walk.IntervalMs, "The mark price walk's interval must be at least 1 ms.");
            }

            _walkRandom = new Random(walk.Seed);
            _nextWalkAt = now + walk.IntervalMs;
        }

        modes.Join(this);
    }

    public FuturesExchangeRules Rules { get; }

    /// <summary>Who hears of every order, algo order and account change (the user data streams); nobody when null.</summary>
    public IFuturesEvents? Events { get; set; }

    public int DefaultLeverage { get; }

    /// <summary>The venue's catalog texts.</summary>
    public CatalogMessages Messages => _messages;

    /// <summary>The venue's leverage brackets.</summary>
    public FuturesLeverageBrackets Brackets => _setup.Brackets;

    /// <summary>The lock every engine operation holds (the shared position mode holds every engine's to change it).</summary>
    public object Gate { get; } = new();

    /// <summary>The margin assets the venue's symbols use, in order.</summary>
    public IEnumerable<string> MarginAssets => _books.Values.Select(b => b.MarginAsset).Distinct(StringComparer.Ordinal);

    private static decimal DefaultMark(FuturesSymbolRules symbol)
    {
        // Between the price bounds, on the tick: the geometric middle is far from both.
        var filter = symbol.Price;
        return filter is null || filter.MaxPrice <= 0 ? 1m : (decimal)Math.Sqrt((double)(filter.MinPrice * filter.MaxPrice));
    }

    /// <summary>Opens an account funded at <paramref name="now"/> (its assets' updateTime; connectors skip assets never updated).</summary>
    public void OpenAccount(string account, IReadOnlyDictionary<string, decimal> balances, long now)
    {
        lock (Gate)
        {
            _accounts[account] = new FuturesAccount(account, balances, DefaultLeverage, MarginAssets, _modes) { UpdateTime = now };
            _open[account] = [];
            _trades[account] = [];
        }
    }

    /// <summary>Runs <paramref name="read"/> under the lock, after moving the mark prices to <paramref name="now"/>.</summary>
    public T Read<T>(long now, Func<T> read)
    {
        lock (Gate)
        {
            Advance(now);
            return read();
        }
    }

    public FuturesAccount Account(string account) => _accounts[account];

    public FuturesBook Book(string symbol) => _books[symbol];

    public bool TryGetBook(string symbol, out FuturesBook book) => _books.TryGetValue(symbol, out book!);

    public decimal MarkPrice(string symbol) => _books[symbol].MarkPrice;

    /// <summary>An account's position for a symbol and side (flat when it never traded).</summary>
    public FuturesPosition Position(FuturesAccount account, string symbol, PositionSide side) => account.Position(symbol, side, Contract(symbol));

    /// <summary>How a symbol's quantities and prices become money.</summary>
    public FuturesContract Contract(string symbol) => _books[symbol].Contract;

    /// <summary>Whether the account has an open order or an open algo order (the shared position mode's -4067).</summary>
    public bool HasOpenOrders(string account) => _open.TryGetValue(account, out var open) && (open.Count > 0 || _algos.Any(o => o.Account == account && o.IsOpen));

    /// <summary>Whether the account holds a position (the shared position mode's -4068).</summary>
    public bool HasPositions(string account) => _accounts.TryGetValue(account, out var a) && a.Positions.Any(p => p.Amount != 0);

    public IReadOnlyList<FuturesOrder> AcceptedOrders() => _orders;

    public IReadOnlyList<FuturesAlgoOrder> AlgoOrders() => _algos;

    /// <summary>Sets a symbol's mark price (admin API) and fires the algo orders it crosses.</summary>
    public void SetMarkPrice(string symbol, decimal price, long now)
    {
        lock (Gate)
        {
            var book = _books[symbol];
            book.SetMarkPrice(price);
            CheckTriggers(book, now);
        }
    }

    private void Advance(long now)
    {
        if (_walk is null || now < _nextWalkAt)
        {
            return;
        }

        // A clock jump (tests, admin shifts) moves at most a thousand steps, so one request never walks for long.
        var steps = Math.Min(1000, ((now - _nextWalkAt) / _walk.IntervalMs) + 1);
        _nextWalkAt += steps * _walk.IntervalMs;
        for (var i = 0; i < steps; i++)
        {
            foreach (var book in _books.Values)
            {
                var direction = _walkRandom!.Next(-1, 2);
                if (direction != 0)
                {
                    book.SetMarkPrice(book.MarkPrice * (1 + (direction * _walk.Step)));
                }
            }
        }

        foreach (var book in _books.Values)
        {
            CheckTriggers(book, now);
        }
    }

    /// <summary>What the validator needs: mark, best prices, position mode, open order counts (per symbol and, for conditional orders, across symbols) and time.</summary>
    public FuturesMarketContext Context(string account, string symbol, long now)
    {
        if (!_books.TryGetValue(symbol, out var book))
        {
            return new FuturesMarketContext { DualSidePosition = _accounts[account].DualSidePosition, Now = DateTimeOffset.FromUnixTimeMilliseconds(now) };
        }

        // Held conditional orders (COIN-M) are open orders already; Algo Service orders count as open orders too.
        var algos = _algos.Count(a => a.Account == account && a.Symbol == symbol && a.IsOpen);
        var unheld = _algos.Count(a => a.Account == account && a.Symbol == symbol && a.IsOpen && a.HeldOrder is null);
        return new FuturesMarketContext
        {
            // The conditional order limit is 200 across all symbols since the exchange removed MAX_NUM_ALGO_ORDERS.
            AccountOpenAlgoOrders = _algos.Count(a => a.Account == account && a.IsOpen),
            MarkPrice = book.MarkPrice,
            LastPrice = book.LastPrice,
            BestBid = book.BestBid,
            BestAsk = book.BestAsk,
            DualSidePosition = _accounts[account].DualSidePosition,
            OpenOrders = _open[account].Count(o => o.Symbol == symbol) + unheld,
            OpenAlgoOrders = algos,
            Now = DateTimeOffset.FromUnixTimeMilliseconds(now),
        };
    }

    /// <summary>Validates and places an order (<c>POST /fapi/v1/order</c>, <c>POST /dapi/v1/order</c> or one batch element).</summary>
    public FuturesOrder Place(string account, in FuturesOrderRequest request, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var context = request.Symbol is { } s ? Context(account, s, now) : new FuturesMarketContext { DualSidePosition = _accounts[account].DualSidePosition };
            var validation = _setup.Validate(Rules, request, context);
            if (!validation.IsValid)
            {
                throw SandboxRejection.From(validation.Error!);
            }

            var parsed = validation.Order;
            var symbol = validation.Rules!.Symbol;
            if (request.NewClientOrderId is { } clientId && _open[account].Any(o => o.Symbol == symbol && o.ClientOrderId == clientId))
            {
                throw _messages.Reject(_setup.DuplicateClientOrderIdCode);
            }

            var price = parsed.Price;
            if (request.PriceMatch is { } match)
            {
                price = MatchPrice(request, context, parsed.Side, match);
            }

            var order = new FuturesOrder
            {
                Symbol = symbol,
                OrderId = _nextOrderId++,
                ClientOrderId = request.NewClientOrderId ?? NewClientOrderId(),
                Account = account,
                Side = parsed.Side,
                Contract = Contract(symbol),
                PositionSide = parsed.PositionSide ?? PositionSide.Both,
                Type = parsed.Type,
                OrigType = parsed.Type,
                TimeInForce = parsed.TimeInForce ?? FuturesTimeInForce.Gtc,
                Price = price ?? 0m,
                PriceMatch = request.PriceMatch,
                OrigQty = parsed.Quantity ?? 0m,
                ReduceOnly = parsed.ReduceOnly,
                SelfTradePreventionMode = request.SelfTradePreventionMode ?? "EXPIRE_MAKER",
                GoodTillDate = parsed.GoodTillDate ?? 0,
                PriceProtect = string.Equals(request.PriceProtect, "TRUE", StringComparison.OrdinalIgnoreCase),
                StopPrice = parsed.StopPrice ?? 0m,
                WorkingType = request.WorkingType ?? "CONTRACT_PRICE",
                ClosePosition = parsed.ClosePosition,
                ActivatePrice = parsed.ActivationPrice,
                PriceRate = parsed.Type == FuturesOrderType.TrailingStopMarket ? parsed.CallbackRate : null,
                Time = now,
                UpdateTime = now,
            };

            // Conditional types reach here only where the order endpoint takes them (COIN-M; USDⓈ-M's pre-flight answers -4120).
            if (parsed.Type.IsConditional())
            {
                Hold(order, now);
            }
            else
            {
                Execute(order, now);
            }

            return order;
        }
    }

    /// <summary>
    /// A <c>priceMatch</c> order's price: the book's level at placement (USDⓈ-M -5041, COIN-M -1112 when there is none), then the filters
    /// checked at that price as for any LIMIT order (PERCENT_PRICE, MIN_NOTIONAL).
    /// </summary>
    private decimal MatchPrice(in FuturesOrderRequest request, in FuturesMarketContext context, BinanceOrderSide side, string match)
    {
        var price = _books[request.Symbol!].PriceMatchPrice(side, match) ?? throw _messages.Reject(_setup.PriceMatchNoDepthCode);
        var priced = _setup.Validate(Rules, request with { Price = price.ToString(CultureInfo.InvariantCulture), PriceMatch = null }, context);
        return priced.IsValid ? price : throw SandboxRejection.From(priced.Error!);
    }

    private string NewClientOrderId() => $"sbx{++_clientIdCounter:D8}{Guid.NewGuid():N}"[..22];

    /// <summary>An account's margin in one margin asset now: its positions and open orders at the current mark prices and leverages.</summary>
    public FuturesMarginSheet Margin(string account, string asset) => Margin(_accounts[account], asset, leverage: null);

    private FuturesMarginSheet Margin(FuturesAccount account, string asset, (string Symbol, int Leverage)? leverage) => Sheet(
        account,
        asset,
        account.Wallet(asset),
        account.Positions,
        Exposures(account.Name, asset, remaining: null),
        leverage is { } change ? symbol => symbol == change.Symbol ? change.Leverage : account.Leverage(symbol) : account.Leverage);

    /// <summary>The margin arithmetic over the positions and orders of one margin asset.</summary>
    private FuturesMarginSheet Sheet(FuturesAccount account, string asset, decimal wallet, IEnumerable<FuturesPosition> positions, IEnumerable<FuturesOrderExposure> orders, Func<string, int>? leverage = null) => FuturesMargin.Compute(
        wallet,
        positions.Where(p => _books[p.Symbol].MarginAsset == asset),
        orders,
        MarkPrice,
        leverage ?? account.Leverage,
        Contract,
        _setup.Brackets);

    /// <summary>The account's open orders in one margin asset as the margin sees them, with the remaining quantity <paramref name="remaining"/> gives (their own when null).</summary>
    private IEnumerable<FuturesOrderExposure> Exposures(string account, string asset, Func<FuturesOrder, decimal>? remaining)
    {
        foreach (var order in _open[account])
        {
            if (_books[order.Symbol].MarginAsset == asset && FuturesOrderExposure.Of(order, remaining?.Invoke(order) ?? order.Remaining) is { } exposure)
            {
                yield return exposure;
            }
        }
    }

    public FuturesOrder Cancel(string account, string symbol, long? orderId, string? clientOrderId, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var order = FindCore(account, symbol, orderId, clientOrderId);
            if (order is null || !order.IsOpen)
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
            }

            CancelCore(order, now);
            return order;
        }
    }

    private void CancelCore(FuturesOrder order, long now)
    {
        _books[order.Symbol].Remove(order);
        _open[order.Account].Remove(order);
        order.Status = "CANCELED";
        order.UpdateTime = now;
        Changed(order, "CANCELED", null, now);
        AlgoFinished(order, now);
    }

    public IReadOnlyList<FuturesOrder> CancelAll(string account, string symbol, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var orders = _open[account].Where(o => o.Symbol == symbol).ToArray();
            foreach (var order in orders)
            {
                CancelCore(order, now);
            }

            foreach (var algo in _algos.Where(a => a.Account == account && a.Symbol == symbol && a.IsOpen))
            {
                algo.AlgoStatus = "CANCELED";
                algo.UpdateTime = now;
                AlgoEvent(algo, string.Empty, now);
            }

            return orders;
        }
    }

    public FuturesOrder? Find(string account, string symbol, long? orderId, string? clientOrderId)
    {
        lock (Gate)
        {
            return FindCore(account, symbol, orderId, clientOrderId);
        }
    }

    private FuturesOrder? FindCore(string account, string symbol, long? orderId, string? clientOrderId)
    {
        if (orderId is { } id)
        {
            return _byId.TryGetValue(id, out var byId) && byId.Account == account && byId.Symbol == symbol ? byId : null;
        }

        // The newest order with that client id: an open one takes precedence, as ids are unique among open orders.
        return _orders.LastOrDefault(o => o.Account == account && o.Symbol == symbol && o.ClientOrderId == clientOrderId && o.IsOpen)
            ?? _orders.LastOrDefault(o => o.Account == account && o.Symbol == symbol && o.ClientOrderId == clientOrderId);
    }

    public IReadOnlyList<FuturesOrder> OpenOrders(string account, string? symbol) =>
        [.. _open[account].Where(o => symbol is null || o.Symbol == symbol).OrderBy(o => o.OrderId)];

    public IReadOnlyList<FuturesOrder> AllOrders(string account, string symbol) =>
        [.. _orders.Where(o => o.Account == account && o.Symbol == symbol)];

    public IReadOnlyList<FuturesTrade> Trades(string account, string symbol) =>
        [.. _trades[account].Where(t => t.Symbol == symbol)];

    /// <summary>
    /// Changes a symbol's leverage: -4028 outside 1 to the bracket's maximum; lowering it raises the initial margin of
    /// the position and open orders, so it is refused with -4161 for an isolated position and -2028 when the margin
    /// balance would not cover it; raising it lowers <c>maxNotionalValue</c>, so it is refused with -2027 when the
    /// position and open orders already exceed the new cap.
    /// </summary>
    public void SetLeverage(string account, string symbol, int leverage, string leverageText)
    {
        lock (Gate)
        {
            if (leverage < 1 || leverage > _setup.Brackets.MaxLeverage(symbol))
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.InvalidLeverage, leverageText);
            }

            var a = _accounts[account];
            var current = a.Leverage(symbol);
            if (leverage < current)
            {
                if (a.IsIsolated(symbol) && a.HasPosition(symbol))
                {
                    throw _messages.Reject(_setup.IsolatedLeverageWithPositionCode);
                }

                var asset = _books[symbol].MarginAsset;
                var before = Margin(a, asset, leverage: null);
                var after = Margin(a, asset, (symbol, leverage));
                if (after.InitialMargin > before.InitialMargin && after.Headroom < 0)
                {
                    throw _messages.Reject(UsdMFuturesErrorCodes.MinLeverageRatio);
                }
            }
            else if (leverage > current && Margin(a, _books[symbol].MarginAsset, leverage: null).ExposureOf(symbol) > _setup.Brackets.MaxNotional(symbol, leverage))
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.MaxLeverageRatio);
            }

            a.SetLeverage(symbol, leverage);
        }
    }

    /// <summary>Switches a symbol between CROSSED and ISOLATED: -4046 when already so, -4047 with open orders, -4048 with a position.</summary>
    public void SetMarginType(string account, string symbol, bool isolated)
    {
        lock (Gate)
        {
            var a = _accounts[account];
            if (a.IsIsolated(symbol) == isolated)
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.NoNeedToChangeMarginType);
            }

            if (_open[account].Any(o => o.Symbol == symbol))
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.ThereExistsOpenOrders);
            }

            if (a.HasPosition(symbol))
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.ThereExistsQuantity);
            }

            a.SetIsolated(symbol, isolated);
        }
    }

    /// <summary>Switches Hedge Mode on or off for every futures venue (<see cref="FuturesPositionModes"/>): -4059, -4067, -4068.</summary>
    public void SetDualSidePosition(string account, bool dual) => _modes.Change(account, dual, this);
}
