namespace BinanceErrors.WebSocket.Internal;

/// <summary>An answer frame of the WebSocket API: its status and the whole frame, as the core reads it.</summary>
/// <param name="status">The frame's <c>status</c>.</param>
/// <param name="frame">The frame's UTF-8 JSON.</param>
internal sealed class WebSocketAnswer(int status, ReadOnlyMemory<byte> frame)
{
    public int Status { get; } = status;

    public ReadOnlyMemory<byte> Frame { get; } = frame;

    /// <summary>How an unknown outcome was settled, when this answer is a look-up's (<c>found</c>, <c>resent</c>, …).</summary>
    public string? Reconciled { get; set; }

    public bool Succeeded => Status is >= 200 and < 300;
}
