namespace BinanceErrors.Sandbox;

/// <summary>What became of the WebSocket API handshakes the sandbox received (<c>GET /sandbox/ws</c>'s <c>handshakes</c>).</summary>
/// <param name="Accepted">Upgraded to a connection.</param>
/// <param name="Refused">
/// Refused before the upgrade: HTTP 418 while the IP is banned, 429 over the connection admission limit
/// (<see cref="SandboxOptions.WebSocketConnectionAttempts"/>) or when the connect weight breaks the IP's weight limit.
/// </param>
public readonly record struct WebSocketHandshakeCounts(long Accepted, long Refused);
