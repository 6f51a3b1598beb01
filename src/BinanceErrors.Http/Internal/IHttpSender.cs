namespace BinanceErrors.Http.Internal;

/// <summary>The rest of a handler chain below one of our handlers: its <c>base.SendAsync</c>, the HTTP send step.</summary>
internal interface IHttpSender
{
    /// <summary>Sends the request to the inner handler.</summary>
    /// <param name="request">The request, prepared by the core.</param>
    /// <param name="cancellationToken">The attempt's token.</param>
    /// <returns>The inner handler's answer.</returns>
    Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
