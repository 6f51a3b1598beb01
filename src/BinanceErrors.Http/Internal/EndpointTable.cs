namespace BinanceErrors.Http.Internal;

/// <summary>
/// Looks requests up in <see cref="BinanceEndpoints"/> (the table the sandbox charges by too) to estimate usage before
/// the first response and to decide which requests are signed and which can change orders.
/// </summary>
internal static class EndpointTable
{
    // The shared table by path (built once, never changed), looked up by a span of the request's path.
    private static readonly Dictionary<string, BinanceEndpoint[]>.AlternateLookup<ReadOnlySpan<char>> ByPath = BinanceEndpoints.All
        .GroupBy(e => e.Path, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the client knows about a request before sending it, from the shared <see cref="BinanceEndpoints"/>.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path.</param>
    /// <param name="query">The request's query, for weights that depend on parameters (<c>depth</c>'s limit, a missing
    /// symbol); <see langword="null"/> when not known, which gives the one-symbol default weight.</param>
    public static EndpointInfo Find(HttpMethod method, string path, string? query = null) => Find(method, path.AsSpan(), query);

    /// <summary>As <see cref="Find(HttpMethod, string, string?)"/>, with the path as a span of the request's text (no string for it).</summary>
    public static EndpointInfo Find(HttpMethod method, ReadOnlySpan<char> path, string? query = null) => Find(method, path, query, null);

    /// <summary>
    /// As <see cref="Find(HttpMethod, string, string?)"/>, with parameters read by name (a WebSocket API request's)
    /// rather than from a query, so no query text is built to weigh a request.
    /// </summary>
    public static EndpointInfo Find(HttpMethod method, string path, Func<string, string?> parameter) => Find(method, path.AsSpan(), null, parameter);

    private static EndpointInfo Find(HttpMethod method, ReadOnlySpan<char> path, string? query, Func<string, string?>? parameter)
    {
        if (ByPath.TryGetValue(path, out var endpoints))
        {
            foreach (var endpoint in endpoints)
            {
                if (string.Equals(endpoint.Method, method.Method, StringComparison.Ordinal))
                {
                    // USDⓈ-M algo orders are reconciled through the Algo Service by clientAlgoId, other orders by order query.
                    var lookup = endpoint.Path == "/fapi/v1/algoOrder" && endpoint.Intent != RequestIntent.Read ? OrderLookup.AlgoOrders : null;
                    var weight = parameter is not null ? endpoint.WeightFor(parameter) : query is null ? endpoint.Weight : endpoint.WeightFor(query);
                    return new EndpointInfo(weight, endpoint.Signed, endpoint.Intent, lookup, endpoint.FreeOnSuccess);
                }
            }
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
