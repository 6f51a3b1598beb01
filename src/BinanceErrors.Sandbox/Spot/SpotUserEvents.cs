using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>
/// Spot user data (user-data-stream.md): an <c>executionReport</c> for every change of an account's order and an
/// <c>outboundAccountPosition</c> with the balances of the symbol's two assets after it; a <c>listStatus</c> when an
/// order list starts executing and when it is all done (after its legs' reports); a <c>balanceUpdate</c> and the
/// asset's <c>outboundAccountPosition</c> for a deposit or withdrawal. Published to whoever subscribed to the account;
/// nothing is rendered for an account nobody listens to.
/// </summary>
internal sealed class SpotUserEvents(MatchingEngine engine, UserDataStreams streams) : ISpotOrderEvents
{
    public void OrderChanged(EngineOrder order, string executionType, EngineTrade? trade, long now)
    {
        if (!streams.HasSubscribers(order.Account))
        {
            return;
        }

        streams.Publish(order.Account, JsonFrames.Render(json => ExecutionReport(json, order, executionType, trade, now)));
        if (engine.Rules.TryGetSymbol(order.Symbol, out var rules))
        {
            var assets = new[] { rules.Info.BaseAsset, rules.Info.QuoteAsset };
            var balances = engine.Balances(order.Account).Where(b => assets.Contains(b.Asset)).ToArray();
            streams.Publish(order.Account, JsonFrames.Render(json => AccountPosition(json, balances, now)));
        }
    }

    public void ListChanged(EngineOrderList list, long now)
    {
        if (streams.HasSubscribers(list.Account))
        {
            streams.Publish(list.Account, JsonFrames.Render(json => ListStatus(json, list, now)));
        }
    }

    public void BalanceChanged(string account, string asset, decimal delta, long now)
    {
        if (!streams.HasSubscribers(account))
        {
            return;
        }

        streams.Publish(account, JsonFrames.Render(json =>
        {
            json.WriteStartObject();
            json.WriteString("e", "balanceUpdate");
            json.WriteNumber("E", now);
            json.WriteString("a", asset);
            json.WriteString("d", SpotWire.Decimal(delta));
            json.WriteNumber("T", now);
            json.WriteEndObject();
        }));
        var balances = engine.Balances(account).Where(b => b.Asset == asset).ToArray();
        streams.Publish(account, JsonFrames.Render(json => AccountPosition(json, balances, now)));
    }

    /// <summary>An order list's <c>listStatus</c>: its status after the change, then every leg (symbol, order id, client order id).</summary>
    private static void ListStatus(Utf8JsonWriter json, EngineOrderList list, long now)
    {
        json.WriteStartObject();
        json.WriteString("e", "listStatus");
        json.WriteNumber("E", now);
        json.WriteString("s", list.Symbol);
        json.WriteNumber("g", list.OrderListId);
        json.WriteString("c", list.ContingencyType);
        json.WriteString("l", list.ListStatusType);
        json.WriteString("L", list.ListOrderStatus);
        json.WriteString("r", "NONE");
        json.WriteString("C", list.ListClientOrderId);
        json.WriteNumber("T", list.TransactionTime);
        json.WritePropertyName("O");
        json.WriteStartArray();
        foreach (var order in list.Orders)
        {
            json.WriteStartObject();
            json.WriteString("s", order.Symbol);
            json.WriteNumber("i", order.OrderId);
            json.WriteString("c", order.ClientOrderId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void ExecutionReport(Utf8JsonWriter json, EngineOrder order, string executionType, EngineTrade? trade, long now)
    {
        json.WriteStartObject();
        json.WriteString("e", "executionReport");
        json.WriteNumber("E", now);
        json.WriteString("s", order.Symbol);
        json.WriteString("c", order.ClientOrderId);
        json.WriteString("S", SpotWire.Side(order.Side));
        json.WriteString("o", order.OriginalType.ToWireName());
        json.WriteString("f", SpotWire.TimeInForceText(order.TimeInForce));
        json.WriteString("q", SpotWire.Decimal(order.OrigQty));
        json.WriteString("p", SpotWire.Decimal(order.Price));
        json.WriteString("P", SpotWire.Decimal(order.StopPrice));
        json.WriteString("F", SpotWire.Decimal(order.IcebergQty));
        json.WriteNumber("g", order.OrderListId);
        json.WriteString("C", string.Empty);
        json.WriteString("x", executionType);
        // A fill is reported before the engine closes the order: its status is what the fill made it.
        json.WriteString("X", executionType == "TRADE" && order.IsOpen ? (order.Remaining <= 0 ? "FILLED" : "PARTIALLY_FILLED") : order.Status);
        json.WriteString("r", "NONE");
        json.WriteNumber("i", order.OrderId);
        json.WriteString("l", SpotWire.Decimal(trade?.Qty ?? 0));
        json.WriteString("z", SpotWire.Decimal(order.ExecutedQty));
        json.WriteString("L", SpotWire.Decimal(trade?.Price ?? 0));
        json.WriteString("n", SpotWire.Decimal(trade?.Commission ?? 0));
        if (trade is null)
        {
            json.WriteNull("N");
        }
        else
        {
            json.WriteString("N", trade.CommissionAsset);
        }

        json.WriteNumber("T", now);
        json.WriteNumber("t", trade?.TradeId ?? -1);
        json.WriteNumber("I", now);
        json.WriteBoolean("w", order.IsWorking);
        json.WriteBoolean("m", trade?.IsMaker ?? false);
        json.WriteBoolean("M", false);
        json.WriteNumber("O", order.Time);
        json.WriteString("Z", SpotWire.Decimal(order.CumulativeQuoteQty));
        json.WriteString("Y", SpotWire.Decimal(trade?.QuoteQty ?? 0));
        json.WriteString("Q", SpotWire.Decimal(order.OrigQuoteOrderQty));
        json.WriteNumber("W", order.WorkingTime);
        json.WriteString("V", order.SelfTradePreventionMode);
        if (order.ExpiryReason is { } reason)
        {
            json.WriteString("eR", reason);
        }

        json.WriteEndObject();
    }

    private static void AccountPosition(Utf8JsonWriter json, IReadOnlyList<(string Asset, decimal Free, decimal Locked)> balances, long now)
    {
        json.WriteStartObject();
        json.WriteString("e", "outboundAccountPosition");
        json.WriteNumber("E", now);
        json.WriteNumber("u", now);
        json.WritePropertyName("B");
        json.WriteStartArray();
        foreach (var (asset, free, locked) in balances)
        {
            json.WriteStartObject();
            json.WriteString("a", asset);
            json.WriteString("f", SpotWire.Decimal(free));
            json.WriteString("l", SpotWire.Decimal(locked));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
