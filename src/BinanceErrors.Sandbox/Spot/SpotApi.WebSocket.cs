namespace BinanceErrors.Sandbox.Spot;

/// <summary>
/// The Spot WebSocket API (<c>/ws-api/v3</c>): each method is the REST operation it mirrors, with the same weight,
/// signing, parameters and answer (web-socket-api.md); the session methods belong to the WebSocket front.
/// </summary>
internal sealed partial class SpotApi
{
    private void RegisterWebSocket()
    {
        AddWebSocket("ping", "GET", "/api/v3/ping");
        AddWebSocket("time", "GET", "/api/v3/time");
        AddWebSocket("exchangeInfo", "GET", "/api/v3/exchangeInfo");
        AddWebSocket("depth", "GET", "/api/v3/depth");
        AddWebSocket("avgPrice", "GET", "/api/v3/avgPrice");
        AddWebSocket("ticker.price", "GET", "/api/v3/ticker/price");
        AddWebSocket("ticker.book", "GET", "/api/v3/ticker/bookTicker");
        AddWebSocket("order.place", "POST", "/api/v3/order");
        AddWebSocket("order.test", "POST", "/api/v3/order/test");
        AddWebSocket("order.status", "GET", "/api/v3/order");
        AddWebSocket("order.cancel", "DELETE", "/api/v3/order");
        AddWebSocket("order.cancelReplace", "POST", "/api/v3/order/cancelReplace");
        AddWebSocket("openOrders.status", "GET", "/api/v3/openOrders");
        AddWebSocket("openOrders.cancelAll", "DELETE", "/api/v3/openOrders");
        AddWebSocket("allOrders", "GET", "/api/v3/allOrders");
        AddWebSocket("myTrades", "GET", "/api/v3/myTrades");
        AddWebSocket("orderList.place.oco", "POST", "/api/v3/orderList/oco");
        AddWebSocket("orderList.place.oto", "POST", "/api/v3/orderList/oto");
        AddWebSocket("orderList.place.otoco", "POST", "/api/v3/orderList/otoco");
        AddWebSocket("orderList.place.opo", "POST", "/api/v3/orderList/opo");
        AddWebSocket("orderList.place.opoco", "POST", "/api/v3/orderList/opoco");
        AddWebSocket("orderList.status", "GET", "/api/v3/orderList");
        AddWebSocket("orderList.cancel", "DELETE", "/api/v3/orderList");
        AddWebSocket("openOrderLists.status", "GET", "/api/v3/openOrderList");
        AddWebSocket("account.status", "GET", "/api/v3/account");
        AddWebSocket("account.rateLimits.orders", "GET", "/api/v3/rateLimit/order");
        AddWebSocket("referencePrice", "GET", "/api/v3/referencePrice");
        AddWebSocket("executionRules", "GET", "/api/v3/executionRules");
    }
}
