namespace BinanceErrors.Http.Internal;

/// <summary>
/// What a request adds to the account's order-count windows (<c>X-MBX-ORDER-COUNT-*</c>): <paramref name="ShortWindow"/>
/// to windows under a minute (USDⓈ-M's 10S, Spot's 10S) and <paramref name="LongWindow"/> to windows of a minute or
/// more (1M, 1D). Most order placements cost 1 and 1; USDⓈ-M <c>batchOrders</c> costs 5 on 10S and 1 on 1M, and an
/// order modification (<c>PUT /fapi/v1/order</c>) costs 1 and 1 although it places nothing new.
/// </summary>
internal readonly record struct OrderCountCost(int ShortWindow, int LongWindow)
{
    public static OrderCountCost None { get; } = new(0, 0);

    public static OrderCountCost One { get; } = new(1, 1);

    public bool IsNone => ShortWindow == 0 && LongWindow == 0;

    /// <summary>The cost in one window.</summary>
    public int For(TimeSpan window) => window < TimeSpan.FromMinutes(1) ? ShortWindow : LongWindow;

    /// <summary>
    /// The documented cost of an endpoint: "5 on 10s order rate limit(X-MBX-ORDER-COUNT-10S); 1 on 1min order rate
    /// limit(X-MBX-ORDER-COUNT-1M)" for USDⓈ-M batchOrders, 1 and 1 for the other order endpoints.
    /// </summary>
    public static OrderCountCost Find(HttpMethod method, string path, EndpointInfo endpoint) => Find(method, path.AsSpan(), endpoint);

    /// <summary>As <see cref="Find(HttpMethod, string, EndpointInfo)"/>, with the path as a span of the request's text.</summary>
    public static OrderCountCost Find(HttpMethod method, ReadOnlySpan<char> path, EndpointInfo endpoint)
    {
        if (path is "/fapi/v1/batchOrders" or "/dapi/v1/batchOrders" && (method == HttpMethod.Post || method == HttpMethod.Put))
        {
            return new(5, 1);
        }

        if ((method == HttpMethod.Put && path is "/fapi/v1/order" or "/dapi/v1/order") || (method == HttpMethod.Post && path is "/fapi/v1/algoOrder"))
        {
            return One;
        }

        return endpoint.PlacesOrder ? One : None;
    }
}
