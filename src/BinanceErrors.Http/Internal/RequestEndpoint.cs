namespace BinanceErrors.Http.Internal;

/// <summary>
/// Resolves a request's endpoint once, in the outermost handler, and carries it in <see cref="HttpRequestMessage.Options"/>
/// (which the resilience handler copies onto every attempt), so the inner handlers read it instead of looking it up again.
/// </summary>
internal static class RequestEndpoint
{
    private static readonly HttpRequestOptionsKey<EndpointInfo> Key = new("BinanceErrors.Endpoint");

    /// <summary>The local instant (ms) the limit handler let the request go, after any wait for a window.</summary>
    public static readonly HttpRequestOptionsKey<long> SentAtKey = new("BinanceErrors.SentAt");

    public static Uri UriOf(HttpRequestMessage request) =>
        request.RequestUri ?? throw new InvalidOperationException("The request has no URI; set HttpClient.BaseAddress to the venue's base URL.");

    public static EndpointInfo Resolve(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(Key, out var known))
        {
            return known;
        }

        // The query decides parameter-dependent weights (depth by limit, all-symbol calls without symbol).
        var uri = UriOf(request);
        var endpoint = EndpointTable.Find(request.Method, uri.AbsolutePath, uri.Query);
        if (request.Options.TryGetValue(BinanceRequestOptions.Intent, out var intent))
        {
            endpoint = endpoint with { Intent = intent };
        }

        request.Options.Set(Key, endpoint);
        return endpoint;
    }
}
