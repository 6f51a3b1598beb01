using System.Net.WebSockets;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// The connections of one client: the current one, opened on demand inside the admission limit (its handshake weight
/// reserved in the shared limits, so a ban or halt on the IP stops reconnects too) with jittered exponential backoff;
/// a replacement opened, logged on and re-subscribed before the old one is drained, when the old one nears the 24-hour
/// close or the server announces <c>serverShutdown</c>, so no request is lost; after a drop, an eager reconnect when
/// someone needs the connection to stay up (a user-data subscription).
/// </summary>
internal sealed class WebSocketSession : IWebSocketConnectionOwner, IAsyncDisposable
{
    private readonly Uri _endpoint;
    private readonly BinanceWebSocketOptions _ws;
    private readonly BinanceClientOptions _options;
    private readonly ILogger _logger;
    private readonly LimitGate _limits;
    private readonly CallState _handshake;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly ConnectionAdmission _admission;
    private readonly HashSet<WebSocketConnection> _open = [];
    private readonly Dictionary<WebSocketConnection, ITimer> _ageTimers = [];
    // A request that was not written because its connection closed meanwhile is written on the next one, this often at most.
    private const int MaxNotSentTries = 3;

    private WebSocketConnection? _current;
    private long _connections;
    private int _disposed;

    /// <summary>Creates the session; nothing connects until the first request (or <see cref="CurrentAsync"/>).</summary>
    /// <param name="endpoint">The WebSocket API address.</param>
    /// <param name="authority">Where limits are kept.</param>
    /// <param name="ws">The connection options.</param>
    /// <param name="options">The client options.</param>
    /// <param name="registry">The shared limits.</param>
    /// <param name="logger">Where connects, drops and replacements are logged.</param>
    /// <param name="handshakeWeight">What a connect costs; the venue's WebSocket API cost (Spot 2, USDⓈ-M 5) when <see langword="null"/>.</param>
    public WebSocketSession(Uri endpoint, string authority, BinanceWebSocketOptions ws, BinanceClientOptions options, BinanceLimitRegistry registry, ILogger logger, int? handshakeWeight = null)
    {
        _endpoint = endpoint;
        _ws = ws;
        _options = options;
        _logger = logger;
        _admission = new ConnectionAdmission(ws.MaxConnectionsPerWindow, (long)ws.ConnectionWindow.TotalMilliseconds);

        // The handshake's weight (Spot 2, USDⓈ-M 5) in the limits of the IP. Limits are not learnt from here (no
        // connection to ask over yet): until a request learns them, the documented ones apply.
        _limits = new LimitGate(options, registry, logger, static _ => Task.FromResult<IReadOnlyList<VenueLimit>?>(null));
        var weight = handshakeWeight ?? (options.Venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures ? 5 : 2);
        _handshake = new CallState(new RequestFacts(new EndpointInfo(weight, false, RequestIntent.Read), authority, weight, false, OrderCountCost.None, false, "connect", endpoint));
    }

    /// <summary>Runs on every new connection before it takes requests: <c>session.logon</c>, re-subscriptions.</summary>
    public Func<WebSocketConnection, CancellationToken, Task>? Opened { get; set; }

    /// <summary>Runs after a replacement or reconnect has become current (the open-orders snapshot).</summary>
    public Func<WebSocketConnection, Task>? Reconnected { get; set; }

    /// <summary>Receives event frames other than <c>serverShutdown</c>.</summary>
    public Action<WebSocketConnection, ReadOnlyMemory<byte>>? Event { get; set; }

    /// <summary>Whether a dropped connection is reopened at once rather than on the next request.</summary>
    public bool KeepConnected { get; set; }

    /// <summary>How many connections were opened (replacements and reconnects included).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connections);

    /// <summary>The current connection, when one is open.</summary>
    public WebSocketConnection? Current => _current;

    /// <summary>The session's lifetime token, cancelled on dispose.</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    /// <summary>Sends a request over its pinned connection or the current one (opening it when needed).</summary>
    /// <param name="request">The signed request.</param>
    /// <param name="cancellationToken">The caller's or the attempt timer's token.</param>
    /// <returns>The answer.</returns>
    public async Task<WebSocketAnswer> SendAsync(WebSocketRequest request, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            WebSocketConnection connection;
            try
            {
                connection = request.Connection ?? await CurrentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not BinanceException and not ObjectDisposedException)
            {
                throw new WebSocketNotSentException($"{request.Method} was not sent: no connection to {_endpoint.Authority} could be opened.", ex);
            }

            try
            {
                return await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketNotSentException) when (request.Connection is null && !connection.IsUsable && tries < MaxNotSentTries && !cancellationToken.IsCancellationRequested)
            {
                // The connection closed between being picked and the write (serverShutdown, the daily close, a drop):
                // the frame never left, so it goes on the connection that replaces it. Not a resend of anything.
            }
        }
    }

    /// <summary>The current connection, opened (and logged on) when there is none.</summary>
    /// <param name="cancellationToken">Cancels waiting for it.</param>
    /// <returns>The connection.</returns>
    public async ValueTask<WebSocketConnection> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { IsUsable: true } current)
        {
            return current;
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { IsUsable: true } opened)
            {
                return opened;
            }

            var fresh = await OpenAsync(cancellationToken).ConfigureAwait(false);
            _current = fresh;
            return fresh;
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>
    /// Opens a replacement for <paramref name="old"/> (logged on and re-subscribed), makes it current, then drains
    /// <paramref name="old"/>: the answers it owes still come on it, and it closes after the last one.
    /// </summary>
    /// <param name="old">The connection to replace.</param>
    /// <param name="reason">Why, for the log.</param>
    /// <returns>A task that completes when replaced (or when there was nothing to replace).</returns>
    public async Task ReplaceAsync(WebSocketConnection old, string reason)
    {
        try
        {
            await _opening.WaitAsync(_lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        WebSocketConnection fresh;
        try
        {
            if (!ReferenceEquals(_current, old) || !old.IsUsable)
            {
                return;
            }

            WebSocketLog.Replacing(_logger, _endpoint.Authority, old.Number, reason);
            fresh = await OpenAsync(_lifetime.Token).ConfigureAwait(false);
            _current = fresh;
            old.Retire();
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }
        finally
        {
            _opening.Release();
        }

        await NotifyReconnectedAsync(fresh).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void OnEvent(WebSocketConnection connection, ReadOnlyMemory<byte> frame)
    {
        var type = WebSocketFrames.Member(WebSocketFrames.Member(frame, "event"u8), "e"u8);
        if (type.Span.SequenceEqual("\"serverShutdown\""u8))
        {
            _ = ReplaceAsync(connection, "serverShutdown");
            return;
        }

        Event?.Invoke(connection, frame);
    }

    /// <inheritdoc />
    public void OnClosed(WebSocketConnection connection, Exception? cause)
    {
        lock (_open)
        {
            _open.Remove(connection);
            if (_ageTimers.Remove(connection, out var timer))
            {
                timer.Dispose();
            }
        }

        var wasCurrent = Interlocked.CompareExchange(ref _current, null, connection) == connection;
        if (wasCurrent)
        {
            WebSocketLog.Dropped(_logger, _endpoint.Authority, connection.Number, cause?.Message ?? "closed");
            if (KeepConnected && Volatile.Read(ref _disposed) == 0)
            {
                _ = ReconnectAsync();
            }
        }

        _ = connection.DisposeAsync().AsTask();
    }

    /// <inheritdoc />
    public void OnRevoked(WebSocketConnection connection) =>
        WebSocketLog.Revoked(_logger, _endpoint.Authority, connection.Number);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        WebSocketConnection[] open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
            foreach (var timer in _ageTimers.Values)
            {
                timer.Dispose();
            }

            _ageTimers.Clear();
        }

        foreach (var connection in open)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _lifetime.Dispose();
    }

    private async Task ReconnectAsync()
    {
        try
        {
            var connection = await CurrentAsync(_lifetime.Token).ConfigureAwait(false);
            await NotifyReconnectedAsync(connection).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
        }
        catch (Exception ex) when (ex is BinanceException)
        {
            // Banned or halted: the next request reconnects once the limits allow it.
            WebSocketLog.ReconnectFailed(_logger, _endpoint.Authority, ex.Message);
        }
    }

    private async Task NotifyReconnectedAsync(WebSocketConnection connection)
    {
        if (Reconnected is { } reconnected)
        {
            try
            {
                await reconnected(connection).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is BinanceException or IOException or WebSocketException or OperationCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
            {
                WebSocketLog.ReconnectFailed(_logger, _endpoint.Authority, ex.Message);
            }
        }
    }

    /// <summary>Opens a connection, retrying with jittered backoff until it opens or the token is cancelled; a ban or halt is thrown.</summary>
    private async Task<WebSocketConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        for (var attempt = 0; ; attempt++)
        {
            await AdmitAsync(cancellationToken).ConfigureAwait(false);
            await _limits.AcquireAsync(_handshake, cancellationToken).ConfigureAwait(false);
            var number = Interlocked.Increment(ref _connections);
            WebSocketConnection? connection = null;
            try
            {
                connection = await WebSocketConnection.OpenAsync(_endpoint, Configure, this, number, time, cancellationToken).ConfigureAwait(false);
                lock (_open)
                {
                    _open.Add(connection);
                }

                if (Opened is { } opened)
                {
                    await opened(connection, cancellationToken).ConfigureAwait(false);
                }

                var aged = connection;
                var timer = time.CreateTimer(_ => _ = ReplaceAsync(aged, "connection age"), null, _ws.MaxConnectionAge, Timeout.InfiniteTimeSpan);
                lock (_open)
                {
                    if (_open.Contains(connection))
                    {
                        _ageTimers[connection] = timer;
                        timer = null;
                    }
                }

                timer?.Dispose();
                WebSocketLog.Connected(_logger, _endpoint.Authority, number, attempt + 1);
                return connection;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not BinanceException && ex is WebSocketException or IOException or HttpRequestException or OperationCanceledException)
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }

                var delay = Backoff(attempt);
                WebSocketLog.ConnectFailed(_logger, _endpoint.Authority, attempt + 1, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }

                throw;
            }
        }
    }

    /// <summary>Full jitter over an exponential ceiling: a crowd of clients dropped at once does not reconnect in step.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_ws.MaxReconnectDelay.TotalMilliseconds, _ws.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
#pragma warning restore CA5394
    }

    /// <summary>Waits until this client may open another connection within <see cref="BinanceWebSocketOptions.MaxConnectionsPerWindow"/>.</summary>
    private async ValueTask AdmitAsync(CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        while (!_admission.TryAdmit(time.GetUtcNow().ToUnixTimeMilliseconds(), out var wait))
        {
            WebSocketLog.AdmissionWait(_logger, _endpoint.Authority, wait);
            await Task.Delay(TimeSpan.FromMilliseconds(wait), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Configure(ClientWebSocketOptions socket)
    {
        socket.KeepAliveInterval = _ws.KeepAliveInterval;
        socket.KeepAliveTimeout = _ws.KeepAliveTimeout;
    }
}
