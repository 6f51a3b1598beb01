using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// One <see cref="ClientWebSocket"/> to the WebSocket API: requests are written one frame at a time and their answers
/// matched by id; a receive loop runs for the connection's life (which is also what answers the server's pings:
/// <see cref="ClientWebSocket"/> sends each pong, echoing the ping's payload, while a receive is pending). When the
/// connection ends, every request still waiting fails with a <see cref="WebSocketException"/> (sent, no answer); a
/// request that could not be written fails with <see cref="WebSocketNotSentException"/>. A retired connection takes no
/// new requests and closes once the last answer it owes has come.
/// </summary>
internal sealed class WebSocketConnection : IAsyncDisposable
{
    private const int InitialBuffer = 16 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly IWebSocketConnectionOwner _owner;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<WebSocketAnswer>> _pending = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly byte[] _idPrefix;

    // The request frame is written into one buffer per connection, under the send lock, by one reused writer.
    private readonly ArrayBufferWriter<byte> _frame = new(512);
    private readonly Utf8JsonWriter _writer;
    private readonly TimeProvider _time;
    private Task _receiving = Task.CompletedTask;
    private long _nextId;
    private int _closed;
    private int _disposed;
    private volatile bool _retired;

    private WebSocketConnection(ClientWebSocket socket, IWebSocketConnectionOwner owner, long number, TimeProvider time)
    {
        _time = time;
        _socket = socket;
        _owner = owner;
        Number = number;
        OpenedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        _idPrefix = System.Text.Encoding.UTF8.GetBytes(WebSocketFrames.Text(number) + "-");
        _writer = new Utf8JsonWriter(_frame, WebSocketFrames.WriterOptions);
    }

    /// <summary>The connection's number within its session (1, 2, …), for logs and ids.</summary>
    public long Number { get; }

    /// <summary>When it opened (local ms).</summary>
    public long OpenedAtMs { get; }

    /// <summary>Whether the session is logged on with <c>session.logon</c> on this connection.</summary>
    public bool LoggedOn { get; set; }

    /// <summary>Whether the account's user-data stream is subscribed on this connection.</summary>
    public bool Subscribed { get; set; }

    /// <summary>Whether it takes new requests.</summary>
    public bool IsUsable => Volatile.Read(ref _closed) == 0 && !_retired;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Requests written whose answers have not come.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Opens a connection and starts its receive loop.</summary>
    /// <param name="endpoint">The WebSocket API address.</param>
    /// <param name="configure">Sets the socket's options (keep-alive).</param>
    /// <param name="owner">Who hears about events and the end.</param>
    /// <param name="number">The connection's number.</param>
    /// <param name="time">The clock (close timeouts, the opening instant).</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>The open connection.</returns>
    public static async Task<WebSocketConnection> OpenAsync(Uri endpoint, Action<ClientWebSocketOptions> configure, IWebSocketConnectionOwner owner, long number, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            configure(socket.Options);
            await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new WebSocketConnection(socket, owner, number, time);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    /// <summary>Writes the request with a fresh id and waits for its answer.</summary>
    /// <param name="request">The request (signed).</param>
    /// <param name="cancellationToken">The caller's token or the attempt timer's.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="WebSocketNotSentException">The frame was not written.</exception>
    /// <exception cref="WebSocketException">Written, but the connection ended before the answer.</exception>
    public async Task<WebSocketAnswer> SendAsync(WebSocketRequest request, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<WebSocketAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            await WriteAsync(id, request, cancellationToken).ConfigureAwait(false);
            using (cancellationToken.UnsafeRegister(static (answer, token) => ((TaskCompletionSource<WebSocketAnswer>)answer!).TrySetCanceled(token), answer))
            {
                return await answer.Task.ConfigureAwait(false);
            }
        }
        finally
        {
            _pending.TryRemove(id, out _);
            if (_retired && _pending.IsEmpty)
            {
                _ = CloseAsync("retired");
            }
        }
    }

    /// <summary>Takes no new requests; closes once the answers it owes have come (at once when none).</summary>
    public void Retire()
    {
        _retired = true;
        if (_pending.IsEmpty)
        {
            _ = CloseAsync("retired");
        }
    }

    /// <summary>Closes the connection politely (or aborts it when that fails); pending requests fail as "no answer".</summary>
    /// <param name="reason">The close description.</param>
    /// <returns>A task that completes when closed.</returns>
    public async Task CloseAsync(string reason)
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);

                // RFC 6455 §7.1.1: the client waits for the server's close frame before it drops the TCP connection.
                // Dropping it at once can reset the connection before the server has read our close frame, and the
                // server then sees a network failure instead of a drain. The receive loop ends on that frame.
                await _receiving.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _socket.Abort();
        }
    }

    /// <summary>Drops the connection at once, as a network failure would (tests and a dead heartbeat).</summary>
    public void Abort() => _socket.Abort();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await CloseAsync("disposed").ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        // The send lock and the frame writer are not disposed: they hold nothing but memory, and a disposed
        // SemaphoreSlim never wakes the requests already waiting on it (they would wait forever instead of finding
        // the connection closed and going on its replacement).
        _socket.Dispose();
    }

    private async Task WriteAsync(long id, WebSocketRequest request, CancellationToken cancellationToken)
    {
        var written = false;
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsClosed)
                {
                    throw new WebSocketException(WebSocketError.InvalidState, "The connection is closed.");
                }

                // A cancelled send aborts the socket mid-frame; the server ignores an incomplete message, so only a
                // completed write counts as sent. The socket is given no token: with one, every send takes its slow
                // path (a registration, a lock taken asynchronously) although a frame on an open connection is
                // written at once; only a send that has to wait is made cancellable, by aborting the socket as the
                // socket itself would.
                var send = _socket.SendAsync(Frame(id, request), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                if (!send.IsCompleted && cancellationToken.CanBeCanceled)
                {
                    using var abort = cancellationToken.UnsafeRegister(static socket => ((ClientWebSocket)socket!).Abort(), _socket);
                    await send.ConfigureAwait(false);
                }
                else
                {
                    await send.ConfigureAwait(false);
                }

                written = true;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (!written && ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Cancelled (by the caller or the attempt timer) while waiting to send or sending.
                throw ex as OperationCanceledException ?? new OperationCanceledException("The send was cancelled.", ex, cancellationToken);
            }

            throw new WebSocketNotSentException($"{request.Method} was not sent: the connection is closed.", ex);
        }
    }

    /// <summary>Writes the request's frame into the connection's buffer (under the send lock) with its id <c>"{connection}-{id}"</c>.</summary>
    private ReadOnlyMemory<byte> Frame(long id, WebSocketRequest request)
    {
        Span<char> text = stackalloc char[42];
        var length = System.Text.Encoding.UTF8.GetChars(_idPrefix, text);
        length += WebSocketRequest.Format(id, text[length..]);
        _frame.ResetWrittenCount();
        _writer.Reset(_frame);
        WebSocketFrames.WriteRequest(_writer, text[..length], request);
        return _frame.WrittenMemory;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        Exception? cause = null;
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    // No token: a cancellable receive registers on it for every frame. Closing and disposing abort the
                    // socket, which ends the receive.
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None).ConfigureAwait(false);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Dispatch(buffer.AsSpan(0, length));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            cause = ex is OperationCanceledException ? null : ex;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Closed(cause);
        }
    }

    private void Dispatch(ReadOnlySpan<byte> frame)
    {
        var header = WebSocketFrames.ReadHeader(frame, _idPrefix);
        if (header.HasId)
        {
            if (header.Sequence >= 0 && _pending.TryRemove(header.Sequence, out var waiting))
            {
                waiting.TrySetResult(new WebSocketAnswer(header.Status, frame.ToArray()));
            }

            return;
        }

        if (!header.IdIsNull)
        {
            // No id at all: an event, wrapped ({"event": …}, a WebSocket API subscription's) or bare (a listenKey stream's).
            _owner.OnEvent(this, frame.ToArray());
            return;
        }

        if (header.Status == 401)
        {
            // The key was revoked: no id to match, so every request waiting on this session gets the answer.
            var revoked = frame.ToArray();
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var waiting))
                {
                    waiting.TrySetResult(new WebSocketAnswer(401, revoked));
                }
            }

            LoggedOn = false;
            _owner.OnRevoked(this);
        }
    }

    private void Closed(Exception? cause)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        foreach (var key in _pending.Keys)
        {
            if (_pending.TryRemove(key, out var waiting))
            {
                waiting.TrySetException(new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The connection closed before the answer came.", cause));
            }
        }

        _owner.OnClosed(this, cause);
    }
}
