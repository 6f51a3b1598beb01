using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>Order lists: OCO, OTO, OTOCO, OPO and OPOCO placement, their contingencies, look-ups and cancels.</summary>
internal sealed partial class MatchingEngine
{
    private readonly Dictionary<long, EngineOrderList> _lists = [];
    private readonly List<EngineOrderList> _acceptedLists = [];
    private long _nextOrderListId = 1;

    /// <summary>One leg of a list to place: validated, with its client order id, and whether it waits for the working leg.</summary>
    public readonly record struct ListLeg(ParsedOrder Order, string? ClientOrderId, bool Pending);

    public IReadOnlyList<EngineOrderList> AcceptedLists()
    {
        lock (_gate)
        {
            return [.. _acceptedLists];
        }
    }

    /// <summary>
    /// Places a validated list: duplicate and balance checks, then the working legs go to the book (stops wait for their
    /// trigger) and pending legs are recorded as PENDING_NEW. An OCO locks the larger of its two legs' needs once.
    /// </summary>
    public (EngineOrderList List, IReadOnlyList<EngineTrade> Fills) PlaceList(string account, string symbol, string contingencyType, string? listClientOrderId, IReadOnlyList<ListLeg> legs, string stpMode, long now, bool onePaysTheOther = false)
    {
        lock (_gate)
        {
            var book = _books[symbol];
            var rules = _rules.TryGetSymbol(symbol, out var r) ? r : throw _messages.Reject(BinanceErrorCodes.BadSymbol);
            if (listClientOrderId is not null && _lists.Values.Any(l => l.IsExecuting && l.Account == account && l.ListClientOrderId == listClientOrderId))
            {
                throw _messages.Engine(MatchingEngineReason.DuplicateOrder);
            }

            // MAX_NUM_ORDER_LISTS and EXCHANGE_MAX_NUM_ORDER_LISTS count executing lists (an OTOCO is one list).
            var executing = _lists.Values.Where(l => l.IsExecuting && l.Account == account).ToArray();
            if (rules.MaxNumOrderLists is { } perSymbol && executing.Count(l => l.Symbol == symbol) >= perSymbol)
            {
                throw FilterFailure(FilterType.MaxNumOrderLists);
            }

            if (_rules.ExchangeMaxNumOrderLists is { } perExchange && executing.Length >= perExchange)
            {
                throw FilterFailure(FilterType.ExchangeMaxNumOrderLists);
            }

            var open = OpenOrdersCore(account, symbol);
            if (legs.Any(l => l.ClientOrderId is not null && open.Any(o => o.ClientOrderId == l.ClientOrderId)))
            {
                throw _messages.Engine(MatchingEngineReason.DuplicateOrder);
            }

            var listId = _nextOrderListId;
            var orders = new List<EngineOrder>();
            foreach (var leg in legs)
            {
                orders.Add(new EngineOrder
                {
                    Symbol = symbol,
                    OrderId = _nextOrderId + orders.Count,
                    OrderListId = listId,
                    ClientOrderId = leg.ClientOrderId ?? NewClientOrderId(),
                    Account = account,
                    Side = leg.Order.Side,
                    Type = leg.Order.Type,
                    OriginalType = leg.Order.Type,
                    TimeInForce = leg.Order.TimeInForce,
                    Price = leg.Order.Price ?? 0,
                    OrigQty = leg.Order.Quantity ?? 0,
                    OrigQuoteOrderQty = leg.Order.QuoteOrderQty ?? 0,
                    StopPrice = leg.Order.StopPrice ?? 0,
                    TrailingDelta = leg.Order.TrailingDelta,
                    IcebergQty = leg.Order.IcebergQty ?? 0,
                    Time = now,
                    UpdateTime = now,
                    SelfTradePreventionMode = stpMode,
                    Status = leg.Pending ? "PENDING_NEW" : "NEW",
                    QuantityFromWorking = onePaysTheOther && leg.Pending,
                });
            }

            var working = orders.Where((_, i) => !legs[i].Pending).ToArray();
            var needs = working.Select(o => (Order: o, Needs: RequiredFunds(rules, book, o))).MaxBy(n => n.Needs.Amount);
            if (needs.Needs.Amount > _balances.Balance(account, needs.Needs.Asset).Free)
            {
                throw _messages.Engine(MatchingEngineReason.InsufficientBalance);
            }

            _nextOrderId += orders.Count;
            _nextOrderListId++;
            var isOto = contingencyType == "OTO";
            var list = new EngineOrderList
            {
                OrderListId = listId,
                ListClientOrderId = listClientOrderId ?? NewClientOrderId(),
                ContingencyType = contingencyType,
                Symbol = symbol,
                Account = account,
                TransactionTime = now,
                UpdateTime = now,
                Orders = orders,
                Working = isOto ? working[0] : null,
                Pending = isOto ? [.. orders.Where((_, i) => legs[i].Pending)] : [],
                OnePaysTheOther = onePaysTheOther,
            };
            _lists[listId] = list;
            _acceptedLists.Add(list);
            foreach (var order in orders)
            {
                Track(order);
            }

            if (needs.Needs.Lock)
            {
                _balances.Lock(needs.Order, needs.Needs.Asset, needs.Needs.Amount);
            }

            Accepted(orders);
            Events?.ListChanged(list, now);
            var fills = new List<EngineTrade>();
            foreach (var order in working)
            {
                Start(order, book, now, fills);
            }

            TriggerStops(book, now, fills);
            return (list, fills.Where(f => f.Account == account && orders.Any(o => o.OrderId == f.OrderId)).ToArray());
        }
    }

    private SandboxRejection FilterFailure(FilterType filter) => new(400, BinanceErrorCodes.InvalidMessage,
        BinanceErrorCatalog.For(_messages.Venue).FilterFailures.First(f => f.Filter == filter && f.Template.Form != MessageForm.Legacy).Template.Text);

    /// <summary>A list by id or listClientOrderId (the latest with that id).</summary>
    public EngineOrderList? FindList(string account, long? orderListId, string? listClientOrderId)
    {
        lock (_gate)
        {
            return orderListId is { } id
                ? _lists.TryGetValue(id, out var list) && list.Account == account ? list : null
                : _acceptedLists.LastOrDefault(l => l.Account == account && l.ListClientOrderId == listClientOrderId);
        }
    }

    public IReadOnlyList<EngineOrderList> OpenLists(string account)
    {
        lock (_gate)
        {
            return [.. _acceptedLists.Where(l => l.Account == account && l.IsExecuting)];
        }
    }

    /// <summary>Cancels every open leg of an executing list; -2011 "Unknown order list sent." when there is none.</summary>
    public EngineOrderList CancelList(string account, string symbol, long? orderListId, string? listClientOrderId, long now, Func<SandboxRejection> unknown)
    {
        lock (_gate)
        {
            var list = orderListId is { } id
                ? _lists.TryGetValue(id, out var byId) && byId.Account == account && byId.Symbol == symbol ? byId : null
                : _acceptedLists.LastOrDefault(l => l.Account == account && l.Symbol == symbol && l.ListClientOrderId == listClientOrderId && l.IsExecuting);
            if (list is null || !list.IsExecuting)
            {
                throw unknown();
            }

            foreach (var order in list.Orders.Where(o => o.IsOpen || o.Status == "PENDING_NEW"))
            {
                _books[symbol].Remove(order);
                Close(order, "CANCELED", now, null);
            }

            SettleLists(now, []);
            return list;
        }
    }

    /// <summary>A working leg goes to work: a stop waits for its trigger, anything else matches now.</summary>
    private void Start(EngineOrder order, OrderBook book, long now, List<EngineTrade> fills)
    {
        if (order.IsAlgo)
        {
            order.TrailingAnchor = order.StopPrice == 0 ? book.LastPrice : null;
            book.Stops.Add(order);
        }
        else
        {
            Activate(order, book, now, fills);
        }
    }

    /// <summary>A stop leg of an OCO triggered: its sibling expires before the stop runs (and frees what it locked).</summary>
    private void ExpireOcoSiblings(EngineOrder triggered, long now)
    {
        if (triggered.OrderListId < 0 || !_lists.TryGetValue(triggered.OrderListId, out var list) || !list.OneCancelsOther.Contains(triggered))
        {
            return;
        }

        foreach (var other in list.OneCancelsOther.Where(o => o != triggered && o.IsOpen))
        {
            _books[other.Symbol].Remove(other);
            Close(other, "EXPIRED", now, "OCO_TRIGGER");
        }
    }

    /// <summary>
    /// Applies the lists' contingencies until nothing changes: an OCO leg that executed, triggered or closed ends its
    /// sibling; a filled working leg places the pending legs; a working leg that ended unfilled ends them; a list
    /// whose legs are all done is ALL_DONE.
    /// </summary>
    private void SettleLists(long now, List<EngineTrade> fills)
    {
        var changed = true;
        for (var round = 0; changed && round < 100; round++)
        {
            changed = false;
            foreach (var list in _lists.Values.Where(l => l.IsExecuting).ToArray())
            {
                var book = _books[list.Symbol];
                if (list.Working is { } working && !list.PendingActive)
                {
                    if (working.Status == "FILLED")
                    {
                        list.PendingActive = true;
                        if (!list.OnePaysTheOther || SizeOpoPending(list, working, now))
                        {
                            ActivatePending(list, book, now, fills);
                        }

                        changed = true;
                    }
                    else if (!working.IsOpen)
                    {
                        foreach (var pending in list.Pending.Where(p => p.Status == "PENDING_NEW"))
                        {
                            var canceled = working.Status == "CANCELED";
                            Close(pending, canceled ? "CANCELED" : "EXPIRED", now, canceled ? null : "OTO_PHASE_ONE_EXPIRED");
                        }

                        changed = true;
                    }
                }

                var pair = list.OneCancelsOther;
                if (pair.Count == 2 && pair.Any(o => o.IsOpen))
                {
                    var fired = pair.FirstOrDefault(o => o.ExecutedQty > 0 || (o.IsAlgo && o.IsWorking) || !o.IsOpen);
                    if (fired is not null)
                    {
                        foreach (var other in pair.Where(o => o != fired && o.IsOpen))
                        {
                            book.Remove(other);
                            var canceled = fired.Status == "CANCELED";
                            Close(other, canceled ? "CANCELED" : "EXPIRED", now, canceled ? null : "OCO_TRIGGER");
                            changed = true;
                        }
                    }
                }

                if (list.Orders.All(o => !o.IsOpen && o.Status != "PENDING_NEW"))
                {
                    list.ListOrderStatus = "ALL_DONE";
                    list.ListStatusType = "ALL_DONE";
                    list.UpdateTime = now;
                    Events?.ListChanged(list, now);
                }
            }
        }
    }

    /// <summary>
    /// OPO: the working BUY filled, so the pending SELL leg(s) get the base it received (faqs/opo.md): the whole executed
    /// quantity when the commission can come from other free funds (the received asset is not BNB and the free balance
    /// covers it), else the quantity less the commission; rounded down to LOT_SIZE (MARKET_LOT_SIZE for market types)
    /// and then held to the pending leg's filters. A quantity that cannot meet them expires the pending legs
    /// (<c>REJECTED</c>; the docs do not say what the exchange does then).
    /// </summary>
    private bool SizeOpoPending(EngineOrderList list, EngineOrder working, long now)
    {
        if (!_rules.TryGetSymbol(list.Symbol, out var rules))
        {
            return false;
        }

        var commission = _trades.TryGetValue((list.Account, list.Symbol), out var trades) ? trades.Where(t => t.OrderId == working.OrderId).Sum(t => t.Commission) : 0m;
        var free = _balances.Balance(list.Account, rules.Info.BaseAsset).Free;
        var received = rules.Info.BaseAsset != "BNB" && free >= working.ExecutedQty ? working.ExecutedQty : working.ExecutedQty - commission;
        var valid = true;
        foreach (var pending in list.Pending)
        {
            var executesAsMarket = pending.Type is BinanceOrderType.Market or BinanceOrderType.StopLoss or BinanceOrderType.TakeProfit;
            var step = executesAsMarket && rules.MarketLotSize?.StepSize is > 0 ? rules.MarketLotSize.StepSize : rules.LotSize?.StepSize ?? 0;
            var max = executesAsMarket && rules.MarketLotSize?.MaxQty is > 0 ? rules.MarketLotSize.MaxQty : rules.LotSize?.MaxQty ?? 0;
            var quantity = step > 0 ? OrderNormalizer.Round(received, step, RoundingDirection.Down) : received;
            pending.OrigQty = max > 0 ? Math.Min(quantity, max) : quantity;
            valid &= pending.OrigQty > 0 && OrderValidator.Validate(_rules, AsRequest(pending)).IsValid;
        }

        if (!valid)
        {
            foreach (var pending in list.Pending)
            {
                Close(pending, "EXPIRED", now, "REJECTED");
            }
        }

        return valid;
    }

    /// <summary>An order's parameters as a request, to validate an OPO pending leg once it has its quantity.</summary>
    private static OrderRequest AsRequest(EngineOrder order) => new()
    {
        Symbol = order.Symbol,
        Side = SpotWire.Side(order.Side),
        Type = order.Type.ToWireName(),
        TimeInForce = order.TimeInForce is { } tif ? SpotWire.TimeInForceText(tif) : null,
        Quantity = SpotWire.Decimal(order.OrigQty),
        Price = order.Price > 0 ? SpotWire.Decimal(order.Price) : null,
        StopPrice = order.StopPrice > 0 ? SpotWire.Decimal(order.StopPrice) : null,
        TrailingDelta = order.TrailingDelta?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IcebergQty = order.IcebergQty > 0 ? SpotWire.Decimal(order.IcebergQty) : null,
    };

    /// <summary>The working leg filled: the pending legs become NEW and work, an OTOCO's pair locking once.</summary>
    private void ActivatePending(EngineOrderList list, OrderBook book, long now, List<EngineTrade> fills)
    {
        var rules = _rules.TryGetSymbol(list.Symbol, out var r) ? r : null;
        foreach (var pending in list.Pending)
        {
            pending.Status = "NEW";
            pending.UpdateTime = now;
        }

        if (rules is not null)
        {
            var needs = list.Pending.Select(o => (Order: o, Needs: RequiredFunds(rules, book, o))).MaxBy(n => n.Needs.Amount);
            if (needs.Needs.Lock && needs.Needs.Amount <= _balances.Balance(list.Account, needs.Needs.Asset).Free)
            {
                _balances.Lock(needs.Order, needs.Needs.Asset, needs.Needs.Amount);
            }
        }

        foreach (var pending in list.Pending)
        {
            Start(pending, book, now, fills);
        }
    }
}
