namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>How the WebSocket API front treats connections.</summary>
/// <param name="PingInterval">How often the server pings (Spot: every 20 s).</param>
/// <param name="PongTimeout">How long without a pong before the server closes the connection (Spot: 60 s).</param>
/// <param name="ConnectionAttempts">Connection attempts allowed per IP in each <paramref name="ConnectionWindow"/> (Spot: 300).</param>
/// <param name="ConnectionWindow">The window of the connection admission limit (Spot: 5 minutes).</param>
/// <param name="MaxFrameBytes">The largest request frame; a larger one closes the connection (1009).</param>
/// <param name="SendQueueFrames">Frames queued for a client before it counts as not reading and is disconnected.</param>
internal sealed record WebSocketSettings(
    TimeSpan PingInterval,
    TimeSpan PongTimeout,
    int ConnectionAttempts,
    TimeSpan ConnectionWindow,
    int MaxFrameBytes = 64 * 1024,
    int SendQueueFrames = 1024);
