namespace BinanceErrors.Http.Internal;

/// <summary>
/// Carries a request's <see cref="RequestState"/> in <see cref="HttpRequestMessage.Options"/> when it cannot be handed
/// to the next handler directly (another handler sits between ours), so an inner handler reads it instead of
/// resolving it again.
/// </summary>
internal static class RequestEndpoint
{
    private static readonly HttpRequestOptionsKey<RequestState> Key = new("BinanceErrors.Request");

    public static Uri UriOf(HttpRequestMessage request) =>
        request.RequestUri ?? throw new InvalidOperationException("The request has no URI; set HttpClient.BaseAddress to the venue's base URL.");

    public static bool TryGet(HttpRequestMessage request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestState? state) =>
        request.Options.TryGetValue(Key, out state);

    public static void Attach(HttpRequestMessage request, RequestState state) => request.Options.Set(Key, state);
}
