namespace BinanceErrors.WebSocket;

/// <summary>
/// How a <see cref="BinanceWebSocketClient"/> keeps its connection: heartbeat, the replacement before the exchange's
/// 24-hour close, reconnects, and session logon. What it shares with REST (credentials, limits, retries, the journal) is
/// in <see cref="Http.BinanceClientOptions"/>.
/// </summary>
public sealed class BinanceWebSocketOptions
{
    /// <summary>How often the client pings an idle connection (the server's own pings are always answered).</summary>
    /// <value>The default value is 20 seconds, the Spot server's ping interval since 2026-08-31.</value>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the client waits for the pong to its ping before it treats the connection as dead and drops it.</summary>
    /// <value>The default value is 60 seconds; <see cref="Timeout.InfiniteTimeSpan"/> sends keep-alive frames without waiting for answers.</value>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How old a connection may get before a replacement is opened and it is drained (the exchange closes at 24 hours).</summary>
    /// <value>The default value is 23 hours 50 minutes.</value>
    public TimeSpan MaxConnectionAge { get; set; } = TimeSpan.FromHours(23) + TimeSpan.FromMinutes(50);

    /// <summary>The first reconnect delay; each failed attempt doubles it up to <see cref="MaxReconnectDelay"/>, with full jitter.</summary>
    /// <value>The default value is 250 milliseconds.</value>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest reconnect delay.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most connections this client opens per <see cref="ConnectionWindow"/> (the exchange admits 300 per 5 minutes per IP).</summary>
    /// <value>The default value is 60, leaving room for other clients on the same IP.</value>
    public int MaxConnectionsPerWindow { get; set; } = 60;

    /// <summary>The window <see cref="MaxConnectionsPerWindow"/> counts in.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan ConnectionWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether to authenticate each connection with <c>session.logon</c> (Ed25519 keys only), so requests carry a timestamp
    /// but no key or signature. The session is logged on again on every new connection.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: every SIGNED request is signed on its own.</value>
    public bool SessionLogon { get; set; }

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (KeepAliveInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"KeepAliveInterval must be positive (was {KeepAliveInterval}).", nameof(KeepAliveInterval));
        }

        if (KeepAliveTimeout <= TimeSpan.Zero && KeepAliveTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"KeepAliveTimeout must be positive or infinite (was {KeepAliveTimeout}).", nameof(KeepAliveTimeout));
        }

        if (MaxConnectionAge <= TimeSpan.Zero || MaxConnectionAge > TimeSpan.FromHours(24))
        {
            throw new ArgumentException($"MaxConnectionAge must be positive and at most 24 hours (was {MaxConnectionAge}).", nameof(MaxConnectionAge));
        }

        if (ReconnectBaseDelay <= TimeSpan.Zero || MaxReconnectDelay < ReconnectBaseDelay)
        {
            throw new ArgumentException($"ReconnectBaseDelay must be positive and at most MaxReconnectDelay (were {ReconnectBaseDelay} and {MaxReconnectDelay}).", nameof(ReconnectBaseDelay));
        }

        if (MaxConnectionsPerWindow < 1 || ConnectionWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxConnectionsPerWindow must be at least 1 in a positive ConnectionWindow (were {MaxConnectionsPerWindow} per {ConnectionWindow}).", nameof(MaxConnectionsPerWindow));
        }
    }
}
