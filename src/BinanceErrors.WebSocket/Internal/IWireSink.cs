namespace BinanceErrors.WebSocket.Internal;

/// <summary>Where <see cref="WebSocketRequest.VisitWire{TSink}"/> puts a request's parameters, in wire order.</summary>
internal interface IWireSink
{
    /// <summary>A parameter as text.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    void Pair(string name, ReadOnlySpan<char> value);

    /// <summary>A number the sign step added (<c>recvWindow</c>, <c>timestamp</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    void Number(string name, long value);
}
