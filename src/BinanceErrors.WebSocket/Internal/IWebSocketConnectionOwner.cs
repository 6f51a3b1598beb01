namespace BinanceErrors.WebSocket.Internal;

/// <summary>What a <see cref="WebSocketConnection"/> tells the session that owns it.</summary>
internal interface IWebSocketConnectionOwner
{
    /// <summary>An event frame (user data, <c>serverShutdown</c>, <c>eventStreamTerminated</c>).</summary>
    /// <param name="connection">Where it came from.</param>
    /// <param name="frame">The frame (owned by the callee).</param>
    void OnEvent(WebSocketConnection connection, ReadOnlyMemory<byte> frame);

    /// <summary>The connection closed or dropped; everything pending on it has been failed.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="cause">Why, when it failed.</param>
    void OnClosed(WebSocketConnection connection, Exception? cause);

    /// <summary>The session's key was revoked (<c>id: null</c>, 401); everything pending on it got that answer.</summary>
    /// <param name="connection">The connection.</param>
    void OnRevoked(WebSocketConnection connection);
}
