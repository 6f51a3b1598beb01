using System.Net.WebSockets;
using BinanceErrors.Http.Calls;
using Polly.Timeout;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The WebSocket send step: a request goes to the session's current connection (or the one it is pinned to) and its
/// answer comes back by id. A request that never left fails with <see cref="WebSocketNotSentException"/>, which is not
/// "no answer": an order that was not sent is not an unknown outcome.
/// </summary>
/// <param name="session">The connections.</param>
/// <param name="venue">The venue, whose method rows the own requests use.</param>
internal sealed class WebSocketTransport(WebSocketSession session, BinanceVenue venue) : ICallTransport<WebSocketRequest, WebSocketAnswer>
{
    /// <inheritdoc />
    public Task<WebSocketAnswer> SendAsync(WebSocketRequest request, CallState state, CancellationToken cancellationToken) =>
        session.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public bool IsNoAnswer(Exception exception) =>
        exception is WebSocketException or TimeoutRejectedException or OperationCanceledException
        || (exception is IOException && exception is not WebSocketNotSentException);

    /// <inheritdoc />
    public Outgoing<WebSocketRequest> ServerTime(CallState like) => Own("time", [], like);

    /// <inheritdoc />
    public Outgoing<WebSocketRequest> ExchangeInfo(CallState like) => Own("exchangeInfo", [], like);

    /// <summary>A request the core or the client makes on its own, over the connection of <paramref name="like"/>'s session.</summary>
    /// <param name="method">The method.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="like">A request to that host.</param>
    /// <param name="connection">The connection it must go to, if any.</param>
    /// <returns>The request and its state.</returns>
    public Outgoing<WebSocketRequest> Own(string method, List<KeyValuePair<string, string>> parameters, CallState like, WebSocketConnection? connection = null) =>
        new(new WebSocketRequest(method, parameters) { Connection = connection, FullSignature = method == "session.logon" },
            new CallState(WebSocketMethods.Facts(venue, method, parameters, like.Authority, like.Facts.Address)));
}
