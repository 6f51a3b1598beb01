using BinanceErrors.Http.Calls;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Carries a request's <see cref="CallState"/> in <see cref="HttpRequestMessage.Options"/> for handlers of ours that an
/// application composed itself (with its own handlers between them, or only some of ours): an inner handler reads it to
/// see which steps an outer one ran on the attempt instead of resolving the request again. A chain built by
/// <c>AddBinanceResilience</c> or <see cref="BinanceHttpClientFactory"/> needs none of this (one core runs every step).
/// </summary>
internal static class RequestEndpoint
{
    private static readonly HttpRequestOptionsKey<CallState> Key = new("BinanceErrors.Request");

    /// <summary>The option's name; a copy of a request for the next attempt attaches its own.</summary>
    public const string KeyName = "BinanceErrors.Request";

    public static Uri UriOf(HttpRequestMessage request) =>
        request.RequestUri ?? throw new InvalidOperationException("The request has no URI; set HttpClient.BaseAddress to the venue's base URL.");

    public static bool TryGet(HttpRequestMessage request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CallState? state) =>
        request.Options.TryGetValue(Key, out state);

    public static void Attach(HttpRequestMessage request, CallState state) => request.Options.Set(Key, state);
}
