using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>The Algo Service: conditional orders that wait for their trigger price and then enter the matching engine.</summary>
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

            var book = _books[symbol];
            if (algo.Type != FuturesOrderType.TrailingStopMarket && Crossed(algo, WorkingPrice(algo, book)))
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.OrderWouldImmediatelyTrigger);
            }

            _algos.Add(algo);
            Events?.AlgoChanged(algo, algo.ReportedStatus, string.Empty, now);
            return algo;
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
            Events?.AlgoChanged(algo, algo.ReportedStatus, string.Empty, now);
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
                Events?.AlgoChanged(algo, algo.ReportedStatus, string.Empty, now);
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
                Events?.AlgoChanged(algo, algo.ReportedStatus, _messages.Text(_setup.PriceMatchNoDepthCode), now);
                return;
            }

            price = matched;
        }

        var order = new FuturesOrder
        {
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
            Time = now,
            UpdateTime = now,
        };

        // Forwarded to the matching engine: TRIGGERING, then what became of the order there.
        Events?.AlgoChanged(algo, "TRIGGERING", string.Empty, now);
        try
        {
            algo.ActualOrder = order;
            Execute(order, now);
            algo.AlgoStatus = order.IsOpen ? "TRIGGERED" : "FINISHED";
            Events?.AlgoChanged(algo, algo.ReportedStatus, string.Empty, now);
        }
        catch (SandboxRejection rejection)
        {
            // The matching engine refused the triggered order (margin, reduce-only): the Algo Service reports REJECTED.
            algo.ActualOrder = null;
            algo.AlgoStatus = "REJECTED";
            Events?.AlgoChanged(algo, algo.ReportedStatus, rejection.Message, now);
        }
    }
}
