namespace BinanceErrors.Http;

/// <summary>Turns error responses into typed exceptions at the boundary.</summary>
public static class BinanceResponseExtensions
{
    /// <summary>Returns the response when it succeeded; otherwise classifies it and throws the matching <see cref="BinanceApiException"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="venue">The venue it came from.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The same response.</returns>
    /// <exception cref="BinanceApiException">The response is an error; its type says which kind.</exception>
    public static async Task<HttpResponseMessage> EnsureBinanceSuccessAsync(this HttpResponseMessage response, BinanceVenue venue = BinanceVenue.Spot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var intent = response.RequestMessage?.Method == HttpMethod.Get ? RequestIntent.Read : RequestIntent.Unspecified;
        var error = await Internal.ResponseClassification.ClassifyAsync(response, venue, intent, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var clientOrderId = response.RequestMessage?.RequestUri is { } uri ? Internal.QueryText.Get(uri.Query, "newClientOrderId") : null;
        throw BinanceApiException.Create(error, clientOrderId);
    }
}
