using System.Net.WebSockets;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// One stream opened on a listenKey (<c>/private/ws?listenKey=…</c>, <c>/ws/&lt;listenKey&gt;</c>): the account's
/// events go out as bare JSON objects, and when the key expires or is closed the stream ends (after
/// <c>listenKeyExpired</c> when it expired). It is attached to the key before the handshake completes, so no event
/// between the client's connect and the server's first send is lost: until the connection exists, events wait here
/// (at most a send queue's worth; beyond that the stream is dropped like a client that cannot keep up).
/// </summary>
internal sealed class ListenKeyStream(int maxPending) : IListenKeySubscriber
{
    private readonly object _gate = new();
    private readonly List<ReadOnlyMemory<byte>> _pending = [];
    private WebSocketConnection? _connection;
    private (ReadOnlyMemory<byte> LastEvent, string Reason)? _ended;
    private bool _overflowed;

    public void Deliver(ReadOnlyMemory<byte> eventJson)
    {
        lock (_gate)
        {
            if (_connection is { } connection)
            {
                connection.TrySendEvent(eventJson);
            }
            else if (_pending.Count < maxPending)
            {
                _pending.Add(eventJson);
            }
            else
            {
                _overflowed = true;
            }
        }
    }

    public void End(ReadOnlyMemory<byte> lastEvent, string reason)
    {
        lock (_gate)
        {
            if (_connection is { } connection)
            {
                Close(connection, lastEvent, reason);
            }
            else
            {
                _ended = (lastEvent, reason);
            }
        }
    }

    /// <summary>The handshake completed: what waited goes out, then the stream runs on <paramref name="connection"/>.</summary>
    public void Bind(WebSocketConnection connection)
    {
        lock (_gate)
        {
            _connection = connection;
            foreach (var pending in _pending)
            {
                connection.TrySendEvent(pending);
            }

            _pending.Clear();
            if (_overflowed)
            {
                connection.Abort();
            }
            else if (_ended is { } ended)
            {
                Close(connection, ended.LastEvent, ended.Reason);
            }
        }
    }

    private static void Close(WebSocketConnection connection, ReadOnlyMemory<byte> lastEvent, string reason)
    {
        if (!lastEvent.IsEmpty)
        {
            connection.TrySendEvent(lastEvent);
        }

        connection.Close(WebSocketCloseStatus.NormalClosure, reason);
    }
}
