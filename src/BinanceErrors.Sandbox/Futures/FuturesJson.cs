using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures.Engine;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>
/// Writes futures responses in the exchange's shapes: field names, order and string decimals as USDⓈ-M (<c>/fapi</c>)
/// and COIN-M (<c>/dapi</c>) send them; an inverse contract's order has <c>cumBase</c> and <c>pair</c> where USDⓈ-M has
/// <c>cumQuote</c> and <c>goodTillDate</c>, its trade <c>baseQty</c> and <c>marginAsset</c> where USDⓈ-M has <c>quoteQty</c>.
/// </summary>
internal static class FuturesJson
{
    public static string Amount(decimal value) => value.ToString("F8", CultureInfo.InvariantCulture);

    public static string Fixed(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An exact decimal without trailing zeros (position amounts, whose digits are the quantities').</summary>
    public static string Exact(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A derived price (an average entry price, a break-even price) as the exchange prints one: rounded to 8 decimals,
    /// trailing zeros dropped, <c>0.0</c> when zero (e.g. <c>"entryPrice":"11707.70000003"</c>, <c>"breakEvenPrice":"0.0"</c>
    /// in the exchange's samples), never a quotient's 28 digits.
    /// </summary>
    public static string DerivedPrice(decimal value) => value == 0
        ? "0.0"
        : Math.Round(value, 8, MidpointRounding.AwayFromZero).ToString("0.########", CultureInfo.InvariantCulture);

    public static string Side(BinanceOrderSide side) => side == BinanceOrderSide.Buy ? "BUY" : "SELL";

    /// <summary>An order as POST/GET/DELETE /fapi/v1/order (/dapi/v1/order) return it; <paramref name="ack"/> is the state at acceptance.</summary>
    public static void Order(Utf8JsonWriter json, FuturesOrder order, FuturesSymbolInfo info, bool ack = false, bool withTime = false)
    {
        var p = info.PricePrecision;
        var q = info.QuantityPrecision;
        json.WriteStartObject();
        json.WriteNumber("orderId", order.OrderId);
        json.WriteString("symbol", order.Symbol);
        if (order.Contract.Inverse)
        {
            json.WriteString("pair", info.Pair);
        }

        json.WriteString("status", ack ? "NEW" : order.Status);
        json.WriteString("clientOrderId", order.ClientOrderId);
        json.WriteString("price", Fixed(order.Price, p));
        json.WriteString("avgPrice", Fixed(ack ? 0 : order.AvgPrice, p + 3));
        json.WriteString("origQty", Fixed(order.OrigQty, q));
        json.WriteString("executedQty", Fixed(ack ? 0 : order.ExecutedQty, q));
        json.WriteString("cumQty", Fixed(ack ? 0 : order.ExecutedQty, q));
        if (order.Contract.Inverse)
        {
            json.WriteString("cumBase", Fixed(ack ? 0 : order.CumValue, 8));
        }
        else
        {
            json.WriteString("cumQuote", Fixed(ack ? 0 : order.CumValue, p + q));
        }

        json.WriteString("timeInForce", order.TimeInForce.ToWireName());
        json.WriteString("type", order.Type.ToWireName());
        json.WriteBoolean("reduceOnly", order.ReduceOnly);
        json.WriteBoolean("closePosition", order.ClosePosition);
        json.WriteString("side", Side(order.Side));
        json.WriteString("positionSide", order.PositionSide.ToWireName());
        json.WriteString("stopPrice", Fixed(order.StopPrice, p));
        json.WriteString("workingType", order.WorkingType);
        json.WriteBoolean("priceProtect", order.PriceProtect);
        json.WriteString("origType", order.OrigType.ToWireName());
        if (order.OrigType == FuturesOrderType.TrailingStopMarket)
        {
            // As the documented TRAILING_STOP_MARKET answer: activatePrice when one was given, priceRate (the callbackRate).
            if (order.ActivatePrice is { } activate)
            {
                json.WriteString("activatePrice", Fixed(activate, p));
            }

            json.WriteString("priceRate", (order.PriceRate ?? 0m).ToString(CultureInfo.InvariantCulture));
        }

        json.WriteString("priceMatch", order.PriceMatch ?? "NONE");
        json.WriteString("selfTradePreventionMode", order.SelfTradePreventionMode);
        if (!order.Contract.Inverse)
        {
            json.WriteNumber("goodTillDate", order.GoodTillDate);
        }

        if (withTime)
        {
            json.WriteNumber("time", order.Time);
        }

        json.WriteNumber("updateTime", ack ? order.Time : order.UpdateTime);
        json.WriteEndObject();
    }

    /// <summary>An algo order as POST/GET/DELETE /fapi/v1/algoOrder and openAlgoOrders return it.</summary>
    public static void Algo(Utf8JsonWriter json, FuturesAlgoOrder algo, FuturesSymbolInfo info)
    {
        var p = info.PricePrecision;
        json.WriteStartObject();
        json.WriteNumber("algoId", algo.AlgoId);
        json.WriteString("clientAlgoId", algo.ClientAlgoId);
        json.WriteString("algoType", "CONDITIONAL");
        json.WriteString("orderType", algo.Type.ToWireName());
        json.WriteString("symbol", algo.Symbol);
        json.WriteString("side", Side(algo.Side));
        json.WriteString("positionSide", algo.PositionSide.ToWireName());
        json.WriteString("timeInForce", algo.TimeInForce.ToWireName());
        json.WriteString("quantity", Fixed(algo.Quantity, info.QuantityPrecision));
        json.WriteString("algoStatus", algo.ReportedStatus);
        json.WriteString("actualOrderId", algo.ActualOrder?.OrderId.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        json.WriteString("actualPrice", Fixed(algo.ActualOrder?.AvgPrice ?? 0, p + 3));
        json.WriteString("triggerPrice", Fixed(algo.TriggerPrice, p));
        json.WriteString("price", Fixed(algo.Price, p));
        json.WriteNull("icebergQuantity");
        json.WriteString("selfTradePreventionMode", algo.SelfTradePreventionMode);
        json.WriteString("workingType", algo.WorkingType);
        json.WriteString("priceMatch", algo.PriceMatch ?? "NONE");
        json.WriteBoolean("closePosition", algo.ClosePosition);
        json.WriteBoolean("priceProtect", algo.PriceProtect);
        json.WriteBoolean("reduceOnly", algo.ReduceOnly);
        if (algo.ActivatePrice is { } activate)
        {
            json.WriteString("activatePrice", Fixed(activate, p));
        }

        if (algo.CallbackRate is { } rate)
        {
            json.WriteString("callbackRate", Fixed(rate, 2));
        }

        json.WriteNumber("createTime", algo.CreateTime);
        json.WriteNumber("updateTime", algo.UpdateTime);
        json.WriteNumber("triggerTime", algo.TriggerTime);
        json.WriteNumber("goodTillDate", algo.GoodTillDate);
        json.WriteEndObject();
    }

    /// <summary>A fill as userTrades reports it (COIN-M adds <c>pair</c>, <c>marginAsset</c> and <c>baseQty</c> for <c>quoteQty</c>).</summary>
    public static void Trade(Utf8JsonWriter json, FuturesTrade trade, FuturesSymbolInfo info, bool inverse)
    {
        json.WriteStartObject();
        json.WriteBoolean("buyer", trade.Side == BinanceOrderSide.Buy);
        json.WriteString("commission", Amount(trade.Commission));
        json.WriteString("commissionAsset", trade.MarginAsset);
        json.WriteNumber("id", trade.Id);
        json.WriteBoolean("maker", trade.IsMaker);
        json.WriteNumber("orderId", trade.OrderId);
        json.WriteString("price", Fixed(trade.Price, info.PricePrecision));
        json.WriteString("qty", Fixed(trade.Qty, info.QuantityPrecision));
        if (inverse)
        {
            json.WriteString("pair", info.Pair);
            json.WriteString("marginAsset", trade.MarginAsset);
            json.WriteString("baseQty", Amount(trade.Value));
        }
        else
        {
            json.WriteString("quoteQty", Amount(trade.Value));
        }

        json.WriteString("realizedPnl", Amount(trade.RealizedPnl));
        json.WriteString("side", Side(trade.Side));
        json.WriteString("positionSide", trade.PositionSide.ToWireName());
        json.WriteString("symbol", trade.Symbol);
        json.WriteNumber("time", trade.Time);
        json.WriteEndObject();
    }

    public static void Error(Utf8JsonWriter json, int code, string message)
    {
        json.WriteStartObject();
        json.WriteNumber("code", code);
        json.WriteString("msg", message);
        json.WriteEndObject();
    }
}
