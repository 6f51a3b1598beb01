namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// A client's WebSocket API connection as operations see it: when it opened, the key it is logged on with, whether it
/// reports rate limits, and the user data it subscribed to. REST requests have none.
/// </summary>
internal interface IClientConnection
{
    /// <summary>The connection's number, unique within the server.</summary>
    long Id { get; }

    /// <summary>When the connection opened, epoch milliseconds on the server clock.</summary>
    long ConnectedSince { get; }

    /// <summary>The API key the connection logged on with (<c>session.logon</c>); <see langword="null"/> when none.</summary>
    string? SessionKey { get; set; }

    /// <summary>When the session was authorised, epoch milliseconds; <see langword="null"/> when not logged on.</summary>
    long? AuthorizedSince { get; set; }

    /// <summary>Whether answers carry <c>rateLimits</c> unless a request says otherwise (<c>returnRateLimits</c> in the URL).</summary>
    bool ReturnRateLimits { get; }

    /// <summary>Whether the session has a user data subscription (<c>userDataStream.subscribe</c>).</summary>
    bool UserDataStream { get; }

    /// <summary>Sends an event frame (user data) to the client; false when the connection is gone or cannot keep up.</summary>
    bool TrySendEvent(ReadOnlyMemory<byte> frame);
}
