namespace BinanceErrors.WebSocket.Internal;

/// <summary>What routes a frame: an answer (its id and status), the revocation notice (<c>id: null</c>), or an event.</summary>
/// <param name="Id">The id as text, when the frame has one.</param>
/// <param name="IdIsNull">Whether <c>id</c> is an explicit <c>null</c>.</param>
/// <param name="Status">The status, or 0.</param>
/// <param name="IsEvent">Whether the frame carries <c>event</c>.</param>
internal readonly record struct FrameHeader(string? Id, bool IdIsNull, int Status, bool IsEvent);
