namespace BinanceErrors.Cli.Commands;

/// <summary>
/// Where a demo request goes, as the sandbox's fault rules match it: an HTTP method and path over REST
/// (<c>POST /api/v3/order</c>), or <c>WS</c> and the method over the WebSocket API (<c>WS order.place</c>).
/// </summary>
/// <param name="Method">The HTTP method, or <c>WS</c>.</param>
/// <param name="Path">The REST path, or the WebSocket API method.</param>
internal readonly record struct DemoRoute(string Method, string Path)
{
    /// <summary>The WebSocket API's fault-rule method.</summary>
    public const string WebSocket = "WS";

    /// <summary>Whether the route is a WebSocket API method.</summary>
    public bool IsWebSocket => Method == WebSocket;
}
