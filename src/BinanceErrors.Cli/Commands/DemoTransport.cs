namespace BinanceErrors.Cli.Commands;

/// <summary>How <c>demo</c> sends its orders (<c>--transport</c>): the runner, faults and count are the same.</summary>
internal enum DemoTransport
{
    /// <summary>The REST API through the resilient HTTP pipeline (<c>--transport rest</c>, the default).</summary>
    Rest,

    /// <summary>The WebSocket API through <c>BinanceWebSocketClient</c> (<c>--transport ws</c>).</summary>
    WebSocket,
}
