using System.Collections.Concurrent;
using System.Net.WebSockets;
using BinanceErrors.Sandbox.Pipeline;
using Microsoft.AspNetCore.Http;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// The futures user data streams on the REST port: <c>/private/ws?listenKey=…</c> (the path since the 2026-03-06 split
/// of fstream into /public, /market and /private) and the legacy <c>/ws/&lt;listenKey&gt;</c>. A stream on an active
/// key of any venue served receives that account's events of that venue; one on an unknown or expired key is refused
/// at the handshake with HTTP 400 and -1125 (our choice: the exchange documents no answer for it). Frames the client
/// sends are ignored; the server pings like the WebSocket API.
/// </summary>
internal sealed class ListenKeyStreamFront
{
    /// <summary>The stream path of today's futures user data (<c>wss://fstream.binance.com/private/ws?listenKey=…</c>).</summary>
    public const string PrivatePath = "/private/ws";

    /// <summary>The legacy stream path, <c>/ws/&lt;listenKey&gt;</c>.</summary>
    public const string LegacyPrefix = "/ws/";

    private readonly IReadOnlyList<VenueApi> _venues;
    private readonly SandboxClock _clock;
    private readonly WebSocketSettings _settings;
    private readonly ConcurrentDictionary<long, WebSocketConnection> _connections = new();
    private readonly SendQueueGauge _queued = new();
    private long _nextId;

    public ListenKeyStreamFront(IReadOnlyList<VenueApi> venues, SandboxClock clock, WebSocketSettings settings)
    {
        _venues = [.. venues.Where(v => v.ListenKeys is not null)];
        _clock = clock;
        _settings = settings;
    }

    /// <summary>Whether any venue served has listenKeys (the futures venues).</summary>
    public bool Serves => _venues.Count > 0;

    /// <summary>The streams open now.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Frames waiting in the streams' send queues.</summary>
    public long QueuedFrames => _queued.Frames;

    /// <summary>Accepts one stream on <paramref name="listenKey"/> and serves it until it ends.</summary>
    public async Task AcceptAsync(HttpContext http, string? listenKey, CancellationToken serverStopping)
    {
        var messages = _venues[0].Messages;
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await WebSocketFront.WriteHttpErrorAsync(http, 400, BinanceErrorCodes.UnsupportedOperation, messages.Text(BinanceErrorCodes.UnsupportedOperation)).ConfigureAwait(false);
            return;
        }

        // The stream is attached before the handshake completes, so an event right after the client's connect reaches it.
        var stream = new ListenKeyStream(_settings.SendQueueFrames);
        var keys = listenKey is { Length: > 0 } ? _venues.Select(v => v.ListenKeys!).FirstOrDefault(k => k.TryAttach(listenKey, stream)) : null;
        if (keys is null)
        {
            var refusal = messages.RejectAs(BinanceErrorCodes.InvalidListenKey, "This listenKey does not exist.");
            await WebSocketFront.WriteHttpErrorAsync(http, 400, refusal.Code, refusal.Message).ConfigureAwait(false);
            return;
        }

        try
        {
            var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                KeepAliveInterval = _settings.PingInterval,
                KeepAliveTimeout = _settings.PongTimeout,
            }).ConfigureAwait(false);
            var connection = new WebSocketConnection(Interlocked.Increment(ref _nextId), socket, ip, _clock.NowMs, returnRateLimits: false, _settings.MaxFrameBytes, _settings.SendQueueFrames, _clock.Time, _queued);
            _connections[connection.Id] = connection;
            try
            {
                stream.Bind(connection);
                await connection.RunAsync(static (_, _) => Task.CompletedTask, serverStopping).ConfigureAwait(false);
            }
            finally
            {
                _connections.TryRemove(connection.Id, out _);
            }
        }
        finally
        {
            keys.Detach(listenKey!, stream);
        }
    }

    /// <summary>Closes every stream (the server is stopping, or the admin closes connections).</summary>
    public void CloseAll()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Close(WebSocketCloseStatus.NormalClosure, "Connection lifetime reached.");
        }
    }
}
