namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The connection admission window of one client: at most <c>max</c> new connections in any <c>window</c> (the exchange
/// admits 300 per 5 minutes per IP, and a reconnect storm past that is refused at the handshake). Thread-safe.
/// </summary>
/// <param name="max">The most connections per window.</param>
/// <param name="windowMs">The window.</param>
internal sealed class ConnectionAdmission(int max, long windowMs)
{
    private readonly Queue<long> _admitted = new();

    /// <summary>Admits a connection now, or says how long to wait before asking again.</summary>
    /// <param name="nowMs">The local instant.</param>
    /// <param name="waitMs">How long to wait when not admitted.</param>
    /// <returns>Whether admitted (and counted).</returns>
    public bool TryAdmit(long nowMs, out long waitMs)
    {
        lock (_admitted)
        {
            while (_admitted.Count > 0 && _admitted.Peek() + windowMs <= nowMs)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count < max)
            {
                _admitted.Enqueue(nowMs);
                waitMs = 0;
                return true;
            }

            waitMs = _admitted.Peek() + windowMs - nowMs;
            return false;
        }
    }
}
