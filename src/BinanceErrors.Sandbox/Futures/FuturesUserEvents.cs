using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>
/// Futures user data (the derivatives user-data-streams pages): an <c>ORDER_TRADE_UPDATE</c> for every change of an
/// account's order, an <c>ALGO_UPDATE</c> for every change of its algo orders, and an <c>ACCOUNT_UPDATE</c> (reason
/// <c>ORDER</c>) with the margin asset's balance and the changed position after each fill; bare event objects, field
/// names and order as the documented samples, published to the streams open on the account's listenKey. Nothing is
/// rendered for an account nobody listens to.
/// </summary>
internal sealed class FuturesUserEvents(FuturesEngine engine, UserDataStreams streams) : IFuturesEvents
{
    public void OrderChanged(FuturesOrder order, string executionType, FuturesTrade? trade, long now)
    {
        if (streams.HasSubscribers(order.Account))
        {
            streams.Publish(order.Account, JsonFrames.Render(json => OrderTradeUpdate(json, order, executionType, trade, now)));
        }
    }

    public void AlgoChanged(FuturesAlgoOrder algo, string status, string rejectReason, long now)
    {
        if (streams.HasSubscribers(algo.Account))
        {
            streams.Publish(algo.Account, JsonFrames.Render(json => AlgoUpdate(json, algo, status, rejectReason, now)));
        }
    }

    public void AccountChanged(FuturesAccount account, FuturesPosition position, long now)
    {
        if (streams.HasSubscribers(account.Name))
        {
            streams.Publish(account.Name, JsonFrames.Render(json => AccountUpdate(json, account, position, now)));
        }
    }

    /// <summary>A decimal as the events print them: up to 8 decimals, no trailing zeros (<c>"0.001"</c>, <c>"0"</c>).</summary>
    private static string Plain(decimal value) => Math.Round(value, 8, MidpointRounding.AwayFromZero).ToString("0.########", CultureInfo.InvariantCulture);

    private void OrderTradeUpdate(Utf8JsonWriter json, FuturesOrder order, string executionType, FuturesTrade? trade, long now)
    {
        // A fill is reported when it happens; the order's status is what the fill made it.
        var status = executionType == "TRADE" ? (order.Remaining <= 0 ? "FILLED" : "PARTIALLY_FILLED") : order.Status;
        var (bids, asks) = OpenNotional(order);
        json.WriteStartObject();
        json.WriteString("e", "ORDER_TRADE_UPDATE");
        json.WriteNumber("E", now);
        json.WriteNumber("T", now);
        json.WritePropertyName("o");
        json.WriteStartObject();
        json.WriteString("s", order.Symbol);
        json.WriteString("c", order.ClientOrderId);
        json.WriteString("S", FuturesJson.Side(order.Side));
        json.WriteString("o", order.Type.ToWireName());
        json.WriteString("f", order.TimeInForce.ToWireName());
        json.WriteString("q", Plain(order.OrigQty));
        json.WriteString("p", Plain(order.Price));
        json.WriteString("ap", Plain(order.AvgPrice));
        json.WriteString("sp", Plain(order.StopPrice));
        json.WriteString("x", executionType);
        json.WriteString("X", status);
        json.WriteNumber("i", order.OrderId);
        json.WriteString("l", Plain(trade?.Qty ?? 0));
        json.WriteString("z", Plain(order.ExecutedQty));
        json.WriteString("L", Plain(trade?.Price ?? 0));
        json.WriteString("N", engine.Book(order.Symbol).MarginAsset);
        json.WriteString("n", Plain(trade?.Commission ?? 0));
        json.WriteNumber("T", now);
        json.WriteNumber("t", trade?.Id ?? 0);
        json.WriteString("b", Plain(bids));
        json.WriteString("a", Plain(asks));
        json.WriteBoolean("m", trade?.IsMaker ?? false);
        json.WriteBoolean("R", order.ReduceOnly);
        json.WriteString("wt", order.WorkingType);
        json.WriteString("ot", order.OrigType.ToWireName());
        json.WriteString("ps", order.PositionSide.ToWireName());
        json.WriteBoolean("cp", order.ClosePosition);
        if (order.OrigType == FuturesOrderType.TrailingStopMarket)
        {
            // Only pushed with TRAILING_STOP_MARKET orders.
            json.WriteString("AP", Plain(order.ActivatePrice ?? 0));
            json.WriteString("cr", Plain(order.PriceRate ?? 0));
        }

        json.WriteBoolean("pP", order.PriceProtect);
        json.WriteNumber("si", 0);
        json.WriteNumber("ss", 0);
        json.WriteString("rp", Plain(trade?.RealizedPnl ?? 0));
        json.WriteString("V", order.SelfTradePreventionMode);
        json.WriteString("pm", order.PriceMatch ?? "NONE");
        json.WriteNumber("gtd", order.GoodTillDate);
        json.WriteString("er", ((int)order.ExpiryReason).ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The account's open orders on the symbol, bids and asks, after this change: their notional (USDⓈ-M) or quantity
    /// (COIN-M). The changed order counts while it stays on the book (a new or amended LIMIT order is reported before
    /// it rests).
    /// </summary>
    private (decimal Bids, decimal Asks) OpenNotional(FuturesOrder order)
    {
        decimal bids = 0, asks = 0;
        var resting = order.IsOpen && order.Type == FuturesOrderType.Limit && order.TimeInForce is not (FuturesTimeInForce.Ioc or FuturesTimeInForce.Fok);
        var others = engine.OpenOrders(order.Account, order.Symbol).Where(o => o != order);
        foreach (var open in resting ? others.Append(order) : others)
        {
            var value = open.Contract.Inverse ? open.Remaining : open.Remaining * open.Price;
            if (open.Side == BinanceOrderSide.Buy)
            {
                bids += value;
            }
            else
            {
                asks += value;
            }
        }

        return (bids, asks);
    }

    private void AlgoUpdate(Utf8JsonWriter json, FuturesAlgoOrder algo, string status, string rejectReason, long now)
    {
        var info = engine.Book(algo.Symbol).Rules.Info;
        var actual = algo.ActualOrder;
        json.WriteStartObject();
        json.WriteString("e", "ALGO_UPDATE");
        json.WriteNumber("T", now);
        json.WriteNumber("E", now);
        json.WritePropertyName("o");
        json.WriteStartObject();
        json.WriteString("caid", algo.ClientAlgoId);
        json.WriteNumber("aid", algo.AlgoId);
        json.WriteString("at", "CONDITIONAL");
        json.WriteString("o", algo.Type.ToWireName());
        json.WriteString("s", algo.Symbol);
        json.WriteString("S", FuturesJson.Side(algo.Side));
        json.WriteString("ps", algo.PositionSide.ToWireName());
        json.WriteString("f", algo.TimeInForce.ToWireName());
        json.WriteString("q", Plain(algo.Quantity));
        json.WriteString("X", status);
        json.WriteString("ai", actual?.OrderId.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        json.WriteString("ap", FuturesJson.Fixed(actual?.AvgPrice ?? 0, info.PricePrecision + 3));
        json.WriteString("aq", FuturesJson.Fixed(actual?.ExecutedQty ?? 0, info.QuantityPrecision));
        json.WriteString("act", actual?.Type.ToWireName() ?? "0");
        json.WriteString("tp", Plain(algo.TriggerPrice));
        json.WriteString("p", Plain(algo.Price));
        json.WriteString("V", algo.SelfTradePreventionMode);
        json.WriteString("wt", algo.WorkingType);
        json.WriteString("pm", algo.PriceMatch ?? "NONE");
        json.WriteBoolean("cp", algo.ClosePosition);
        json.WriteBoolean("pP", algo.PriceProtect);
        json.WriteBoolean("R", algo.ReduceOnly);
        json.WriteNumber("tt", algo.TriggerTime);
        json.WriteNumber("gtd", algo.GoodTillDate);
        json.WriteString("rm", rejectReason);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void AccountUpdate(Utf8JsonWriter json, FuturesAccount account, FuturesPosition position, long now)
    {
        var book = engine.Book(position.Symbol);
        var wallet = account.Wallet(book.MarginAsset);
        json.WriteStartObject();
        json.WriteString("e", "ACCOUNT_UPDATE");
        json.WriteNumber("E", now);
        json.WriteNumber("T", now);
        json.WritePropertyName("a");
        json.WriteStartObject();
        json.WriteString("m", "ORDER");
        json.WritePropertyName("B");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("a", book.MarginAsset);
        json.WriteString("wb", FuturesJson.Amount(wallet));

        // The sandbox keeps no isolated wallets apart: the cross wallet is the wallet. A fill changes the balance by
        // profit and commission only, so the change "except PnL and Commission" is zero.
        json.WriteString("cw", FuturesJson.Amount(wallet));
        json.WriteString("bc", "0");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WritePropertyName("P");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("s", position.Symbol);
        json.WriteString("pa", FuturesJson.Exact(position.Amount));
        json.WriteString("ep", FuturesJson.Fixed(position.EntryPrice, book.Rules.Info.PricePrecision + 3));
        json.WriteString("bep", Plain(position.BreakEvenPrice));
        json.WriteString("cr", Plain(position.AccumulatedRealized));
        json.WriteString("up", Plain(position.UnrealizedProfit(book.MarkPrice)));
        json.WriteString("mt", account.IsIsolated(position.Symbol) ? "isolated" : "cross");
        json.WriteString("iw", FuturesJson.Amount(0));
        json.WriteString("ps", position.Side.ToWireName());
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
