using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// The documented request weight, security and effect of the REST endpoints this toolkit knows, per method and path:
/// the one table the HTTP handlers estimate usage from and the sandbox charges by.
/// </summary>
/// <remarks>
/// Spot weights are from the Spot API's endpoint pages; USDⓈ-M and COIN-M weights from developers.binance.com's USDⓈ-M
/// and COIN-M pages (via the coincise mirror at a00ae58). Where a weight depends on a parameter, <see cref="BinanceEndpoint.WeightFor(string?)"/>
/// applies the documented rule (<c>depth</c> and the futures <c>klines</c> by <c>limit</c>; Spot <c>myTrades</c> by <c>orderId</c>; Spot <c>order/test</c> by
/// <c>computeCommissionRates</c>; <c>openOrders</c> and the tickers by whether
/// <c>symbol</c> is given) and <see cref="BinanceEndpoint.Weight"/> is the weight with the parameters' defaults.
/// </remarks>
public static class BinanceEndpoints
{
    private static readonly BinanceEndpoint[] Table =
    [
        new("GET", "/api/v3/ping", 1, false, RequestIntent.Read),
        new("GET", "/api/v3/time", 1, false, RequestIntent.Read),
        new("GET", "/api/v3/exchangeInfo", 20, false, RequestIntent.Read),
        new("GET", "/api/v3/depth", 5, false, RequestIntent.Read, rule: WeightRule.SpotDepthLimit),
        new("GET", "/api/v3/ticker/price", 2, false, RequestIntent.Read, withoutSymbol: 4),
        new("GET", "/api/v3/ticker/bookTicker", 2, false, RequestIntent.Read, withoutSymbol: 4),
        new("GET", "/api/v3/avgPrice", 2, false, RequestIntent.Read),
        new("GET", "/api/v3/referencePrice", 2, false, RequestIntent.Read),
        new("GET", "/api/v3/referencePrice/calculation", 2, false, RequestIntent.Read),
        new("GET", "/api/v3/executionRules", 2, false, RequestIntent.Read, withoutSymbol: 40, rule: WeightRule.SpotExecutionRulesSymbols),
        // Spot order placement and cancels cost 0 weight when they succeed since 2026-04-02 (CHANGELOG 2026-03-27); the
        // amend endpoint only when the amend expires the order (2026-04-02 clarification), so it is not marked.
        new("POST", "/api/v3/order", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/order/test", 1, true, RequestIntent.Read, rule: WeightRule.SpotTestOrderCommission),
        new("GET", "/api/v3/order", 4, true, RequestIntent.Read),
        new("DELETE", "/api/v3/order", 1, true, RequestIntent.CancelOrder, freeOnSuccess: true),
        new("GET", "/api/v3/openOrders", 6, true, RequestIntent.Read, withoutSymbol: 80),
        new("DELETE", "/api/v3/openOrders", 1, true, RequestIntent.CancelOrder, freeOnSuccess: true),
        new("GET", "/api/v3/allOrders", 20, true, RequestIntent.Read),
        new("GET", "/api/v3/account", 20, true, RequestIntent.Read),
        new("GET", "/api/v3/myTrades", 20, true, RequestIntent.Read, rule: WeightRule.SpotMyTradesOrderId),
        new("GET", "/api/v3/rateLimit/order", 40, true, RequestIntent.Read),
        new("GET", "/api/v3/myFilters", 40, true, RequestIntent.Read),
        new("POST", "/api/v3/order/cancelReplace", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("PUT", "/api/v3/order/amend/keepPriority", 4, true, RequestIntent.CancelOrder),
        new("POST", "/api/v3/order/oco", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/orderList/oco", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/orderList/oto", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/orderList/otoco", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/orderList/opo", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("POST", "/api/v3/orderList/opoco", 1, true, RequestIntent.PlaceOrder, freeOnSuccess: true),
        new("DELETE", "/api/v3/orderList", 1, true, RequestIntent.CancelOrder, freeOnSuccess: true),
        new("GET", "/api/v3/orderList", 4, true, RequestIntent.Read),
        new("GET", "/api/v3/allOrderList", 20, true, RequestIntent.Read),
        new("GET", "/api/v3/openOrderList", 6, true, RequestIntent.Read),
        new("GET", "/fapi/v1/time", 1, false, RequestIntent.Read),
        // USDⓈ-M: weights from the endpoint pages (developers.binance.com, via the coincise mirror at a00ae58); the
        // order-count costs (X-MBX-ORDER-COUNT-10S / -1M) are in OrderCountCost. Weights that depend on a parameter
        // are the default's (depth limit 500, klines limit 500) or the single-symbol one.
        new("POST", "/fapi/v1/order", 0, true, RequestIntent.PlaceOrder),
        new("GET", "/fapi/v1/order", 1, true, RequestIntent.Read),
        new("DELETE", "/fapi/v1/order", 1, true, RequestIntent.CancelOrder),
        new("GET", "/fapi/v1/ping", 1, false, RequestIntent.Read),
        new("GET", "/fapi/v1/exchangeInfo", 1, false, RequestIntent.Read),
        new("GET", "/fapi/v1/depth", 10, false, RequestIntent.Read, rule: WeightRule.FuturesDepthLimit),
        new("GET", "/fapi/v1/trades", 5, false, RequestIntent.Read),
        new("GET", "/fapi/v1/klines", 5, false, RequestIntent.Read, rule: WeightRule.FuturesKlinesLimit),
        new("GET", "/fapi/v1/premiumIndex", 1, false, RequestIntent.Read, withoutSymbol: 10),
        new("GET", "/fapi/v1/fundingRate", 1, false, RequestIntent.Read),
        new("GET", "/fapi/v1/openInterest", 1, false, RequestIntent.Read),
        new("GET", "/fapi/v1/ticker/24hr", 1, false, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/fapi/v1/ticker/price", 1, false, RequestIntent.Read, withoutSymbol: 2),
        new("GET", "/fapi/v2/ticker/price", 1, false, RequestIntent.Read, withoutSymbol: 2),
        new("GET", "/fapi/v1/ticker/bookTicker", 2, false, RequestIntent.Read, withoutSymbol: 5),
        new("POST", "/fapi/v1/order/test", 0, true, RequestIntent.Read),
        new("PUT", "/fapi/v1/order", 0, true, RequestIntent.CancelOrder),
        new("POST", "/fapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite),
        new("PUT", "/fapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite),
        new("DELETE", "/fapi/v1/batchOrders", 1, true, RequestIntent.OtherWrite),
        new("DELETE", "/fapi/v1/allOpenOrders", 1, true, RequestIntent.OtherWrite),
        new("POST", "/fapi/v1/countdownCancelAll", 10, true, RequestIntent.OtherWrite),
        new("POST", "/fapi/v1/algoOrder", 0, true, RequestIntent.PlaceOrder),
        new("GET", "/fapi/v1/algoOrder", 1, true, RequestIntent.Read),
        new("DELETE", "/fapi/v1/algoOrder", 1, true, RequestIntent.CancelOrder),
        new("DELETE", "/fapi/v1/algoOpenOrders", 1, true, RequestIntent.OtherWrite),
        new("GET", "/fapi/v1/openAlgoOrders", 1, true, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/fapi/v1/allAlgoOrders", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v1/openOrder", 1, true, RequestIntent.Read),
        new("GET", "/fapi/v1/openOrders", 1, true, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/fapi/v1/allOrders", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v1/userTrades", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v2/account", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v3/account", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v2/balance", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v3/balance", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v2/positionRisk", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v3/positionRisk", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v1/accountConfig", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v1/symbolConfig", 5, true, RequestIntent.Read),
        new("GET", "/fapi/v1/income", 30, true, RequestIntent.Read),
        new("GET", "/fapi/v1/commissionRate", 20, true, RequestIntent.Read),
        new("GET", "/fapi/v1/leverageBracket", 1, true, RequestIntent.Read),
        new("GET", "/fapi/v1/rateLimit/order", 1, true, RequestIntent.Read),
        new("POST", "/fapi/v1/leverage", 1, true, RequestIntent.OtherWrite),
        new("POST", "/fapi/v1/marginType", 1, true, RequestIntent.OtherWrite),
        new("POST", "/fapi/v1/positionMargin", 1, true, RequestIntent.OtherWrite),
        new("GET", "/fapi/v1/positionSide/dual", 30, true, RequestIntent.Read),
        new("POST", "/fapi/v1/positionSide/dual", 1, true, RequestIntent.OtherWrite),
        new("GET", "/fapi/v1/multiAssetsMargin", 30, true, RequestIntent.Read),
        new("POST", "/fapi/v1/multiAssetsMargin", 1, true, RequestIntent.OtherWrite),
        new("POST", "/fapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        new("PUT", "/fapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        new("DELETE", "/fapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        new("GET", "/dapi/v1/ping", 1, false, RequestIntent.Read),
        new("GET", "/dapi/v1/time", 1, false, RequestIntent.Read),
        new("GET", "/dapi/v1/exchangeInfo", 1, false, RequestIntent.Read),
        new("GET", "/dapi/v1/depth", 10, false, RequestIntent.Read, rule: WeightRule.FuturesDepthLimit),
        new("GET", "/dapi/v1/trades", 5, false, RequestIntent.Read),
        new("GET", "/dapi/v1/klines", 5, false, RequestIntent.Read, rule: WeightRule.FuturesKlinesLimit),
        new("GET", "/dapi/v1/premiumIndex", 10, false, RequestIntent.Read),
        new("GET", "/dapi/v1/fundingRate", 1, false, RequestIntent.Read),
        new("GET", "/dapi/v1/openInterest", 1, false, RequestIntent.Read),
        new("GET", "/dapi/v1/ticker/24hr", 1, false, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/dapi/v1/ticker/price", 1, false, RequestIntent.Read, withoutSymbol: 2),
        new("GET", "/dapi/v1/ticker/bookTicker", 2, false, RequestIntent.Read, withoutSymbol: 5),
        // COIN-M "New Order (TRADE)": "0 on IP rate limit(x-mbx-used-weight-1m)", as on USDⓈ-M.
        new("POST", "/dapi/v1/order", 0, true, RequestIntent.PlaceOrder),
        new("GET", "/dapi/v1/order", 1, true, RequestIntent.Read),
        new("DELETE", "/dapi/v1/order", 1, true, RequestIntent.CancelOrder),
        // COIN-M "Modify Order (TRADE)" weighs 1 (USDⓈ-M's 0); it changes an order, as USDⓈ-M's does.
        new("PUT", "/dapi/v1/order", 1, true, RequestIntent.CancelOrder),
        new("POST", "/dapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite),
        new("PUT", "/dapi/v1/batchOrders", 5, true, RequestIntent.OtherWrite),
        new("DELETE", "/dapi/v1/batchOrders", 1, true, RequestIntent.OtherWrite),
        new("DELETE", "/dapi/v1/allOpenOrders", 1, true, RequestIntent.OtherWrite),
        new("POST", "/dapi/v1/countdownCancelAll", 10, true, RequestIntent.OtherWrite),
        new("GET", "/dapi/v1/openOrder", 1, true, RequestIntent.Read),
        new("GET", "/dapi/v1/openOrders", 1, true, RequestIntent.Read, withoutSymbol: 40),
        // "20 with symbol, 40 with pair": a call without symbol names a pair.
        new("GET", "/dapi/v1/allOrders", 20, true, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/dapi/v1/userTrades", 20, true, RequestIntent.Read, withoutSymbol: 40),
        new("GET", "/dapi/v1/forceOrders", 20, true, RequestIntent.Read, withoutSymbol: 50),
        new("GET", "/dapi/v1/orderAmendment", 1, true, RequestIntent.Read),
        new("GET", "/dapi/v1/account", 5, true, RequestIntent.Read),
        new("GET", "/dapi/v1/balance", 1, true, RequestIntent.Read),
        new("GET", "/dapi/v1/positionRisk", 1, true, RequestIntent.Read),
        new("GET", "/dapi/v1/adlQuantile", 5, true, RequestIntent.Read),
        new("GET", "/dapi/v1/income", 20, true, RequestIntent.Read),
        new("GET", "/dapi/v1/commissionRate", 20, true, RequestIntent.Read),
        new("GET", "/dapi/v1/leverageBracket", 1, true, RequestIntent.Read),
        new("GET", "/dapi/v2/leverageBracket", 1, true, RequestIntent.Read),
        new("POST", "/dapi/v1/leverage", 1, true, RequestIntent.OtherWrite),
        new("POST", "/dapi/v1/marginType", 1, true, RequestIntent.OtherWrite),
        new("POST", "/dapi/v1/positionMargin", 1, true, RequestIntent.OtherWrite),
        new("GET", "/dapi/v1/positionSide/dual", 30, true, RequestIntent.Read),
        new("POST", "/dapi/v1/positionSide/dual", 1, true, RequestIntent.OtherWrite),
        new("POST", "/dapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        new("PUT", "/dapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        new("DELETE", "/dapi/v1/listenKey", 1, false, RequestIntent.OtherWrite),
        // Unknown endpoints: reads are safe to repeat, anything else might change state; /sapi and account-like paths are signed.
    ];

    private static readonly Dictionary<(string Method, string Path), BinanceEndpoint> ByKey =
        Table.ToDictionary(e => (e.Method, e.Path));

    /// <summary>The table by method, then path: lets a log scan look a path up without making a string of it.</summary>
    private static readonly Dictionary<string, Dictionary<string, BinanceEndpoint>> ByMethod =
        Table.GroupBy(e => e.Method, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Path, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Every endpoint in the table.</summary>
    public static IReadOnlyList<BinanceEndpoint> All => Table;

    /// <summary>Finds an endpoint by HTTP method and path.</summary>
    /// <param name="method">The HTTP method in upper case, e.g. <c>GET</c>.</param>
    /// <param name="path">The path without query, e.g. <c>/api/v3/depth</c>.</param>
    /// <param name="endpoint">The endpoint, when the table has it.</param>
    /// <returns><see langword="true"/> when the table has the endpoint.</returns>
    public static bool TryFind(string method, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BinanceEndpoint? endpoint)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        return ByKey.TryGetValue((method, path), out endpoint);
    }

    /// <summary>Finds an endpoint by HTTP method and a path that is not (yet) a string.</summary>
    internal static bool TryFind(string method, ReadOnlySpan<char> path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BinanceEndpoint? endpoint)
    {
        endpoint = null;
        return ByMethod.TryGetValue(method, out var paths) && paths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(path, out endpoint);
    }
}
