namespace BinanceErrors.WebSocket.Internal;

/// <summary>What routes a frame: an answer (its id and status), the revocation notice (<c>id: null</c>), or an event.</summary>
/// <param name="HasId">Whether the frame has a string or number id.</param>
/// <param name="Sequence">The request number of an id this connection sent (<c>"{connection}-{sequence}"</c>), or -1.</param>
/// <param name="IdIsNull">Whether <c>id</c> is an explicit <c>null</c>.</param>
/// <param name="Status">The status, or 0.</param>
/// <param name="IsEvent">Whether the frame carries <c>event</c>.</param>
internal readonly record struct FrameHeader(bool HasId, long Sequence, bool IdIsNull, int Status, bool IsEvent);
