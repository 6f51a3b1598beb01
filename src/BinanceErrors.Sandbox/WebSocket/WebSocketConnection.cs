using System.Net.WebSockets;
using System.Threading.Channels;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// One client's WebSocket API connection: a receive loop that hands each whole text frame to the front in order, and
/// a send loop over a bounded queue, so a client that stops reading is disconnected instead of growing the server's
/// memory. Closing is queued behind what is already queued (an answer, then the close); aborting drops at once.
/// </summary>
internal sealed class WebSocketConnection : IClientConnection
{
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly Channel<Outgoing> _outgoing;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _receiveEnded = new();
    private readonly int _maxFrameBytes;
    private readonly TimeProvider _time;
    private readonly SendQueueGauge _queued;
    private int _closing;

    public WebSocketConnection(long id, System.Net.WebSockets.WebSocket socket, string clientIp, long connectedSince, bool returnRateLimits, int maxFrameBytes, int sendQueueFrames, TimeProvider time, SendQueueGauge queued)
    {
        _time = time;
        _queued = queued;
        Id = id;
        _socket = socket;
        ClientIp = clientIp;
        ConnectedSince = connectedSince;
        ReturnRateLimits = returnRateLimits;
        _maxFrameBytes = maxFrameBytes;
        _outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(sendQueueFrames) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>How long the server waits for the client's side of a close handshake before dropping the connection.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public long Id { get; }

    /// <summary>The client's IP address (limits and bans are per IP).</summary>
    public string ClientIp { get; }

    public long ConnectedSince { get; }

    public string? SessionKey { get; set; }

    public long? AuthorizedSince { get; set; }

    public bool ReturnRateLimits { get; }

    /// <summary>Subscription ids a connection may use over its life.</summary>
    public const int MaxSubscriptionIds = 65_535;

    private readonly List<WebSocketSubscription> _subscriptions = [];
    private int _subscriptionsEver;

    public bool UserDataStream
    {
        get
        {
            lock (_subscriptions)
            {
                return _subscriptions.Any(s => s.Session);
            }
        }
    }

    /// <summary>Subscribes the connection to an account's user data; one subscription per account (-2035).</summary>
    public int Subscribe(VenueApi venue, string account, bool session, long now)
    {
        lock (_subscriptions)
        {
            if (_subscriptions.Any(s => s.Account == account))
            {
                throw new SandboxRejection(400, BinanceErrorCodes.SubscriptionActive, venue.Messages.Text(BinanceErrorCodes.SubscriptionActive));
            }

            if (_subscriptionsEver >= MaxSubscriptionIds)
            {
                throw new SandboxRejection(400, BinanceErrorCodes.MaximumSubscriptionIds, venue.Messages.Text(BinanceErrorCodes.MaximumSubscriptionIds));
            }

            var subscription = new WebSocketSubscription(_subscriptionsEver++, account, session, this);
            _subscriptions.Add(subscription);
            venue.UserData.Add(account, subscription);
            return subscription.Id;
        }
    }

    /// <summary>Ends one subscription (or all, without an id) with <c>eventStreamTerminated</c>; -2036 when none matches.</summary>
    public void Unsubscribe(VenueApi venue, int? id, long now)
    {
        lock (_subscriptions)
        {
            var ending = _subscriptions.Where(s => id is null || s.Id == id).ToArray();
            if (ending.Length == 0)
            {
                throw new SandboxRejection(400, BinanceErrorCodes.SubscriptionInactive, venue.Messages.Text(BinanceErrorCodes.SubscriptionInactive));
            }

            End(venue, ending, now);
        }
    }

    /// <summary>The session logged out: its subscription ends with <c>eventStreamTerminated</c>.</summary>
    public void EndSession(VenueApi venue, long now)
    {
        lock (_subscriptions)
        {
            End(venue, [.. _subscriptions.Where(s => s.Session)], now);
        }
    }

    /// <summary>The connection ended: its subscriptions stop receiving events.</summary>
    public void EndSubscriptions(VenueApi venue)
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                venue.UserData.Remove(subscription.Account, subscription);
            }

            _subscriptions.Clear();
        }
    }

    /// <summary>The active subscription ids, oldest first.</summary>
    public IReadOnlyList<int> SubscriptionIds()
    {
        lock (_subscriptions)
        {
            return [.. _subscriptions.Select(s => s.Id)];
        }
    }

    private void End(VenueApi venue, IReadOnlyList<WebSocketSubscription> ending, long now)
    {
        foreach (var subscription in ending)
        {
            venue.UserData.Remove(subscription.Account, subscription);
            _subscriptions.Remove(subscription);
            subscription.Deliver(JsonFrames.Render(json =>
            {
                json.WriteStartObject();
                json.WriteString("e", "eventStreamTerminated");
                json.WriteNumber("E", now);
                json.WriteEndObject();
            }));
        }
    }

    /// <summary>Cancelled when the connection ends, for work that waits on its behalf (fault delays).</summary>
    public CancellationToken Closed => _stop.Token;

    /// <summary>Receives frames until the client or the server closes, handing each request to <paramref name="handle"/>.</summary>
    public async Task RunAsync(Func<WebSocketConnection, ReadOnlyMemory<byte>, Task> handle, CancellationToken serverStopping)
    {
        using var link = CancellationTokenSource.CreateLinkedTokenSource(serverStopping, _stop.Token);
        var sending = SendLoopAsync();
        var buffer = new byte[_maxFrameBytes];
        try
        {
            // After the server closes, the loop keeps reading (and ignoring) until the client's close frame, so the
            // close handshake completes instead of the connection being reset with unread data.
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var count = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (count == buffer.Length)
                    {
                        Close(WebSocketCloseStatus.MessageTooBig, $"A frame may hold at most {_maxFrameBytes} bytes.");
                        count = 0;
                    }

                    received = await _socket.ReceiveAsync(buffer.AsMemory(count), link.Token).ConfigureAwait(false);
                    count += received.Count;
                }
                while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Close(WebSocketCloseStatus.NormalClosure, string.Empty);
                    return;
                }

                if (Volatile.Read(ref _closing) != 0)
                {
                    continue;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    Close(WebSocketCloseStatus.InvalidMessageType, "Requests are JSON text frames.");
                    continue;
                }

                await handle(this, buffer.AsMemory(0, count)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away, the server is stopping, or the connection was aborted.
        }
        finally
        {
            if (serverStopping.IsCancellationRequested)
            {
                Close(WebSocketCloseStatus.EndpointUnavailable, "The server is stopping.");
            }

            _outgoing.Writer.TryComplete();
            await _receiveEnded.CancelAsync().ConfigureAwait(false);
            await sending.ConfigureAwait(false);
            await _stop.CancelAsync().ConfigureAwait(false);
            _socket.Abort();

            // What a dropped client never read is released with the connection.
            while (_outgoing.Reader.TryRead(out _))
            {
                _queued.Released();
            }
        }
    }

    /// <summary>Queues a response frame; a client too slow to read its answers is disconnected.</summary>
    public void Send(ReadOnlyMemory<byte> frame)
    {
        if (_outgoing.Writer.TryWrite(new Outgoing(frame, null, null)))
        {
            _queued.Queued();
        }
        else if (Volatile.Read(ref _closing) == 0)
        {
            Abort();
        }
    }

    public bool TrySendEvent(ReadOnlyMemory<byte> frame)
    {
        if (Volatile.Read(ref _closing) != 0)
        {
            return false;
        }

        Send(frame);
        return Volatile.Read(ref _closing) == 0;
    }

    /// <summary>Closes after what is queued has been sent (an answer first, then the close frame).</summary>
    public void Close(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 0)
        {
            // The close may wait behind a full queue for a moment; a client that never reads is aborted by then.
            if (_outgoing.Writer.TryWrite(new Outgoing(default, status, reason)))
            {
                _queued.Queued();
            }
            else
            {
                Abort();
            }

            _outgoing.Writer.TryComplete();
        }
    }

    /// <summary>Drops the connection without a close frame (a fault's <c>abort</c>, a client that cannot keep up).</summary>
    public void Abort()
    {
        Interlocked.Exchange(ref _closing, 1);
        _outgoing.Writer.TryComplete();
        _socket.Abort();
        _stop.Cancel();
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var item in _outgoing.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                _queued.Released();
                if (item.CloseStatus is { } status)
                {
                    using var timeout = new CancellationTokenSource(CloseTimeout, _time);
                    using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stop.Token);
                    await _socket.CloseOutputAsync(status, item.Reason, either.Token).ConfigureAwait(false);

                    // The client answers with its close frame and the receive loop ends; one that never does is dropped.
                    await Task.Delay(CloseTimeout, _time, _receiveEnded.Token).ConfigureAwait(false);
                    Abort();
                    return;
                }

                await _socket.SendAsync(item.Frame, WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended while sending.
            _socket.Abort();
        }
    }

    private readonly record struct Outgoing(ReadOnlyMemory<byte> Frame, WebSocketCloseStatus? CloseStatus, string? Reason);
}
