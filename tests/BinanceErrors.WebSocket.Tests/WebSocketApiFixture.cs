using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// A small WebSocket API endpoint on Kestrel (127.0.0.1, ephemeral port) for the client's core tests until the sandbox
/// serves <c>/ws-api/v3</c>: it checks HMAC signatures with the documentation's example secret and answers with frames
/// quoted from the documentation (<see cref="DocFrames"/>). A test intercepts requests to drop, delay or refuse them;
/// <c>GET /api/v3/time</c> stands for REST on the same host, so REST and WebSocket share one limit scope.
/// </summary>
internal sealed class WebSocketApiFixture : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FixtureRequest> _requests = new();
    private readonly ConcurrentDictionary<int, FixtureConnection> _connections = new();
    private readonly Channel<FixtureRequest> _arrivals = Channel.CreateUnbounded<FixtureRequest>();
    private readonly Channel<int> _accepted = Channel.CreateUnbounded<int>();
    private int _connectionCount;
    private int _restRequests;
    private int _refusedHandshakes;

    private WebSocketApiFixture(WebApplication app) => _app = app;

    /// <summary>Answers a request itself: return <see langword="true"/> when handled (answered, held, dropped).</summary>
    public Func<FixtureRequest, Task<bool>>? Intercept { get; set; }

    /// <summary>The server clock (ms) the <c>time</c> answers carry; the wall clock unless a test runs on fake time.</summary>
    public Func<long> ServerTimeMs { get; set; } = () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>How many upgrade requests to refuse (HTTP 503) before accepting again.</summary>
    public int RefuseHandshakes;

    public Uri WebSocketUri => new(_app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/ws-api/v3");

    public Uri RestUri => new(_app.Urls.First() + "/");

    public IReadOnlyCollection<FixtureRequest> Requests => [.. _requests];

    public int ConnectionsAccepted => Volatile.Read(ref _connectionCount);

    public int HandshakesRefused => Volatile.Read(ref _refusedHandshakes);

    public int RestRequests => Volatile.Read(ref _restRequests);

    public FixtureConnection Connection(int number) => _connections[number];

    /// <summary>The next request to arrive (in order), for tests that act on a request in flight.</summary>
    public async Task<FixtureRequest> NextAsync(string method)
    {
        while (true)
        {
            var request = await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            if (request.Method == method)
            {
                return request;
            }
        }
    }

    public int Count(string method) => _requests.Count(r => r.Method == method);

    public static async Task<WebSocketApiFixture> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fixture = new WebSocketApiFixture(app);
        app.UseWebSockets();
        app.Map("/ws-api/v3", fixture.AcceptAsync);
        app.MapGet("/api/v3/time", () =>
        {
            Interlocked.Increment(ref fixture._restRequests);
            return Results.Text("{\"serverTime\":" + fixture.ServerTimeMs().ToString(CultureInfo.InvariantCulture) + "}", "application/json");
        });
        await app.StartAsync();
        return fixture;
    }

    /// <summary>The answer the documentation gives for a request (what the fixture sends unless a test intercepts).</summary>
    public string DefaultAnswer(FixtureRequest request)
    {
        if (request.Get("signature") is { } signature && request.Get("apiKey") == DocFrames.ApiKey && !SignatureValid(request.Params, signature))
        {
            return "{\"id\":\"" + request.Id + "\",\"status\":400,\"error\":{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}}";
        }

        return request.Method switch
        {
            "time" => DocFrames.Fill(DocFrames.Time, request.Id, serverTime: ServerTimeMs()),
            "order.place" => DocFrames.Fill(DocFrames.OrderPlaceAck, request.Id, request.Get("newClientOrderId")),
            "order.status" => DocFrames.Fill(DocFrames.OrderStatus, request.Id, request.Get("origClientOrderId")),
            "userDataStream.subscribe.signature" or "userDataStream.subscribe" => DocFrames.Fill(DocFrames.Subscribed, request.Id),
            _ => DocFrames.Fill(DocFrames.WeightUsed70, request.Id),
        };
    }

    /// <summary>The documented HMAC check: every parameter but the signature, sorted by name, unencoded.</summary>
    public static bool SignatureValid(IReadOnlyDictionary<string, string> parameters, string signature)
    {
        var payload = string.Join('&', parameters.Where(p => p.Key != "signature").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(DocFrames.SecretKey), Encoding.UTF8.GetBytes(payload)));
        return string.Equals(expected, signature, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sends a frame to every open connection.</summary>
    public Task BroadcastAsync(string frame) => Task.WhenAll(_connections.Values.Where(c => !c.Closed.IsCompleted).Select(c => c.SendAsync(frame)));

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Drop();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Completes when the fixture has accepted <paramref name="number"/> connections.</summary>
    public async Task<FixtureConnection> ConnectionAsync(int number)
    {
        while (true)
        {
            if (_connections.TryGetValue(number, out var connection))
            {
                return connection;
            }

            await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (Interlocked.Decrement(ref RefuseHandshakes) >= 0)
        {
            Interlocked.Increment(ref _refusedHandshakes);
            context.Response.StatusCode = 503;
            return;
        }

        Interlocked.Exchange(ref RefuseHandshakes, 0);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FixtureConnection(socket, Interlocked.Increment(ref _connectionCount));
        _connections[connection.Number] = connection;
        await _accepted.Writer.WriteAsync(connection.Number);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), context.RequestAborted);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.ClosedByClient = true;
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                var request = FixtureRequest.Parse(Encoding.UTF8.GetString(buffer, 0, length), connection);
                _requests.Enqueue(request);
                await _arrivals.Writer.WriteAsync(request);
                _ = HandleAsync(request);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            connection.MarkClosed();
        }
    }

    private async Task HandleAsync(FixtureRequest request)
    {
        try
        {
            if (Intercept is { } intercept && await intercept(request))
            {
                return;
            }

            await request.Connection.SendAsync(DefaultAnswer(request));
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The connection is gone; the client sees a drop.
        }
    }
}
