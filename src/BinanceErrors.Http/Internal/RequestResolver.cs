using BinanceErrors.Http.Calls;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Resolves what the handlers need to know about a request (<see cref="RequestFacts"/>) without making the
/// <see cref="Uri"/> build its path, query and authority strings: the path and query are read as spans of
/// <see cref="Uri.PathAndQuery"/> (which the socket handler builds for the request line anyway), and the authority
/// string is reused while requests keep going to the same host. One per handler; safe for concurrent requests.
/// </summary>
internal sealed class RequestResolver
{
    // Where the parser ends an http(s) authority ('\\' counts as '/' in those schemes).
    private static readonly System.Buffers.SearchValues<char> AuthorityEnd = System.Buffers.SearchValues.Create("/?#\\");

    // The raw "scheme://authority" text last seen and the Uri's Authority for it. Replaced whole, never mutated.
    private AuthorityText? _authority;

    private sealed record AuthorityText(string Prefix, string Authority);

    /// <summary>The request's state: the one attached to it, or a new one resolved and attached.</summary>
    public CallState State(HttpRequestMessage request)
    {
        if (RequestEndpoint.TryGet(request, out var known))
        {
            return known;
        }

        var state = new CallState(Facts(request));
        RequestEndpoint.Attach(request, state);
        return state;
    }

    /// <summary>Resolves the request's endpoint, host and the caller's overrides, reading its options once.</summary>
    public RequestFacts Facts(HttpRequestMessage request)
    {
        var uri = RequestEndpoint.UriOf(request);
        var pathAndQuery = uri.PathAndQuery.AsSpan();
        var queryStart = pathAndQuery.IndexOf('?');
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];

        // The query decides parameter-dependent weights (depth by limit, all-symbol calls without symbol); Uri.Query
        // is the same text, leading '?' included.
        var query = queryStart < 0 ? string.Empty : pathAndQuery[queryStart..].ToString();
        var endpoint = EndpointTable.Find(request.Method, path, query);
        var options = request.Options;
        if (options.TryGetValue(BinanceRequestOptions.Intent, out var intent))
        {
            endpoint = endpoint with { Intent = intent };
        }

        var weight = options.TryGetValue(BinanceRequestOptions.Weight, out var w) ? w : endpoint.Weight;
        var signed = options.TryGetValue(BinanceRequestOptions.Signed, out var s) ? s : endpoint.Signed;
        return new RequestFacts(
            endpoint,
            Authority(uri),
            weight,
            signed,
            OrderCountCost.Find(request.Method, path, endpoint),
            IsUserStream(path),
            request.Method.Method,
            uri);
    }

    /// <summary>
    /// A USER_STREAM endpoint, which takes the API key and no signature: Spot's <c>userDataStream</c> paths and the
    /// futures <c>/fapi/v1/listenKey</c> and <c>/dapi/v1/listenKey</c>.
    /// </summary>
    private static bool IsUserStream(ReadOnlySpan<char> path) =>
        path.Contains("userDataStream", StringComparison.Ordinal) || path.EndsWith("/listenKey", StringComparison.Ordinal);

    /// <summary>
    /// The facts of a request the core makes on its own (a time request, exchangeInfo, an order look-up) to a host it
    /// already knows: the table's weight and signing, nothing the caller could override, no order cost.
    /// </summary>
    public static RequestFacts Own(HttpMethod method, Uri uri, string authority)
    {
        var endpoint = EndpointTable.Find(method, uri.AbsolutePath, uri.Query);
        return new RequestFacts(endpoint, authority, endpoint.Weight, endpoint.Signed, OrderCountCost.None, UserStream: false, method.Method, uri);
    }

    /// <summary>
    /// <see cref="Uri.Authority"/>, built once per host: the same raw <c>scheme://authority</c> text always parses to
    /// the same authority, and the raw text ends no earlier than where the parser ends the authority.
    /// </summary>
    private string Authority(Uri uri)
    {
        var original = uri.OriginalString;
        var scheme = uri.Scheme;
        if (!original.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || !original.AsSpan(scheme.Length).StartsWith("://", StringComparison.Ordinal))
        {
            return uri.Authority;
        }

        var rest = original.AsSpan(scheme.Length + 3);
        var end = rest.IndexOfAny(AuthorityEnd);
        var prefix = original.AsSpan(0, scheme.Length + 3 + (end < 0 ? rest.Length : end));
        if (Volatile.Read(ref _authority) is { } known && prefix.SequenceEqual(known.Prefix))
        {
            return known.Authority;
        }

        var authority = uri.Authority;
        Volatile.Write(ref _authority, new AuthorityText(prefix.ToString(), authority));
        return authority;
    }
}
