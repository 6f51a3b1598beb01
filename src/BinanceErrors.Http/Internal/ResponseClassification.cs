namespace BinanceErrors.Http.Internal;

/// <summary>
/// Classifies an error response once: the first handler that needs the classification stores it on the request
/// the response answers, and later handlers read it from there.
/// </summary>
internal static class ResponseClassification
{
    /// <summary>The option's name; a copy of a request for the next attempt must not take the last answer's classification along.</summary>
    public const string KeyName = "BinanceErrors.Classification";

    private static readonly HttpRequestOptionsKey<BinanceError> Key = new(KeyName);

    public static async ValueTask<BinanceError> ClassifyAsync(HttpResponseMessage response, BinanceVenue venue, RequestIntent intent, TimeProvider time, CancellationToken cancellationToken)
    {
        if (response.RequestMessage?.Options.TryGetValue(Key, out var known) == true && known.HttpStatus == (int)response.StatusCode)
        {
            return known;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var error = BinanceErrorClassifier.Classify(venue, (int)response.StatusCode, body, new BinanceResponseHeaders(response.Headers), intent, time);
        response.RequestMessage?.Options.Set(Key, error);
        return error;
    }
}
