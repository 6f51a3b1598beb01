namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// A client's WebSocket API connection as operations see it: the session it is logged on with and the way to end it.
/// REST requests have none.
/// </summary>
internal interface IClientConnection
{
    /// <summary>The connection's number, unique within the server.</summary>
    long Id { get; }

    /// <summary>The API key the connection logged on with (<c>session.logon</c>); <see langword="null"/> when none.</summary>
    string? SessionKey { get; set; }
}
