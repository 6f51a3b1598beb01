namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// A request that never left: no connection could be opened, or it closed before the frame was written. Unlike a lost
/// answer this proves the exchange did not see the request, so an order is not an unknown outcome.
/// </summary>
internal sealed class WebSocketNotSentException : IOException
{
    public WebSocketNotSentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
