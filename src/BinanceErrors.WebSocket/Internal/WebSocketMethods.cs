using BinanceErrors.Http.Internal;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// What the client knows about a WebSocket API method before sending it. A method that has a REST twin is charged,
/// signed and reconciled by that endpoint's row of <see cref="BinanceEndpoints"/> (the weights are the same on both
/// transports), so one rule is written once; the session and subscription methods have rows of their own here.
/// </summary>
internal static class WebSocketMethods
{
    private static readonly Dictionary<string, (HttpMethod Method, string Path)> Spot = new(StringComparer.Ordinal)
    {
        ["order.place"] = (HttpMethod.Post, "/api/v3/order"),
        ["order.test"] = (HttpMethod.Post, "/api/v3/order/test"),
        ["order.status"] = (HttpMethod.Get, "/api/v3/order"),
        ["order.cancel"] = (HttpMethod.Delete, "/api/v3/order"),
        ["order.cancelReplace"] = (HttpMethod.Post, "/api/v3/order/cancelReplace"),
        ["order.amend.keepPriority"] = (HttpMethod.Put, "/api/v3/order/amend/keepPriority"),
        ["openOrders.status"] = (HttpMethod.Get, "/api/v3/openOrders"),
        ["openOrders.cancelAll"] = (HttpMethod.Delete, "/api/v3/openOrders"),
        ["orderList.place.oco"] = (HttpMethod.Post, "/api/v3/orderList/oco"),
        ["orderList.place.oto"] = (HttpMethod.Post, "/api/v3/orderList/oto"),
        ["orderList.place.otoco"] = (HttpMethod.Post, "/api/v3/orderList/otoco"),
        ["orderList.status"] = (HttpMethod.Get, "/api/v3/orderList"),
        ["orderList.cancel"] = (HttpMethod.Delete, "/api/v3/orderList"),
        ["openOrderLists.status"] = (HttpMethod.Get, "/api/v3/openOrderList"),
        ["account.status"] = (HttpMethod.Get, "/api/v3/account"),
        ["account.rateLimits.orders"] = (HttpMethod.Get, "/api/v3/rateLimit/order"),
        ["myTrades"] = (HttpMethod.Get, "/api/v3/myTrades"),
        ["allOrders"] = (HttpMethod.Get, "/api/v3/allOrders"),
        ["time"] = (HttpMethod.Get, "/api/v3/time"),
        ["ping"] = (HttpMethod.Get, "/api/v3/ping"),
        ["exchangeInfo"] = (HttpMethod.Get, "/api/v3/exchangeInfo"),
    };

    private static readonly Dictionary<string, (HttpMethod Method, string Path)> UsdM = new(StringComparer.Ordinal)
    {
        ["order.place"] = (HttpMethod.Post, "/fapi/v1/order"),
        ["order.modify"] = (HttpMethod.Put, "/fapi/v1/order"),
        ["order.status"] = (HttpMethod.Get, "/fapi/v1/order"),
        ["order.cancel"] = (HttpMethod.Delete, "/fapi/v1/order"),
        ["account.status"] = (HttpMethod.Get, "/fapi/v2/account"),
        ["account.balance"] = (HttpMethod.Get, "/fapi/v2/balance"),
        ["v2/account.position"] = (HttpMethod.Get, "/fapi/v2/positionRisk"),
        ["userDataStream.start"] = (HttpMethod.Post, "/fapi/v1/listenKey"),
        ["userDataStream.ping"] = (HttpMethod.Put, "/fapi/v1/listenKey"),
        ["userDataStream.stop"] = (HttpMethod.Delete, "/fapi/v1/listenKey"),
        ["time"] = (HttpMethod.Get, "/fapi/v1/time"),
        ["ping"] = (HttpMethod.Get, "/fapi/v1/ping"),
        ["exchangeInfo"] = (HttpMethod.Get, "/fapi/v1/exchangeInfo"),
    };

    /// <summary>The REST twin of a method on a venue, when it has one.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="method">The method (a <c>v3/</c> or <c>v2/</c> version prefix is kept as part of the name).</param>
    /// <param name="twin">The HTTP method and path.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryRestTwin(BinanceVenue venue, string method, out (HttpMethod Method, string Path) twin) =>
        (venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures ? UsdM : Spot).TryGetValue(method, out twin);

    /// <summary>The facts the core needs about a request: endpoint, weight, signing, order-count cost, limits key.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="method">The method.</param>
    /// <param name="parameters">The caller's parameters (a missing symbol changes some weights).</param>
    /// <param name="authority">Where the request's limits and clock are kept (the REST host of the same IP pool).</param>
    /// <param name="address">The connection's address, for logs.</param>
    /// <returns>The facts.</returns>
    public static RequestFacts Facts(BinanceVenue venue, string method, IReadOnlyList<KeyValuePair<string, string>> parameters, string authority, Uri address)
    {
        var futures = venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures;
        if (TryRestTwin(venue, method, out var twin))
        {
            // Weighed from the parameters by name (a depth limit, a missing symbol): no query text is built for it.
            var endpoint = EndpointTable.Find(twin.Method, twin.Path, name => Value(parameters, name));
            var userStream = twin.Path.EndsWith("/listenKey", StringComparison.Ordinal);
            return new RequestFacts(endpoint, authority, endpoint.Weight, endpoint.Signed && !userStream, OrderCountCost.Find(twin.Method, twin.Path, endpoint), userStream, method, address);
        }

        // Session and subscription methods (Spot): 2 weight each; logon and the signature subscription are signed.
        var signed = method is "session.logon" or "userDataStream.subscribe.signature";
        var weight = !futures && (method.StartsWith("session.", StringComparison.Ordinal) || method.StartsWith("userDataStream.", StringComparison.Ordinal)) ? 2 : 1;
        var info = new EndpointInfo(weight, signed, RequestIntent.Read);
        return new RequestFacts(info, authority, weight, signed, OrderCountCost.None, false, method, address);
    }

    /// <summary>The REST host whose IP pool a WebSocket API host shares: <c>ws-api.binance.com</c> → <c>api.binance.com</c>, <c>ws-fapi.</c> → <c>fapi.</c>, testnet → <c>testnet.binance.vision</c>; any other host (a sandbox serving both) as it is.</summary>
    /// <param name="endpoint">The WebSocket API address.</param>
    /// <returns>The authority limits and clocks are kept under.</returns>
    public static string LimitAuthority(Uri endpoint)
    {
        var host = endpoint.Host;
        if (host.StartsWith("ws-api.testnet.", StringComparison.OrdinalIgnoreCase))
        {
            return host["ws-api.".Length..];
        }

        foreach (var (ws, rest) in (ReadOnlySpan<(string, string)>)[("ws-api.", "api."), ("ws-fapi.", "fapi."), ("ws-dapi.", "dapi.")])
        {
            if (host.StartsWith(ws, StringComparison.OrdinalIgnoreCase))
            {
                return rest + host[ws.Length..];
            }
        }

        return endpoint.Authority;
    }

    /// <summary>The first value of a parameter, or <see langword="null"/>.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter.</param>
    /// <returns>Its value.</returns>
    public static string? Value(IReadOnlyList<KeyValuePair<string, string>> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (string.Equals(parameters[i].Key, name, StringComparison.Ordinal))
            {
                return parameters[i].Value;
            }
        }

        return null;
    }

    /// <summary>The parameters as a query (for journalled intents and error metrics).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="escape">Whether to percent-encode the values.</param>
    /// <returns>The text, without '?'.</returns>
    public static string QueryOf(IEnumerable<KeyValuePair<string, string>> parameters, bool escape)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (name is "timestamp" or "signature" or "apiKey")
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(name).Append('=').Append(escape ? Uri.EscapeDataString(value) : value);
        }

        return text.ToString();
    }
}
