using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>Writes responses in the exchange's shapes: field names, order and string decimals as <c>/api/v3</c> sends them.</summary>
internal static class SpotJson
{
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
            ExpiryReason(json, order);
        }

        if (responseType == "FULL")
        {
            json.WriteStartArray("fills");
            foreach (var fill in fills)
            {
                json.WriteStartObject();
                json.WriteString("price", SpotWire.Decimal(fill.Price));
                json.WriteString("qty", SpotWire.Decimal(fill.Qty));
                json.WriteString("commission", SpotWire.Decimal(fill.Commission));
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
        json.WriteString("price", SpotWire.Decimal(order.Price));
        OrigQty(json, order);
        json.WriteString("executedQty", SpotWire.Decimal(order.ExecutedQty));
        json.WriteString("cummulativeQuoteQty", SpotWire.Decimal(order.CumulativeQuoteQty));
        json.WriteString("status", order.Status);
        json.WriteString("timeInForce", SpotWire.TimeInForceText(order.TimeInForce));
        json.WriteString("type", order.OriginalType.ToWireName());
        json.WriteString("side", SpotWire.Side(order.Side));
        json.WriteString("stopPrice", SpotWire.Decimal(order.StopPrice));
        json.WriteString("icebergQty", SpotWire.Decimal(order.IcebergQty));
        json.WriteNumber("time", order.Time);
        json.WriteNumber("updateTime", order.UpdateTime);
        json.WriteBoolean("isWorking", order.IsWorking);
        json.WriteNumber("workingTime", order.WorkingTime);
        json.WriteString("origQuoteOrderQty", SpotWire.Decimal(order.OrigQuoteOrderQty));
        json.WriteString("selfTradePreventionMode", order.SelfTradePreventionMode);
        if (order.TrailingDelta is { } delta)
        {
            json.WriteNumber("trailingDelta", delta);
        }

        // Order queries show it since 2026-05-08 (CHANGELOG 2026-05-06).
        ExpiryReason(json, order);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>expiryReason</c>, "returned only for expired orders" (enums.md, Expiry Reasons): in RESULT/FULL placement
    /// answers since 2026-03-26 and in order queries since 2026-05-08.
    /// </summary>
    private static void ExpiryReason(Utf8JsonWriter json, EngineOrder order)
    {
        if (order.ExpiryReason is { } reason && order.Status.StartsWith("EXPIRED", StringComparison.Ordinal))
        {
            json.WriteString("expiryReason", reason);
        }
    }

    /// <summary><c>origQty</c>, left out for an OPO pending leg that has no quantity yet (as the OPO placement example shows).</summary>
    private static void OrigQty(Utf8JsonWriter json, EngineOrder order)
    {
        if (order.HasQuantity)
        {
            json.WriteString("origQty", SpotWire.Decimal(order.OrigQty));
        }
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
        json.WriteString("price", SpotWire.Decimal(order.Price));
        OrigQty(json, order);
        json.WriteString("executedQty", SpotWire.Decimal(order.ExecutedQty));
        json.WriteString("origQuoteOrderQty", SpotWire.Decimal(order.OrigQuoteOrderQty));
        json.WriteString("cummulativeQuoteQty", SpotWire.Decimal(order.CumulativeQuoteQty));
        json.WriteString("status", order.Status);
        json.WriteString("timeInForce", SpotWire.TimeInForceText(order.TimeInForce));
        json.WriteString("type", order.OriginalType.ToWireName());
        json.WriteString("side", SpotWire.Side(order.Side));
        Conditional(json, order);
    }

    private static void Conditional(Utf8JsonWriter json, EngineOrder order)
    {
        if (order.StopPrice > 0)
        {
            json.WriteString("stopPrice", SpotWire.Decimal(order.StopPrice));
        }

        if (order.IcebergQty > 0)
        {
            json.WriteString("icebergQty", SpotWire.Decimal(order.IcebergQty));
        }

        if (order.TrailingDelta is { } delta)
        {
            json.WriteNumber("trailingDelta", delta);
        }
    }

    public static void Error(Utf8JsonWriter json, int code, string message, string? dataJson) => Pipeline.ErrorJson.Write(json, code, message, dataJson);
}
