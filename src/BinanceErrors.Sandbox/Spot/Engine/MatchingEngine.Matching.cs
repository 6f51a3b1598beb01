using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// Spot matching: an order that starts working goes through the shared <see cref="PriceTimeBook{TOrder}"/> matching
/// with Spot's own rules on top (self-trade prevention, quote-quantity market orders, a stop market that spends only
/// what is free), each fill is settled on <see cref="SpotBalances"/>, and trades trigger stops.
/// </summary>
internal sealed partial class MatchingEngine
{
    /// <summary>The expiry reason of a taker stopped by the Price Range Execution Rule (enums.md, "Expiry Reasons").</summary>
    private const string PriceRangeExceeded = "EXECUTION_RULE_PRICE_RANGE_EXCEEDED";

    private static bool Within((decimal? Min, decimal? Max) bounds, decimal price) =>
        (bounds.Min is not { } min || price >= min) && (bounds.Max is not { } max || price <= max);

    private void Activate(EngineOrder order, OrderBook book, long now, List<EngineTrade> fills)
    {
        order.IsWorking = true;
        order.WorkingTime = now;
        var rules = _rules.TryGetSymbol(order.Symbol, out var r) ? r : null;

        // The execution price limits are set as the order enters its taker phase and hold for all of it.
        var bounds = book.ExecutionBounds(order.Side);

        // Fill-or-kill counts only what the order could trade: an account's own orders would be prevented. Enough
        // liquidity that only lies beyond the price range is the range's expiry, not fill-or-kill's.
        if (order.TimeInForce == BinanceTimeInForce.Fok && book.Available(order.Side, order.Price, m => m.Account != order.Account) < order.OrigQty)
        {
            Close(order, "EXPIRED", now, "UNFILLED_FOK_ORDER_EXPIRED");
            return;
        }

        if (order.TimeInForce == BinanceTimeInForce.Fok && book.Available(order.Side, order.Price, m => m.Account != order.Account && Within(bounds, m.Price)) < order.OrigQty)
        {
            Close(order, "EXPIRED", now, PriceRangeExceeded);
            return;
        }

        Match(order, book, rules, bounds, now, fills);

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

    private void Match(EngineOrder taker, OrderBook book, SymbolRules? rules, (decimal? Min, decimal? Max) bounds, long now, List<EngineTrade> fills)
    {
        var step = rules?.LotSize?.StepSize is > 0 ? rules.LotSize.StepSize : 0.00000001m;
        var byQuote = taker.Type == BinanceOrderType.Market && taker.OrigQuoteOrderQty > 0;
        book.Match(
            taker.Side,
            taker.Type == BinanceOrderType.Market ? null : taker.Price,
            (maker, price) => Decide(taker, maker, price, bounds, byQuote, step, rules, now),
            (maker, price, qty) =>
            {
                Fill(taker, maker, price, qty, book, rules, now, fills);
                if (maker.Remaining <= 0)
                {
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
            });

        if (byQuote && taker.IsOpen)
        {
            taker.OrigQty = taker.ExecutedQty;
            Close(taker, "EXPIRED", now, "INSUFFICIENT_LIQUIDITY");
        }
    }

    /// <summary>
    /// How much the taker trades with the best maker: the Price Range Execution Rule first (a taker that would execute
    /// beyond it expires, with what it filled so far), then self-trade prevention, then quantity and funds.
    /// </summary>
    private MatchDecision Decide(EngineOrder taker, EngineOrder maker, decimal price, (decimal? Min, decimal? Max) bounds, bool byQuote, decimal step, SymbolRules? rules, long now)
    {
        if (!taker.IsOpen)
        {
            return MatchDecision.Stop;
        }

        if (!Within(bounds, price))
        {
            if (byQuote)
            {
                taker.OrigQty = taker.ExecutedQty;
            }

            Close(taker, "EXPIRED", now, PriceRangeExceeded);
            return MatchDecision.Stop;
        }

        if (maker.Account == taker.Account && taker.SelfTradePreventionMode != "NONE")
        {
            var mode = taker.SelfTradePreventionMode;
            var expireMaker = mode is "EXPIRE_MAKER" or "EXPIRE_BOTH" or "DECREMENT" or "TRANSFER";
            if (expireMaker)
            {
                Close(maker, "EXPIRED_IN_MATCH", now, "NONE");
            }

            if (mode is "EXPIRE_TAKER" or "EXPIRE_BOTH")
            {
                Close(taker, "EXPIRED_IN_MATCH", now, "NONE");
            }

            // The expired maker leaves the book (the closed taker then stops at the next step); EXPIRE_TAKER leaves it resting.
            return expireMaker ? MatchDecision.Withdraw : MatchDecision.Stop;
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

                return MatchDecision.Stop;
            }
        }
        else
        {
            qty = Math.Min(taker.Remaining, maker.Remaining);
        }

        // A buy without a lock (a triggered stop market) spends only what is free.
        if (taker.Side == BinanceOrderSide.Buy && taker.LockedAsset is null && taker.Account != HouseAccount && rules is not null)
        {
            var affordable = OrderNormalizer.Round(_balances.Balance(taker.Account, rules.Info.QuoteAsset).Free / price, step, RoundingDirection.Down);
            qty = Math.Min(qty, affordable);
        }

        return MatchDecision.Fill(qty);
    }

    /// <summary>Books a fill the book made: the taker's totals, both orders' status, balances and commission, the trades.</summary>
    private void Fill(EngineOrder taker, EngineOrder maker, decimal price, decimal qty, OrderBook book, SymbolRules? rules, long now, List<EngineTrade> fills)
    {
        var quote = price * qty;
        var buyer = taker.Side == BinanceOrderSide.Buy ? taker : maker;
        var seller = taker.Side == BinanceOrderSide.Buy ? maker : taker;
        var baseAsset = rules?.Info.BaseAsset ?? string.Empty;
        var quoteAsset = rules?.Info.QuoteAsset ?? string.Empty;
        var tradeId = book.NextTradeId++;

        // The book executed the maker; the taker's totals are booked here.
        taker.Execute(qty, price);
        foreach (var order in new[] { taker, maker })
        {
            order.UpdateTime = now;
            if (order.IsOpen && order.Remaining > 0)
            {
                order.Status = "PARTIALLY_FILLED";
            }
        }

        var (buyerCommission, sellerCommission) = _balances.Settle(buyer, seller, qty, quote, baseAsset, quoteAsset);
        if (buyer.Account != HouseAccount)
        {
            Record(buyer, book, tradeId, price, qty, quote, buyerCommission, baseAsset, now, isBuyer: true, isMaker: buyer == maker, fills);
        }

        if (seller.Account != HouseAccount)
        {
            Record(seller, book, tradeId, price, qty, quote, sellerCommission, quoteAsset, now, isBuyer: false, isMaker: seller == maker, fills);
        }

        book.RecordTrade(now, price, qty);
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
        Events?.OrderChanged(order, "TRADE", trade, now);
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
}
