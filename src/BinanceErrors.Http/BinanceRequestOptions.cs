namespace BinanceErrors.Http;

/// <summary>Per-request settings for the Binance handlers, set with <c>request.Options.Set(…)</c>.</summary>
public static class BinanceRequestOptions
{
    /// <summary>Forces signing on or off for an endpoint the built-in table does not know.</summary>
    public static HttpRequestOptionsKey<bool> Signed { get; } = new("BinanceErrors.Signed");

    /// <summary>Says what the request does when the built-in table does not know the endpoint.</summary>
    public static HttpRequestOptionsKey<RequestIntent> Intent { get; } = new("BinanceErrors.Intent");

    /// <summary>The request weight, for endpoints the built-in table does not know or whose weight depends on parameters.</summary>
    public static HttpRequestOptionsKey<int> Weight { get; } = new("BinanceErrors.Weight");
}
