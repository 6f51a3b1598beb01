using System.Text.Json;

namespace BinanceErrors.WebSocket;

/// <summary>
/// One user-data event: its type (<c>e</c>) and payload as sent, and the order update it carries, when it is one. After
/// every reconnect or replacement the client adds an <see cref="OpenOrdersSnapshot"/> event (payload: the
/// <c>openOrders.status</c> result), because events sent while no connection was subscribed are not replayed.
/// </summary>
public sealed class BinanceUserDataEvent
{
    /// <summary>The type of the event the client adds after each reconnect: the open orders as the exchange has them.</summary>
    public const string OpenOrdersSnapshot = "openOrdersSnapshot";

    internal BinanceUserDataEvent(string eventType, long? eventTime, JsonElement payload, BinanceOrderUpdate? order)
    {
        EventType = eventType;
        EventTime = eventTime;
        Payload = payload;
        Order = order;
    }

    /// <summary>The event type: <c>executionReport</c>, <c>outboundAccountPosition</c>, <c>balanceUpdate</c>, <c>listStatus</c>, <c>eventStreamTerminated</c>, <c>ORDER_TRADE_UPDATE</c>, <c>ALGO_UPDATE</c>, <c>ACCOUNT_UPDATE</c>, <c>listenKeyExpired</c>, or <see cref="OpenOrdersSnapshot"/>.</summary>
    public string EventType { get; }

    /// <summary>The event time (<c>E</c>, epoch ms) when sent.</summary>
    public long? EventTime { get; }

    /// <summary>The event object as sent (for a snapshot, the array of open orders).</summary>
    public JsonElement Payload { get; }

    /// <summary>The order update an <c>executionReport</c> or <c>ORDER_TRADE_UPDATE</c> carries.</summary>
    public BinanceOrderUpdate? Order { get; }

    /// <summary>The type and, for an order update, the order and its status.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Order is { } order ? $"{EventType} {order.Symbol} {order.ClientOrderId} {order.ExecutionType}/{order.Status}" : EventType;
}
