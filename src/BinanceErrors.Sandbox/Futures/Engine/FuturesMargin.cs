using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// The cross-margin arithmetic of one margin asset (USDT on USDⓈ-M; each coin on COIN-M), in one place for the account endpoints and for every check that can refuse an
/// action (an order, a leverage change): exact decimals, at the current mark prices and leverages.
/// </summary>
/// <remarks>
/// Per position side (BOTH, or LONG and SHORT in Hedge Mode) with position P (signed), mark price m and leverage L,
/// and V(q, p) the value of q at price p in the margin asset (q × p on a linear contract, q × contractSize / p on an
/// inverse one, see <see cref="FuturesContract"/>):
/// <list type="bullet">
/// <item>position initial margin = V(|P|, m) / L; unrealized profit = the contract's profit of P from the entry price
/// to m; maintenance margin from the symbol's leverage bracket (notional × ratio − cum).</item>
/// <item>open orders (reduce-only ones excepted) hold the initial margin of what they could open beyond the position:
/// buys open max(0, P + B) − max(0, P) and sells max(0, S − P) − max(0, −P), B and S being the open buy and sell
/// quantities, valued at the orders' average value (sells at no less than their value at the mark price, as Binance's
/// cost formula assumes); the larger side counts, as only one side can grow the position. Each order adds its open
/// loss, what it would lose if filled at its price and valued at m (Binance's "Cost = Initial Margin + Open Loss").</item>
/// <item>exposure = V(max(|P + B|, |P − S|), m), the position the orders could build, limited by the bracket's
/// <c>maxNotionalValue</c> (COIN-M <c>maxQty</c>) at the current leverage.</item>
/// </list>
/// The available balance is max(0, wallet + unrealized profit − initial margin), Binance's "Available for Order".
/// </remarks>
internal static class FuturesMargin
{
    public static FuturesMarginSheet Compute(
        decimal walletBalance,
        IEnumerable<FuturesPosition> positions,
        IEnumerable<FuturesOrderExposure> orders,
        Func<string, decimal> markPrice,
        Func<string, int> leverage,
        Func<string, FuturesContract> contract,
        FuturesLeverageBrackets brackets)
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
            sides[(symbol, side)] = Side(symbol, amount, entry, sideOrders, markPrice(symbol), leverage(symbol), contract(symbol), brackets);
        }

        return new FuturesMarginSheet(walletBalance, sides);
    }

    private static FuturesPositionMargin Side(
        string symbol, decimal amount, decimal entry, List<FuturesOrderExposure>? orders, decimal mark, int leverage, FuturesContract contract, FuturesLeverageBrackets brackets)
    {
        var notional = contract.Value(Math.Abs(amount), mark);
        decimal buyQty = 0, buyValue = 0, sellQty = 0, sellValue = 0, openLoss = 0;
        foreach (var order in orders ?? [])
        {
            if (order.Side == BinanceOrderSide.Buy)
            {
                buyQty += order.Quantity;
                buyValue += contract.Value(order.Quantity, order.Price);
                openLoss += Math.Max(0m, -contract.Profit(order.Quantity, order.Price, mark));
            }
            else
            {
                sellQty += order.Quantity;
                sellValue += Math.Max(contract.Value(order.Quantity, order.Price), contract.Value(order.Quantity, mark));
                openLoss += Math.Max(0m, -contract.Profit(-order.Quantity, order.Price, mark));
            }
        }

        var openBuy = Math.Max(0m, amount + buyQty) - Math.Max(0m, amount);
        var openSell = Math.Max(0m, sellQty - amount) - Math.Max(0m, -amount);
        var buyMargin = buyQty == 0 ? 0m : openBuy * (buyValue / buyQty);
        var sellMargin = sellQty == 0 ? 0m : openSell * (sellValue / sellQty);
        var orderMargin = (Math.Max(buyMargin, sellMargin) / leverage) + openLoss;
        var exposure = contract.Value(Math.Max(Math.Abs(amount + buyQty), Math.Abs(amount - sellQty)), mark);
        return new FuturesPositionMargin(notional / leverage, orderMargin, brackets.MaintenanceMargin(symbol, notional), contract.Profit(amount, entry, mark), exposure);
    }
}
