using BinanceErrors.Http.Calls;
using Polly.Timeout;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// The HTTP send step: the rest of the handler chain below our handler (<see cref="IHttpSender"/>), with the request's
/// state attached to it when handlers of ours further down need to see which steps ran (a chain the application
/// composed itself); and the requests the core makes on its own, to the host of a request.
/// </summary>
/// <param name="inner">The rest of the chain.</param>
/// <param name="attachState">Whether to attach the state (<see cref="RequestEndpoint"/>) to every request sent.</param>
/// <param name="venue">The venue, whose paths the own requests use.</param>
internal sealed class HttpTransport(IHttpSender inner, bool attachState, BinanceVenue venue) : ICallTransport<HttpRequestMessage, HttpResponseMessage>
{
    /// <inheritdoc />
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CallState state, CancellationToken cancellationToken)
    {
        if (attachState)
        {
            RequestEndpoint.Attach(request, state);
        }

        return inner.SendInnerAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public bool IsNoAnswer(Exception exception) => exception is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException;

    /// <inheritdoc />
    public Outgoing<HttpRequestMessage> ServerTime(CallState like) => Get(like, EndpointTable.TimePath(venue), string.Empty);

    /// <inheritdoc />
    public Outgoing<HttpRequestMessage> ExchangeInfo(CallState like) => Get(like, VenueLimits.ExchangeInfoPath(venue), string.Empty);

    /// <summary>A GET the core makes on its own to the host of <paramref name="like"/>.</summary>
    /// <param name="like">A request to that host.</param>
    /// <param name="path">The path.</param>
    /// <param name="query">The query, escaped, without '?'.</param>
    /// <returns>The request and its state.</returns>
    public static Outgoing<HttpRequestMessage> Get(CallState like, string path, string query)
    {
        var uri = new UriBuilder(like.Facts.Address) { Path = path, Query = query }.Uri;
        return new Outgoing<HttpRequestMessage>(new HttpRequestMessage(HttpMethod.Get, uri), new CallState(RequestResolver.Own(HttpMethod.Get, uri, like.Authority)));
    }
}
