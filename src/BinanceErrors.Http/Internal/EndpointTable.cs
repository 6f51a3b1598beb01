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
        // USDⓈ-M: weights from the endpoint pages (developers.binance.com, via the coincise mirror at a00ae58); the
        // order-count costs (X-MBX-ORDER-COUNT-10S / -1M) are in OrderCountCost. Weights that depend on a parameter
        // are the default's (depth limit 500, klines limit 500) or the single-symbol one.
        [("POST", "/fapi/v1/order")] = new(0, true, RequestIntent.PlaceOrder),
        [("GET", "/fapi/v1/order")] = new(1, true, RequestIntent.Read),
        [("DELETE", "/fapi/v1/order")] = new(1, true, RequestIntent.CancelOrder),
        [("GET", "/fapi/v1/ping")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/exchangeInfo")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/depth")] = new(10, false, RequestIntent.Read),
        [("GET", "/fapi/v1/trades")] = new(5, false, RequestIntent.Read),
        [("GET", "/fapi/v1/klines")] = new(5, false, RequestIntent.Read),
        [("GET", "/fapi/v1/premiumIndex")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/fundingRate")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/openInterest")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/ticker/24hr")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/ticker/price")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v2/ticker/price")] = new(1, false, RequestIntent.Read),
        [("GET", "/fapi/v1/ticker/bookTicker")] = new(2, false, RequestIntent.Read),
        [("POST", "/fapi/v1/order/test")] = new(0, true, RequestIntent.Read),
        [("PUT", "/fapi/v1/order")] = new(0, true, RequestIntent.CancelOrder),
        [("POST", "/fapi/v1/batchOrders")] = new(5, true, RequestIntent.OtherWrite),
        [("PUT", "/fapi/v1/batchOrders")] = new(5, true, RequestIntent.OtherWrite),
        [("DELETE", "/fapi/v1/batchOrders")] = new(1, true, RequestIntent.OtherWrite),
        [("DELETE", "/fapi/v1/allOpenOrders")] = new(1, true, RequestIntent.OtherWrite),
        [("POST", "/fapi/v1/countdownCancelAll")] = new(10, true, RequestIntent.OtherWrite),
        [("POST", "/fapi/v1/algoOrder")] = new(0, true, RequestIntent.PlaceOrder, OrderLookup.AlgoOrders),
        [("GET", "/fapi/v1/algoOrder")] = new(1, true, RequestIntent.Read),
        [("DELETE", "/fapi/v1/algoOrder")] = new(1, true, RequestIntent.CancelOrder, OrderLookup.AlgoOrders),
        [("DELETE", "/fapi/v1/algoOpenOrders")] = new(1, true, RequestIntent.OtherWrite),
        [("GET", "/fapi/v1/openAlgoOrders")] = new(1, true, RequestIntent.Read),
        [("GET", "/fapi/v1/allAlgoOrders")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v1/openOrder")] = new(1, true, RequestIntent.Read),
        [("GET", "/fapi/v1/openOrders")] = new(1, true, RequestIntent.Read),
        [("GET", "/fapi/v1/allOrders")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v1/userTrades")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v2/account")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v3/account")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v2/balance")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v3/balance")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v2/positionRisk")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v3/positionRisk")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v1/accountConfig")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v1/symbolConfig")] = new(5, true, RequestIntent.Read),
        [("GET", "/fapi/v1/income")] = new(30, true, RequestIntent.Read),
        [("GET", "/fapi/v1/commissionRate")] = new(20, true, RequestIntent.Read),
        [("GET", "/fapi/v1/leverageBracket")] = new(1, true, RequestIntent.Read),
        [("GET", "/fapi/v1/rateLimit/order")] = new(1, true, RequestIntent.Read),
        [("POST", "/fapi/v1/leverage")] = new(1, true, RequestIntent.OtherWrite),
        [("POST", "/fapi/v1/marginType")] = new(1, true, RequestIntent.OtherWrite),
        [("POST", "/fapi/v1/positionMargin")] = new(1, true, RequestIntent.OtherWrite),
        [("GET", "/fapi/v1/positionSide/dual")] = new(30, true, RequestIntent.Read),
        [("POST", "/fapi/v1/positionSide/dual")] = new(1, true, RequestIntent.OtherWrite),
        [("GET", "/fapi/v1/multiAssetsMargin")] = new(30, true, RequestIntent.Read),
        [("POST", "/fapi/v1/multiAssetsMargin")] = new(1, true, RequestIntent.OtherWrite),
        [("POST", "/fapi/v1/listenKey")] = new(1, false, RequestIntent.OtherWrite),
        [("PUT", "/fapi/v1/listenKey")] = new(1, false, RequestIntent.OtherWrite),
        [("DELETE", "/fapi/v1/listenKey")] = new(1, false, RequestIntent.OtherWrite),
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
