namespace BinanceErrors.Http.Internal;

/// <summary>
/// Resolves a request's endpoint once, in the outermost handler, and carries it with the rest of the request's
/// <see cref="RequestState"/> in <see cref="HttpRequestMessage.Options"/> (which the resilience handler copies onto
/// every retry), so the inner handlers read it instead of looking it up again.
/// </summary>
internal static class RequestEndpoint
{
    private static readonly HttpRequestOptionsKey<RequestState> Key = new("BinanceErrors.Request");

    public static Uri UriOf(HttpRequestMessage request) =>
        request.RequestUri ?? throw new InvalidOperationException("The request has no URI; set HttpClient.BaseAddress to the venue's base URL.");

    public static EndpointInfo Resolve(HttpRequestMessage request) => State(request).Endpoint;

    public static RequestState State(HttpRequestMessage request)
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

        var state = new RequestState(endpoint, uri.Authority);
        request.Options.Set(Key, state);
        return state;
    }
}
