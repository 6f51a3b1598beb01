
namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// One way to reach an operation: a REST route (<c>POST /api/v3/order</c>) or a WebSocket API method
/// (<c>WS order.place</c>), with what the pipeline needs before running it: its weight, whether it is signed or
/// trades, and the parameters it reads. Fault rules match on <see cref="Method"/> and <see cref="Path"/>.
/// </summary>
/// <param name="Method">The HTTP method, or <see cref="Endpoint.WebSocket"/> for a WebSocket API method.</param>
/// <param name="Path">The REST path, or the WebSocket API method name.</param>
/// <param name="Signed">Whether the request must carry an API key, a timestamp and a signature.</param>
/// <param name="Trade">Whether it changes orders (the key needs trading rights; delayed-execution faults apply).</param>
/// <param name="Weight">The request weight for these parameters.</param>
/// <param name="Parameters">Every parameter the operation reads; others are refused (-1104).</param>
/// <param name="Handler">The operation itself, on the venue's engine.</param>
/// <param name="FreeOnSuccess">Whether a successful call gives its weight back (Spot order methods since 2026-04-02).</param>
internal sealed record Endpoint(
    string Method,
    string Path,
    bool Signed,
    bool Trade,
    Func<RequestParameters, int> Weight,
    string[] Parameters,
    Func<OperationCall, OperationResult> Handler,
    bool FreeOnSuccess)
{
    /// <summary>The <see cref="Method"/> of WebSocket API methods, as fault rules name them: <c>{"method": "WS", "path": "order.place"}</c>.</summary>
    public const string WebSocket = "WS";

    /// <summary>
    /// Whether the request needs an API key but no timestamp or signature (USER_STREAM: the futures listenKey
    /// endpoints and <c>userDataStream.start|ping|stop</c>); <see cref="Signed"/> is false for these.
    /// </summary>
    public bool UserStream { get; init; }

    /// <summary>
    /// Whether a parameter may be sent: one the operation reads, or the security parameters of a signed one
    /// (over the WebSocket API the key travels as the <c>apiKey</c> parameter, and any request may carry
    /// <c>returnRateLimits</c>).
    /// </summary>
    public bool Accepts(string name) =>
        Parameters.Contains(name)
        || (Signed && (name is "timestamp" or "recvWindow" or "signature" || (name == "apiKey" && Method == WebSocket)))
        || (UserStream && name == "apiKey" && Method == WebSocket)
        || (name == "returnRateLimits" && Method == WebSocket);
}
