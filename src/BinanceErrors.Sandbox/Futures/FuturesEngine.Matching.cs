using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>
/// USDⓈ-M matching: the account checks an order passes before it trades, then the shared
/// <see cref="PriceTimeBook{TOrder}"/> matching, each fill booked on the <see cref="FuturesAccount"/> (position,
/// realized profit, commission).
/// </summary>
internal sealed partial class FuturesEngine
{
    /// <summary>
    /// The account checks, then matching: reduce-only (-2022), post-only (-5022), fill-or-kill (-5021), margin (-2019);
    /// a rejected order leaves no trace. Accepted orders take liquidity, and the rest rests or expires by time in force.
    /// </summary>
    private void Execute(FuturesOrder order, long now)
    {
        var account = _accounts[order.Account];
        var book = _books[order.Symbol];
        var position = account.Position(order.Symbol, order.PositionSide);
        var signed = order.Side == BinanceOrderSide.Buy ? 1 : -1;

        // How much of the order closes an existing position, and whether it may only close.
        var closable = Math.Sign(position.Amount) == -signed ? Math.Abs(position.Amount) : 0m;
        var hedgeClosing = order.PositionSide == PositionSide.Long ? order.Side == BinanceOrderSide.Sell : order.PositionSide == PositionSide.Short && order.Side == BinanceOrderSide.Buy;
        var reducing = order.ReduceOnly || hedgeClosing;
        if (reducing && (closable == 0 || (hedgeClosing && order.OrigQty > closable)))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.ReduceOnlyReject);
        }

        decimal? limit = order.Type == FuturesOrderType.Limit ? order.Price : null;
        if (order.TimeInForce == FuturesTimeInForce.Gtx && order.Type == FuturesOrderType.Limit && book.WouldTake(order.Side, limit))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.GtxOrderReject);
        }

        var fillable = reducing ? Math.Min(order.OrigQty, closable) : order.OrigQty;
        if (order.TimeInForce == FuturesTimeInForce.Fok && order.Type == FuturesOrderType.Limit && book.Available(order.Side, limit) < order.OrigQty)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.FokOrderReject);
        }

        var opening = reducing ? 0m : order.OrigQty - Math.Min(order.OrigQty, closable);
        var required = opening * (limit ?? book.MarkPrice) / order.Leverage;
        if (required > 0 && required > account.Available(MarkPrice, OpenOrderMargin(order.Account)))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MarginNotSufficien);
        }

        _orders.Add(order);
        _byId[order.OrderId] = order;
        // The shared matching: price-time priority at the makers' prices, up to what the order may fill (no self-trade
        // check: the house and users meet as on the exchange's book).
        book.Match(
            order.Side,
            limit,
            (maker, _) => MatchDecision.Fill(Math.Min(fillable - order.ExecutedQty, maker.Remaining)),
            (maker, price, qty) =>
            {
                book.RecordTrade(price, qty);
                Fill(order, price, qty, isMaker: false, now);
                if (maker.Account != FuturesBook.HouseAccount)
                {
                    Fill(maker, price, qty, isMaker: true, now);
                    if (!maker.IsOpen)
                    {
                        _open[maker.Account].Remove(maker);
                    }
                }

                order.Execute(qty, price);
            });

        var rests = order.Type == FuturesOrderType.Limit && order.TimeInForce is FuturesTimeInForce.Gtc or FuturesTimeInForce.Gtx or FuturesTimeInForce.Gtd;
        if (order.Remaining == 0)
        {
            order.Status = "FILLED";
        }
        else if (rests && !(order.ReduceOnly && order.ExecutedQty >= fillable))
        {
            order.Status = order.ExecutedQty > 0 ? "PARTIALLY_FILLED" : "NEW";
            book.Add(order);
            _open[order.Account].Add(order);
        }
        else
        {
            order.Status = "EXPIRED";
        }

        order.UpdateTime = now;
        if (order.ExecutedQty > 0)
        {
            book.Requote();
            CheckTriggers(book, now);
        }
    }

    /// <summary>Books one fill on the order's account: position, realized profit and commission into the wallet, a trade.</summary>
    private void Fill(FuturesOrder order, decimal price, decimal qty, bool isMaker, long now)
    {
        var account = _accounts[order.Account];
        var position = account.Position(order.Symbol, order.PositionSide);
        var realized = position.Apply(order.Side == BinanceOrderSide.Buy ? qty : -qty, price, now);
        var commission = qty * price * (isMaker ? _makerRate : _takerRate);
        account.WalletBalance += realized - commission;
        account.UpdateTime = now;
        _trades[order.Account].Add(new FuturesTrade(order.Symbol, _nextTradeId++, order.OrderId, order.Account, order.Side, order.PositionSide, price, qty, realized, commission, now, isMaker));
        if (isMaker)
        {
            order.Status = order.Remaining == 0 ? "FILLED" : "PARTIALLY_FILLED";
            order.UpdateTime = now;
        }
    }
}
