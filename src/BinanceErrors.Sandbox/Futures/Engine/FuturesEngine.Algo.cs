using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// Conditional orders that wait for their trigger price and then enter the matching engine: USDⓈ-M's Algo Service
/// orders, and COIN-M's conditional orders placed with the ordinary order endpoint (held, keeping their order id).
/// </summary>
internal sealed partial class FuturesEngine
{
    /// <summary>Validates and stores an algo order; -2021 when it would trigger at once.</summary>
    public FuturesAlgoOrder PlaceAlgo(string account, in FuturesAlgoOrderRequest request, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var context = request.Symbol is { } s ? Context(account, s, now) : new FuturesMarketContext { DualSidePosition = _accounts[account].DualSidePosition };
            var validation = FuturesOrderValidator.ValidateAlgo(Rules, request, context);
            if (!validation.IsValid)
            {
                throw SandboxRejection.From(validation.Error!);
            }

            var parsed = validation.Order;
            var symbol = validation.Rules!.Symbol;
            if (request.ClientAlgoId is { } clientId && _algos.Any(a => a.Account == account && a.ClientAlgoId == clientId && a.IsOpen))
            {
                throw _messages.Reject(_setup.DuplicateClientOrderIdCode);
            }

            var algo = new FuturesAlgoOrder
            {
                Symbol = symbol,
                AlgoId = _nextAlgoId++,
                ClientAlgoId = request.ClientAlgoId ?? NewClientOrderId(),
                Account = account,
                Side = parsed.Side,
                PositionSide = parsed.PositionSide ?? PositionSide.Both,
                Type = parsed.Type,
                TimeInForce = parsed.TimeInForce ?? FuturesTimeInForce.Gtc,
                Quantity = parsed.Quantity ?? 0m,
                Price = parsed.Price ?? 0m,
                PriceMatch = request.PriceMatch,
                TriggerPrice = parsed.StopPrice ?? 0m,
                ActivatePrice = parsed.ActivationPrice,
                CallbackRate = parsed.CallbackRate,
                WorkingType = request.WorkingType ?? "CONTRACT_PRICE",
                ReduceOnly = parsed.ReduceOnly,
                ClosePosition = parsed.ClosePosition,
                PriceProtect = string.Equals(request.PriceProtect, "TRUE", StringComparison.OrdinalIgnoreCase),
                SelfTradePreventionMode = request.SelfTradePreventionMode ?? "EXPIRE_MAKER",
                GoodTillDate = parsed.GoodTillDate ?? 0,
                CreateTime = now,
                UpdateTime = now,
            };

            RejectIfTriggered(algo);
            _algos.Add(algo);
            AlgoEvent(algo, string.Empty, now);
            return algo;
        }
    }

    /// <summary>
    /// Holds a conditional order placed with the ordinary order endpoint (COIN-M's <c>/dapi/v1/order</c>): open and
    /// listed at once, outside the book and without margin until its trigger fires; -2021 when it would trigger at once.
    /// </summary>
    private void Hold(FuturesOrder order, long now)
    {
        var trigger = new FuturesAlgoOrder
        {
            Symbol = order.Symbol,
            AlgoId = order.OrderId,
            ClientAlgoId = order.ClientOrderId,
            Account = order.Account,
            Side = order.Side,
            PositionSide = order.PositionSide,
            Type = order.Type,
            TimeInForce = order.TimeInForce,
            Quantity = order.OrigQty,
            Price = order.Price,
            TriggerPrice = order.StopPrice,
            ActivatePrice = order.ActivatePrice,
            CallbackRate = order.PriceRate,
            WorkingType = order.WorkingType,
            ReduceOnly = order.ReduceOnly,
            ClosePosition = order.ClosePosition,
            PriceProtect = order.PriceProtect,
            SelfTradePreventionMode = order.SelfTradePreventionMode,
            CreateTime = now,
            UpdateTime = now,
            HeldOrder = order,
        };
        RejectIfTriggered(trigger);
        Record(order);
        _open[order.Account].Add(order);
        _algos.Add(trigger);
        Changed(order, "NEW", null, now);
    }

    /// <summary>-2021 for a stop or take-profit whose trigger price the working price has already crossed (trailing stops start tracking instead).</summary>
    private void RejectIfTriggered(FuturesAlgoOrder algo)
    {
        if (algo.Type != FuturesOrderType.TrailingStopMarket && Crossed(algo, WorkingPrice(algo, _books[algo.Symbol])))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.OrderWouldImmediatelyTrigger);
        }
    }

    public FuturesAlgoOrder CancelAlgo(string account, long? algoId, string? clientAlgoId, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var algo = FindAlgoCore(account, algoId, clientAlgoId);
            if (algo is null || !algo.IsOpen)
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
            }

            algo.AlgoStatus = "CANCELED";
            algo.UpdateTime = now;
            AlgoEvent(algo, string.Empty, now);
            return algo;
        }
    }

    public FuturesAlgoOrder? FindAlgo(string account, long? algoId, string? clientAlgoId)
    {
        lock (Gate)
        {
            return FindAlgoCore(account, algoId, clientAlgoId);
        }
    }

    private FuturesAlgoOrder? FindAlgoCore(string account, long? algoId, string? clientAlgoId) => algoId is { } id
        ? _algos.FirstOrDefault(a => a.AlgoId == id && a.Account == account)
        : _algos.LastOrDefault(a => a.Account == account && a.ClientAlgoId == clientAlgoId);

    public IReadOnlyList<FuturesAlgoOrder> OpenAlgoOrders(string account, string? symbol) =>
        [.. _algos.Where(a => a.Account == account && a.IsOpen && (symbol is null || a.Symbol == symbol))];

    private static decimal WorkingPrice(FuturesAlgoOrder algo, FuturesBook book) => algo.WorkingType == "MARK_PRICE" ? book.MarkPrice : book.LastPrice;

    /// <summary>STOP types trigger when the price rises to (BUY) or falls to (SELL) the trigger; TAKE_PROFIT types the other way.</summary>
    private static bool Crossed(FuturesAlgoOrder algo, decimal price)
    {
        var stop = algo.Type is FuturesOrderType.Stop or FuturesOrderType.StopMarket;
        var rising = algo.Side == BinanceOrderSide.Buy == stop;
        return rising ? price >= algo.TriggerPrice : price <= algo.TriggerPrice;
    }

    /// <summary>Trailing stops: active once the activation price is reached; trigger on a retreat of callbackRate % from the extreme.</summary>
    private static bool TrailingTriggered(FuturesAlgoOrder algo, decimal price)
    {
        var sell = algo.Side == BinanceOrderSide.Sell;
        if (algo.TrailingExtreme is null)
        {
            if (algo.ActivatePrice is { } activate && (sell ? price < activate : price > activate))
            {
                return false;
            }

            algo.TrailingExtreme = price;
        }

        algo.TrailingExtreme = sell ? Math.Max(algo.TrailingExtreme.Value, price) : Math.Min(algo.TrailingExtreme.Value, price);
        var rate = (algo.CallbackRate ?? 1m) / 100m;
        return sell ? price <= algo.TrailingExtreme.Value * (1 - rate) : price >= algo.TrailingExtreme.Value * (1 + rate);
    }

    /// <summary>Fires every open algo order on the book whose condition holds; fills they cause can fire more, handled in the same loop.</summary>
    private void CheckTriggers(FuturesBook book, long now)
    {
        if (_triggering)
        {
            return;
        }

        _triggering = true;
        try
        {
            bool fired;
            do
            {
                fired = false;
                foreach (var algo in _algos.Where(a => a.IsOpen && a.Symbol == book.Symbol).ToArray())
                {
                    var price = WorkingPrice(algo, book);
                    var triggered = algo.Type == FuturesOrderType.TrailingStopMarket ? TrailingTriggered(algo, price) : Crossed(algo, price);
                    if (triggered)
                    {
                        Trigger(algo, now);
                        fired = true;
                    }
                }
            }
            while (fired);
        }
        finally
        {
            _triggering = false;
        }
    }

    private void Trigger(FuturesAlgoOrder algo, long now)
    {
        algo.TriggerTime = now;
        algo.UpdateTime = now;
        var account = _accounts[algo.Account];
        var quantity = algo.Quantity;
        if (algo.ClosePosition)
        {
            quantity = Math.Abs(Position(account, algo.Symbol, algo.PositionSide).Amount);
            if (quantity == 0)
            {
                algo.AlgoStatus = "EXPIRED";
                AlgoEvent(algo, string.Empty, now);
                Expire(algo.HeldOrder, now);
                return;
            }
        }

        var limit = algo.Type is FuturesOrderType.Stop or FuturesOrderType.TakeProfit;
        var price = algo.Price;
        if (limit && algo.PriceMatch is { } match)
        {
            // The price comes from the book when the order enters the matching engine; no depth there: REJECTED.
            if (_books[algo.Symbol].PriceMatchPrice(algo.Side, match) is not { } matched)
            {
                algo.AlgoStatus = "REJECTED";
                AlgoEvent(algo, _messages.Text(_setup.PriceMatchNoDepthCode), now);
                Expire(algo.HeldOrder, now);
                return;
            }

            price = matched;
        }

        var order = algo.HeldOrder is { } held ? Release(held, limit, quantity) : new FuturesOrder
        {
            PlacedByAlgo = true,
            Symbol = algo.Symbol,
            OrderId = _nextOrderId++,
            ClientOrderId = algo.ClientAlgoId,
            Account = algo.Account,
            Side = algo.Side,
            Contract = Contract(algo.Symbol),
            PositionSide = algo.PositionSide,
            Type = limit ? FuturesOrderType.Limit : FuturesOrderType.Market,
            OrigType = algo.Type,
            TimeInForce = limit ? algo.TimeInForce : FuturesTimeInForce.Gtc,
            Price = limit ? price : 0m,
            PriceMatch = limit ? algo.PriceMatch : null,
            OrigQty = quantity,
            ReduceOnly = algo.ReduceOnly || algo.ClosePosition,
            ClosePosition = algo.ClosePosition,
            StopPrice = algo.TriggerPrice,
            WorkingType = algo.WorkingType,
            Algo = algo,
            ActivatePrice = algo.ActivatePrice,
            PriceRate = algo.Type == FuturesOrderType.TrailingStopMarket ? algo.CallbackRate : null,
            Time = now,
            UpdateTime = now,
        };

        // Forwarded to the matching engine: TRIGGERING, then what became of the order there.
        AlgoEvent(algo, string.Empty, now, status: "TRIGGERING");
        try
        {
            algo.ActualOrder = order;
            Execute(order, now);
            algo.AlgoStatus = order.IsOpen ? "TRIGGERED" : "FINISHED";
            AlgoEvent(algo, string.Empty, now);
        }
        catch (SandboxRejection rejection)
        {
            // The matching engine refused the triggered order (margin, reduce-only): the Algo Service reports REJECTED,
            // a held order (which has no algo status to show) expires.
            algo.ActualOrder = null;
            algo.AlgoStatus = "REJECTED";
            AlgoEvent(algo, rejection.Message, now);
            Expire(algo.HeldOrder, now);
        }
    }

    /// <summary>A held conditional order leaves the waiting list to enter the matching engine as the LIMIT or MARKET order it triggers.</summary>
    private FuturesOrder Release(FuturesOrder held, bool limit, decimal quantity)
    {
        _open[held.Account].Remove(held);
        held.Type = limit ? FuturesOrderType.Limit : FuturesOrderType.Market;
        held.OrigQty = quantity;
        return held;
    }

    /// <summary>A held conditional order that triggered but could not be placed (nothing to close, refused by the matching engine) expires.</summary>
    private void Expire(FuturesOrder? held, long now)
    {
        if (held is null)
        {
            return;
        }

        _open[held.Account].Remove(held);
        held.Status = "EXPIRED";
        held.UpdateTime = now;
        Changed(held, "EXPIRED", null, now);
    }
}
