namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>How the WebSocket API front treats connections.</summary>
/// <param name="PingInterval">How often the server pings (Spot: every 20 s).</param>
/// <param name="PongTimeout">How long without a pong before the server closes the connection (Spot: 60 s).</param>
/// <param name="MaxFrameBytes">The largest request frame; a larger one closes the connection (1009).</param>
/// <param name="SendQueueFrames">Frames queued for a client before it counts as not reading and is disconnected.</param>
internal sealed record WebSocketSettings(TimeSpan PingInterval, TimeSpan PongTimeout, int MaxFrameBytes = 64 * 1024, int SendQueueFrames = 1024);
