using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>Writes responses in the exchange's shapes: field names, order and string decimals as <c>/api/v3</c> sends them.</summary>
internal static class SpotJson
{
    public static string Decimal(decimal value) => value.ToString("F8", CultureInfo.InvariantCulture);

    public static string Side(BinanceOrderSide side) => side == BinanceOrderSide.Buy ? "BUY" : "SELL";

    public static string TimeInForceText(BinanceTimeInForce? tif) => tif switch
    {
        BinanceTimeInForce.Ioc => "IOC",
        BinanceTimeInForce.Fok => "FOK",
        _ => "GTC",
    };

    /// <summary>ACK, RESULT or FULL fields of a new order.</summary>
    public static void NewOrder(Utf8JsonWriter json, EngineOrder order, string responseType, IReadOnlyList<EngineTrade> fills, long transactTime)
    {
        json.WriteStartObject();
        json.WriteString("symbol", order.Symbol);
        json.WriteNumber("orderId", order.OrderId);
        json.WriteNumber("orderListId", order.OrderListId);
        json.WriteString("clientOrderId", order.ClientOrderId);
        json.WriteNumber("transactTime", transactTime);
        if (responseType != "ACK")
        {
            Execution(json, order);
            json.WriteNumber("workingTime", order.WorkingTime);
            json.WriteString("selfTradePreventionMode", order.SelfTradePreventionMode);
            if (order.ExpiryReason is { } reason && order.Status.StartsWith("EXPIRED", StringComparison.Ordinal))
            {
                json.WriteString("expiryReason", reason);
            }
        }

        if (responseType == "FULL")
        {
            json.WriteStartArray("fills");
            foreach (var fill in fills)
            {
                json.WriteStartObject();
                json.WriteString("price", Decimal(fill.Price));
                json.WriteString("qty", Decimal(fill.Qty));
                json.WriteString("commission", Decimal(fill.Commission));
                json.WriteString("commissionAsset", fill.CommissionAsset);
                json.WriteNumber("tradeId", fill.TradeId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>An order as GET /api/v3/order, openOrders and allOrders return it.</summary>
    public static void QueriedOrder(Utf8JsonWriter json, EngineOrder order)
    {
        json.WriteStartObject();
        json.WriteString("symbol", order.Symbol);
        json.WriteNumber("orderId", order.OrderId);
        json.WriteNumber("orderListId", order.OrderListId);
        json.WriteString("clientOrderId", order.ClientOrderId);
        json.WriteString("price", Decimal(order.Price));
        json.WriteString("origQty", Decimal(order.OrigQty));
        json.WriteString("executedQty", Decimal(order.ExecutedQty));
        json.WriteString("cummulativeQuoteQty", Decimal(order.CumulativeQuoteQty));
        json.WriteString("status", order.Status);
        json.WriteString("timeInForce", TimeInForceText(order.TimeInForce));
        json.WriteString("type", order.OriginalType.ToWireName());
        json.WriteString("side", Side(order.Side));
        json.WriteString("stopPrice", Decimal(order.StopPrice));
        json.WriteString("icebergQty", Decimal(order.IcebergQty));
        json.WriteNumber("time", order.Time);
        json.WriteNumber("updateTime", order.UpdateTime);
        json.WriteBoolean("isWorking", order.IsWorking);
        json.WriteNumber("workingTime", order.WorkingTime);
        json.WriteString("origQuoteOrderQty", Decimal(order.OrigQuoteOrderQty));
        json.WriteString("selfTradePreventionMode", order.SelfTradePreventionMode);
        if (order.TrailingDelta is { } delta)
        {
            json.WriteNumber("trailingDelta", delta);
        }

        json.WriteEndObject();
    }

    /// <summary>An order as DELETE /api/v3/order returns it.</summary>
    public static void CanceledOrder(Utf8JsonWriter json, EngineOrder order, string cancelClientOrderId, long transactTime)
    {
        json.WriteStartObject();
        json.WriteString("symbol", order.Symbol);
        json.WriteString("origClientOrderId", order.ClientOrderId);
        json.WriteNumber("orderId", order.OrderId);
        json.WriteNumber("orderListId", order.OrderListId);
        json.WriteString("clientOrderId", cancelClientOrderId);
        json.WriteNumber("transactTime", transactTime);
        Execution(json, order);
        json.WriteString("selfTradePreventionMode", order.SelfTradePreventionMode);
        json.WriteEndObject();
    }

    /// <summary>The fields new-order (RESULT/FULL) and cancel responses share, in the exchange's order.</summary>
    private static void Execution(Utf8JsonWriter json, EngineOrder order)
    {
        json.WriteString("price", Decimal(order.Price));
        json.WriteString("origQty", Decimal(order.OrigQty));
        json.WriteString("executedQty", Decimal(order.ExecutedQty));
        json.WriteString("origQuoteOrderQty", Decimal(order.OrigQuoteOrderQty));
        json.WriteString("cummulativeQuoteQty", Decimal(order.CumulativeQuoteQty));
        json.WriteString("status", order.Status);
        json.WriteString("timeInForce", TimeInForceText(order.TimeInForce));
        json.WriteString("type", order.OriginalType.ToWireName());
        json.WriteString("side", Side(order.Side));
        Conditional(json, order);
    }

    private static void Conditional(Utf8JsonWriter json, EngineOrder order)
    {
        if (order.StopPrice > 0)
        {
            json.WriteString("stopPrice", Decimal(order.StopPrice));
        }

        if (order.IcebergQty > 0)
        {
            json.WriteString("icebergQty", Decimal(order.IcebergQty));
        }

        if (order.TrailingDelta is { } delta)
        {
            json.WriteNumber("trailingDelta", delta);
        }
    }

    public static void Error(Utf8JsonWriter json, int code, string message, string? dataJson) => Pipeline.ErrorJson.Write(json, code, message, dataJson);
}
