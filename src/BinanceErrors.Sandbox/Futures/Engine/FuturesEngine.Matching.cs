using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Matching;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// Futures matching: the account checks an order passes before it trades, then the shared
/// <see cref="PriceTimeBook{TOrder}"/> matching, each fill booked on the <see cref="FuturesAccount"/> (position,
/// realized profit, commission).
/// </summary>
internal sealed partial class FuturesEngine
{
    /// <summary>Lists an order among the accepted ones, once (a held conditional order was listed when it was placed).</summary>
    private void Record(FuturesOrder order)
    {
        if (_byId.TryAdd(order.OrderId, order))
        {
            _orders.Add(order);
        }
    }

    /// <summary>
    /// The account checks, then matching: reduce-only (-2022), post-only (USDⓈ-M -5022; COIN-M expires it), fill-or-kill
    /// (USDⓈ-M -5021; COIN-M expires it), the leverage bracket (-2027) and margin (-2019); a rejected order leaves no trace. Accepted orders take liquidity, and the rest rests or expires by time in force.
    /// </summary>
    private void Execute(FuturesOrder order, long now)
    {
        var plan = Check(order);
        Record(order);
        Run(order, plan, "NEW", now);
    }

    /// <summary>What an order that passed the account checks does in the book.</summary>
    /// <param name="Limit">Its limit price; null for a market order.</param>
    /// <param name="Fillable">How much of its remaining quantity may fill (a reduce-only order: at most the position).</param>
    /// <param name="Rests">Whether what does not fill rests on the book.</param>
    /// <param name="Expires">Why it expires at once without trading (COIN-M's post-only and fill-or-kill); null when it trades.</param>
    private readonly record struct ExecutionPlan(decimal? Limit, decimal Fillable, bool Rests, FuturesOrderExpiryReason? Expires);

    /// <summary>
    /// The account checks for an order entering the matching engine (new, or amended with its new price and quantity):
    /// reduce-only (-2022), post-only and fill-or-kill, the leverage bracket (-2027) and margin (-2019), on its remaining
    /// quantity. Throws the rejection; changes nothing.
    /// </summary>
    private ExecutionPlan Check(FuturesOrder order)
    {
        var account = _accounts[order.Account];
        var book = _books[order.Symbol];
        var position = Position(account, order.Symbol, order.PositionSide);
        var signed = order.Side == BinanceOrderSide.Buy ? 1 : -1;
        var remaining = order.Remaining;

        // How much of the order closes an existing position, and whether it may only close.
        var closable = Math.Sign(position.Amount) == -signed ? Math.Abs(position.Amount) : 0m;
        var hedgeClosing = order.PositionSide == PositionSide.Long ? order.Side == BinanceOrderSide.Sell : order.PositionSide == PositionSide.Short && order.Side == BinanceOrderSide.Buy;
        var reducing = order.ReduceOnly || hedgeClosing;
        if (reducing && (closable == 0 || (hedgeClosing && remaining > closable)))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.ReduceOnlyReject);
        }

        decimal? limit = order.Type == FuturesOrderType.Limit ? order.Price : null;
        var fillable = reducing ? Math.Min(remaining, closable) : remaining;
        var wouldTake = order.TimeInForce == FuturesTimeInForce.Gtx && order.Type == FuturesOrderType.Limit && book.WouldTake(order.Side, limit);
        var cannotFill = order.TimeInForce == FuturesTimeInForce.Fok && order.Type == FuturesOrderType.Limit && book.Available(order.Side, limit) < remaining;
        if (wouldTake || cannotFill)
        {
            // USDⓈ-M refuses them (-5022, -5021); COIN-M, whose list has neither code, accepts the order and expires it.
            if ((wouldTake ? _setup.PostOnlyRejectCode : _setup.FillOrKillRejectCode) is { } code)
            {
                throw _messages.Reject(code);
            }

            return new ExecutionPlan(limit, fillable, Rests: false, wouldTake ? FuturesOrderExpiryReason.PostOnlyWouldTake : FuturesOrderExpiryReason.UnfilledFokOrder);
        }

        var rests = order.Type == FuturesOrderType.Limit && order.TimeInForce is FuturesTimeInForce.Gtc or FuturesTimeInForce.Gtx or FuturesTimeInForce.Gtd;
        CheckMargin(order, account, book, limit, fillable, rests);
        return new ExecutionPlan(limit, fillable, rests, Expires: null);
    }

    /// <summary>
    /// Runs a checked order through the book: reports it (<paramref name="executionType"/> NEW, or AMENDMENT), takes
    /// liquidity at the makers' prices up to what it may fill, books each fill on both accounts (TRADE events for both
    /// orders and ACCOUNT_UPDATE for both accounts), then rests the rest or expires it by time in force.
    /// </summary>
    private void Run(FuturesOrder order, ExecutionPlan plan, string executionType, long now)
    {
        Changed(order, executionType, null, now);
        if (plan.Expires is { } expiry)
        {
            order.Status = "EXPIRED";
            order.ExpiryReason = expiry;
            order.UpdateTime = now;
            Changed(order, "EXPIRED", null, now);
            return;
        }

        var book = _books[order.Symbol];
        var executedBefore = order.ExecutedQty;
        // The shared matching: price-time priority at the makers' prices, up to what the order may fill (no self-trade
        // check: the house and users meet as on the exchange's book).
        book.Match(
            order.Side,
            plan.Limit,
            (maker, _) => MatchDecision.Fill(Math.Min(plan.Fillable - (order.ExecutedQty - executedBefore), maker.Remaining)),
            (maker, price, qty) =>
            {
                book.RecordTrade(price, qty);
                var taken = Fill(order, price, qty, isMaker: false, now);
                order.Execute(qty, price);
                Changed(order, "TRADE", taken, now);
                Events?.AccountChanged(_accounts[order.Account], Position(_accounts[order.Account], order.Symbol, order.PositionSide), now);
                if (maker.Account != FuturesBook.HouseAccount)
                {
                    var made = Fill(maker, price, qty, isMaker: true, now);
                    if (!maker.IsOpen)
                    {
                        _open[maker.Account].Remove(maker);
                    }

                    Changed(maker, "TRADE", made, now);
                    Events?.AccountChanged(_accounts[maker.Account], Position(_accounts[maker.Account], maker.Symbol, maker.PositionSide), now);
                    AlgoFinished(maker, now);
                }
            });

        if (order.Remaining == 0)
        {
            order.Status = "FILLED";
        }
        else if (plan.Rests && !(order.ReduceOnly && order.ExecutedQty - executedBefore >= plan.Fillable))
        {
            order.Status = order.ExecutedQty > 0 ? "PARTIALLY_FILLED" : "NEW";
            book.Add(order);
            _open[order.Account].Add(order);
        }
        else
        {
            order.Status = "EXPIRED";
            order.ExpiryReason = order.Type == FuturesOrderType.Market ? FuturesOrderExpiryReason.UnfilledMarketQuantity
                : order.TimeInForce == FuturesTimeInForce.Ioc ? FuturesOrderExpiryReason.UnfilledIocQuantity
                : FuturesOrderExpiryReason.ReduceOnlyKnockedOut;
        }

        order.UpdateTime = now;
        if (order.Status == "EXPIRED")
        {
            Changed(order, "EXPIRED", null, now);
        }

        if (order.ExecutedQty > executedBefore)
        {
            book.Requote();
            CheckTriggers(book, now);
        }
    }

    /// <summary>Reports an order change to the user data streams.</summary>
    private void Changed(FuturesOrder order, string executionType, FuturesTrade? trade, long now) =>
        Events?.OrderChanged(order, executionType, trade, now);

    /// <summary>
    /// Reports an Algo Service order's change (<paramref name="status"/>: the status it reports now unless given);
    /// a held conditional order (COIN-M's) has no algo status: its ORDER_TRADE_UPDATE events say what happens to it.
    /// </summary>
    private void AlgoEvent(FuturesAlgoOrder algo, string rejectReason, long now, string? status = null)
    {
        if (algo.HeldOrder is null)
        {
            Events?.AlgoChanged(algo, status ?? algo.ReportedStatus, rejectReason, now);
        }
    }

    /// <summary>An order an algo order placed closed (filled, canceled, expired): the algo order is FINISHED.</summary>
    private void AlgoFinished(FuturesOrder order, long now)
    {
        if (order.Algo is { } algo && !order.IsOpen)
        {
            AlgoEvent(algo, string.Empty, now);
        }
    }

    /// <summary>
    /// The margin check, on the account as the order would leave it: its fills as the book would give them now (its own
    /// resting orders it would trade against included, with their commission), its rest resting, all at the current
    /// mark prices and leverage. An order that raises the initial margin is refused with -2027 when the symbol's
    /// position and orders would pass the bracket's <c>maxNotionalValue</c>, and with -2019 when the margin balance
    /// would not cover the initial margin (open loss and commission included). So no accepted order leaves the
    /// available balance below zero; orders that only reduce are never refused for margin.
    /// </summary>
    private void CheckMargin(FuturesOrder order, FuturesAccount account, FuturesBook book, decimal? limit, decimal fillable, bool rests)
    {
        var asset = book.MarginAsset;
        var before = Margin(account, asset, leverage: null);
        var positions = account.Positions.Select(p => p.Clone()).ToDictionary(p => (p.Symbol, p.Side));
        var wallet = account.Wallet(asset);
        var ownMakerFills = new Dictionary<FuturesOrder, decimal>();
        var filled = 0m;
        foreach (var (maker, price, qty) in book.Preview(order.Side, limit, fillable))
        {
            filled += qty;
            var value = book.Contract.Value(qty, price);
            wallet += TryFill(positions, order, qty, price) - (value * _takerRate);
            if (maker.Account == order.Account)
            {
                wallet += TryFill(positions, maker, qty, price) - (value * _makerRate);
                ownMakerFills[maker] = ownMakerFills.GetValueOrDefault(maker) + qty;
            }
        }

        var orders = Exposures(order.Account, asset, o => o.Remaining - ownMakerFills.GetValueOrDefault(o));
        if (rests && FuturesOrderExposure.Of(order, order.Remaining - filled) is { } resting)
        {
            orders = orders.Append(resting);
        }

        var after = Sheet(account, asset, wallet, positions.Values, orders);
        if (after.InitialMargin <= before.InitialMargin)
        {
            return;
        }

        var exposure = after.ExposureOf(order.Symbol);
        if (exposure > before.ExposureOf(order.Symbol) && exposure > _setup.Brackets.MaxNotional(order.Symbol, account.Leverage(order.Symbol)))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MaxLeverageRatio);
        }

        if (after.Headroom < 0)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MarginNotSufficien);
        }
    }

    /// <summary>Applies a fill to a copy of the order's position; returns the realized profit.</summary>
    private static decimal TryFill(Dictionary<(string Symbol, PositionSide Side), FuturesPosition> positions, FuturesOrder order, decimal qty, decimal price)
    {
        if (!positions.TryGetValue((order.Symbol, order.PositionSide), out var position))
        {
            position = new FuturesPosition { Symbol = order.Symbol, Side = order.PositionSide, Contract = order.Contract };
            positions[(order.Symbol, order.PositionSide)] = position;
        }

        return position.Apply(order.Side == BinanceOrderSide.Buy ? qty : -qty, price, commission: 0m, now: 0);
    }

    /// <summary>Books one fill on the order's account: position, realized profit and commission into the wallet, a trade (returned).</summary>
    private FuturesTrade Fill(FuturesOrder order, decimal price, decimal qty, bool isMaker, long now)
    {
        var account = _accounts[order.Account];
        var book = _books[order.Symbol];
        var position = Position(account, order.Symbol, order.PositionSide);
        var value = order.Contract.Value(qty, price);
        var commission = value * (isMaker ? _makerRate : _takerRate);
        var realized = position.Apply(order.Side == BinanceOrderSide.Buy ? qty : -qty, price, commission, now);
        account.Credit(book.MarginAsset, realized - commission);
        account.UpdateTime = now;
        var trade = new FuturesTrade(order.Symbol, _nextTradeId++, order.OrderId, order.Account, order.Side, order.PositionSide, price, qty, value, book.MarginAsset, realized, commission, now, isMaker);
        _trades[order.Account].Add(trade);
        if (isMaker)
        {
            order.Status = order.Remaining == 0 ? "FILLED" : "PARTIALLY_FILLED";
            order.UpdateTime = now;
        }

        return trade;
    }
}
