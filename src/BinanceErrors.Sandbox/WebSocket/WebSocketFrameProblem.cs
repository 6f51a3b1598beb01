namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>Why a text frame is not a WebSocket API request.</summary>
internal enum WebSocketFrameProblem
{
    /// <summary>Not JSON, not an object, or <c>params</c> not an object: -1135 <c>Invalid JSON Request</c> (USDⓈ-M: -1130).</summary>
    InvalidJson = 0,

    /// <summary>No <c>id</c>: -1102 for the mandatory parameter <c>id</c>.</summary>
    MissingId = 1,

    /// <summary>No <c>method</c> (or not a string): -1102 for the mandatory parameter <c>method</c>.</summary>
    MissingMethod = 2,
}
