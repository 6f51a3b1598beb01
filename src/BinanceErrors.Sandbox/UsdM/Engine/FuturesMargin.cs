using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.UsdM.Engine;

/// <summary>
/// The USDⓈ-M cross-margin arithmetic, in one place for the account endpoints and for every check that can refuse an
/// action (an order, a leverage change): exact decimals, at the current mark prices and leverages.
/// </summary>
/// <remarks>
/// Per position side (BOTH, or LONG and SHORT in Hedge Mode) with position P (signed), mark price m and leverage L:
/// <list type="bullet">
/// <item>position initial margin = |P| × m / L; unrealized profit = P × (m − entry price); maintenance margin from the
/// symbol's leverage bracket (notional × ratio − cum).</item>
/// <item>open orders (reduce-only ones excepted) hold the initial margin of what they could open beyond the position:
/// buys open max(0, P + B) − max(0, P) and sells max(0, S − P) − max(0, −P), B and S being the open buy and sell
/// quantities, valued at the orders' average price (sells at no less than the mark price, as Binance's cost formula
/// assumes); the larger side counts, as only one side can grow the position. Each order adds its open loss,
/// quantity × max(0, direction × (order price − m)) (Binance's "Cost = Initial Margin + Open Loss").</item>
/// <item>exposure = max(|P + B|, |P − S|) × m, the position the orders could build, limited by the bracket's
/// <c>maxNotionalValue</c> at the current leverage.</item>
/// </list>
/// The available balance is max(0, wallet + unrealized profit − initial margin), Binance's "Available for Order".
/// </remarks>
internal static class FuturesMargin
{
    public static FuturesMarginSheet Compute(
        decimal walletBalance, IEnumerable<FuturesPosition> positions, IEnumerable<FuturesOrderExposure> orders, Func<string, decimal> markPrice, Func<string, int> leverage)
    {
        var groups = new Dictionary<(string Symbol, PositionSide Side), (decimal Amount, decimal Entry, List<FuturesOrderExposure>? Orders)>();
        foreach (var position in positions)
        {
            if (position.Amount != 0)
            {
                groups[(position.Symbol, position.Side)] = (position.Amount, position.EntryPrice, null);
            }
        }

        foreach (var order in orders)
        {
            var key = (order.Symbol, order.PositionSide);
            var group = groups.TryGetValue(key, out var found) ? found : (0m, 0m, null);
            (group.Orders ??= []).Add(order);
            groups[key] = group;
        }

        var sides = new Dictionary<(string Symbol, PositionSide Side), FuturesPositionMargin>(groups.Count);
        foreach (var ((symbol, side), (amount, entry, sideOrders)) in groups)
        {
            sides[(symbol, side)] = Side(symbol, amount, entry, sideOrders, markPrice(symbol), leverage(symbol));
        }

        return new FuturesMarginSheet(walletBalance, sides);
    }

    private static FuturesPositionMargin Side(string symbol, decimal amount, decimal entry, List<FuturesOrderExposure>? orders, decimal mark, int leverage)
    {
        var notional = Math.Abs(amount) * mark;
        decimal buyQty = 0, buyValue = 0, sellQty = 0, sellValue = 0, openLoss = 0;
        foreach (var order in orders ?? [])
        {
            if (order.Side == BinanceOrderSide.Buy)
            {
                buyQty += order.Quantity;
                buyValue += order.Quantity * order.Price;
                openLoss += order.Quantity * Math.Max(0m, order.Price - mark);
            }
            else
            {
                sellQty += order.Quantity;
                sellValue += order.Quantity * Math.Max(order.Price, mark);
                openLoss += order.Quantity * Math.Max(0m, mark - order.Price);
            }
        }

        var openBuy = Math.Max(0m, amount + buyQty) - Math.Max(0m, amount);
        var openSell = Math.Max(0m, sellQty - amount) - Math.Max(0m, -amount);
        var buyMargin = buyQty == 0 ? 0m : openBuy * (buyValue / buyQty);
        var sellMargin = sellQty == 0 ? 0m : openSell * (sellValue / sellQty);
        var orderMargin = (Math.Max(buyMargin, sellMargin) / leverage) + openLoss;
        var exposure = Math.Max(Math.Abs(amount + buyQty), Math.Abs(amount - sellQty)) * mark;
        return new FuturesPositionMargin(notional / leverage, orderMargin, FuturesLeverageBrackets.MaintenanceMargin(symbol, notional), amount * (mark - entry), exposure);
    }
}
