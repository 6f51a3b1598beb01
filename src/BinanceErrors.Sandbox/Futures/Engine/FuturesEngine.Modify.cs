using System.Globalization;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// Order amendment (<c>PUT /fapi/v1/order</c>, <c>PUT /dapi/v1/order</c>, <c>order.modify</c>): a resting LIMIT order
/// gets a new price and quantity, keeps its id and client id, and goes to the back of its new price level.
/// </summary>
internal sealed partial class FuturesEngine
{
    /// <summary>The most amendments one order takes (the exchange: "One order can only be modified for less than 10000 times").</summary>
    public const int MaxAmendments = 10_000;

    /// <summary>
    /// Amends an open LIMIT order: -2013 when it is not open, the venue's "Only limit order is supported." for other
    /// types, the pre-flight's filter rejections for the new price and quantity (the order stays as it is; a notional
    /// below MIN_NOTIONAL is USDⓈ-M's -5029), "No need to modify the order." when nothing changes, and "Exceed maximum
    /// modify order limit." after 10,000 amendments. As documented, the amendment cancels the order when a partly
    /// filled order's new quantity is not above what has filled, or when a post-only order's new price would take.
    /// Otherwise the order is checked like a new one (reduce-only, margin) on its new remaining quantity, reported with
    /// <c>x = AMENDMENT</c>, and matched: it trades if its new price crosses, and rests behind the orders at its price.
    /// </summary>
    public FuturesOrder Modify(string account, in FuturesOrderRequest request, long? orderId, string? clientOrderId, long now)
    {
        lock (Gate)
        {
            Advance(now);
            var symbol = request.Symbol!;
            var order = FindCore(account, symbol, orderId, clientOrderId);
            if (order is null || !order.IsOpen)
            {
                throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
            }

            if (order.Type != FuturesOrderType.Limit)
            {
                throw _messages.Reject(_setup.LimitOrderOnlyCode);
            }

            var book = _books[symbol];
            var side = order.Side == BinanceOrderSide.Buy ? "BUY" : "SELL";
            if (request.Side != side)
            {
                // The side is mandatory and names the order's own side; another one is not a valid value for this order.
                throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "side");
            }

            var match = request.PriceMatch is null or "NONE" ? null : request.PriceMatch;
            var amended = new FuturesOrderRequest
            {
                Symbol = symbol,
                Side = side,
                PositionSide = order.PositionSide == PositionSide.Both ? null : order.PositionSide.ToWireName(),
                Type = "LIMIT",
                TimeInForce = order.TimeInForce.ToWireName(),
                Quantity = request.Quantity,
                Price = request.Price,
                PriceMatch = match,
                ReduceOnly = order.ReduceOnly && order.PositionSide == PositionSide.Both ? "true" : null,
                GoodTillDate = order.TimeInForce == FuturesTimeInForce.Gtd ? order.GoodTillDate.ToString(CultureInfo.InvariantCulture) : null,
            };

            // The order's own place in the counts is taken by its amended self.
            var current = Context(account, symbol, now);
            var context = current with { OpenOrders = current.OpenOrders is { } open ? Math.Max(0, open - 1) : null };
            var validation = _setup.Validate(Rules, amended, context);
            if (!validation.IsValid)
            {
                throw AmendmentRejection(validation.Error!, validation.Rules);
            }

            var price = match is null ? validation.Order.Price!.Value : MatchPrice(amended, context, order.Side, match);
            var quantity = validation.Order.Quantity!.Value;
            if (price == order.Price && quantity == order.OrigQty && match == order.PriceMatch)
            {
                throw _messages.Reject(_setup.SameOrderCode);
            }

            if (order.AmendCount >= MaxAmendments)
            {
                throw _messages.Reject(_setup.ExceedModifyLimitCode);
            }

            if (quantity <= order.ExecutedQty || (order.TimeInForce == FuturesTimeInForce.Gtx && book.WouldTake(order.Side, price)))
            {
                CancelCore(order, now);
                return order;
            }

            var (oldPrice, oldQuantity, oldMatch) = (order.Price, order.OrigQty, order.PriceMatch);
            _open[account].Remove(order);
            (order.Price, order.OrigQty, order.PriceMatch) = (price, quantity, match);
            ExecutionPlan plan;
            try
            {
                plan = Check(order);
            }
            catch (SandboxRejection)
            {
                // Refused (margin, reduce-only): the order stays as it was, where it was in the queue.
                (order.Price, order.OrigQty, order.PriceMatch) = (oldPrice, oldQuantity, oldMatch);
                _open[account].Add(order);
                throw;
            }

            // Accepted: off the book at its old price, then in again as a new arrival at the new one.
            order.Price = oldPrice;
            book.Remove(order);
            order.Price = price;
            order.AmendCount++;
            order.UpdateTime = now;
            Run(order, plan, "AMENDMENT", now);
            return order;
        }
    }

    /// <summary>The pre-flight's rejection, except that a notional below MIN_NOTIONAL is the amendment's own code where the venue has one (USDⓈ-M -5029).</summary>
    private SandboxRejection AmendmentRejection(BinanceError error, FuturesSymbolRules? rules)
    {
        if (_setup.ModificationMinNotionalCode is { } code && error.Code == UsdMFuturesErrorCodes.MinNotional && rules?.MinNotional is { } filter)
        {
            return _messages.Reject(code, filter.NotionalText);
        }

        return SandboxRejection.From(error);
    }
}
