namespace BinanceErrors.Http.Internal;

/// <summary>
/// The documented weights and security of the endpoints, used to estimate usage before the first response and to
/// decide which requests are signed and which can change orders.
/// </summary>
internal static class EndpointTable
{
    private static readonly Dictionary<(string Method, string Path), EndpointInfo> Known = new()
    {
        [("GET", "/api/v3/ping")] = new(1, false, RequestIntent.Read),
        [("GET", "/api/v3/time")] = new(1, false, RequestIntent.Read),
        [("GET", "/api/v3/exchangeInfo")] = new(20, false, RequestIntent.Read),
        [("GET", "/api/v3/depth")] = new(5, false, RequestIntent.Read),
        [("GET", "/api/v3/ticker/price")] = new(2, false, RequestIntent.Read),
        [("GET", "/api/v3/ticker/bookTicker")] = new(2, false, RequestIntent.Read),
        [("GET", "/api/v3/avgPrice")] = new(2, false, RequestIntent.Read),
        [("GET", "/api/v3/referencePrice")] = new(2, false, RequestIntent.Read),
        [("POST", "/api/v3/order")] = new(1, true, RequestIntent.PlaceOrder),
        [("POST", "/api/v3/order/test")] = new(1, true, RequestIntent.Read),
        [("GET", "/api/v3/order")] = new(4, true, RequestIntent.Read),
        [("DELETE", "/api/v3/order")] = new(1, true, RequestIntent.CancelOrder),
        [("GET", "/api/v3/openOrders")] = new(6, true, RequestIntent.Read),
        [("DELETE", "/api/v3/openOrders")] = new(1, true, RequestIntent.CancelOrder),
        [("GET", "/api/v3/allOrders")] = new(20, true, RequestIntent.Read),
        [("GET", "/api/v3/account")] = new(20, true, RequestIntent.Read),
        [("GET", "/api/v3/myTrades")] = new(20, true, RequestIntent.Read),
        [("GET", "/api/v3/rateLimit/order")] = new(40, true, RequestIntent.Read),
        [("GET", "/api/v3/myFilters")] = new(40, true, RequestIntent.Read),
        [("POST", "/api/v3/order/cancelReplace")] = new(1, true, RequestIntent.PlaceOrder),
        [("PUT", "/api/v3/order/amend/keepPriority")] = new(4, true, RequestIntent.CancelOrder),
        [("POST", "/api/v3/order/oco")] = new(1, true, RequestIntent.PlaceOrder),
        [("POST", "/api/v3/orderList/oco")] = new(1, true, RequestIntent.PlaceOrder),
        [("POST", "/api/v3/orderList/oto")] = new(1, true, RequestIntent.PlaceOrder),
        [("POST", "/api/v3/orderList/otoco")] = new(1, true, RequestIntent.PlaceOrder),
        [("DELETE", "/api/v3/orderList")] = new(1, true, RequestIntent.CancelOrder),
        [("GET", "/api/v3/orderList")] = new(4, true, RequestIntent.Read),
        [("GET", "/api/v3/allOrderList")] = new(20, true, RequestIntent.Read),
        [("GET", "/api/v3/openOrderList")] = new(6, true, RequestIntent.Read),
        [("GET", "/fapi/v1/time")] = new(1, false, RequestIntent.Read),
        [("POST", "/fapi/v1/order")] = new(1, true, RequestIntent.PlaceOrder),
        [("GET", "/fapi/v1/order")] = new(1, true, RequestIntent.Read),
        [("DELETE", "/fapi/v1/order")] = new(1, true, RequestIntent.CancelOrder),
        [("GET", "/dapi/v1/time")] = new(1, false, RequestIntent.Read),
        [("POST", "/dapi/v1/order")] = new(1, true, RequestIntent.PlaceOrder),
        [("GET", "/dapi/v1/order")] = new(1, true, RequestIntent.Read),
        [("DELETE", "/dapi/v1/order")] = new(1, true, RequestIntent.CancelOrder),
    };

    public static EndpointInfo Find(HttpMethod method, string path)
    {
        if (Known.TryGetValue((method.Method, path), out var info))
        {
            return info;
        }

        // Unknown endpoints: reads are safe to repeat, anything else might change state; /sapi and account-like paths are signed.
        var isRead = method == HttpMethod.Get || method == HttpMethod.Head;
        var signed = path.StartsWith("/sapi/", StringComparison.Ordinal) || path.Contains("/account", StringComparison.Ordinal);
        return new EndpointInfo(1, signed, isRead ? RequestIntent.Read : RequestIntent.OtherWrite);
    }

    /// <summary>The order query path of a venue, for reconciliation.</summary>
    public static string OrderPath(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => "/fapi/v1/order",
        BinanceVenue.CoinMFutures => "/dapi/v1/order",
        _ => "/api/v3/order",
    };

    /// <summary>The server time path of a venue, for clock sync.</summary>
    public static string TimePath(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => "/fapi/v1/time",
        BinanceVenue.CoinMFutures => "/dapi/v1/time",
        _ => "/api/v3/time",
    };
}
