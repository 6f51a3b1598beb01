using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Order placements per second against one in-process Spot sandbox on loopback, over the WebSocket API
/// (<c>order.place</c> round trips on one connection and on 16) beside REST (<c>POST /api/v3/order</c>), each signed
/// by hand with HMAC as a careful client does, so the numbers are the sandbox's and the transport's, not a client
/// library's. Run with <c>-- order-throughput [seconds]</c>.
/// </summary>
public static class OrderPlaceThroughputRunner
{
    private const string ApiKey = "loadkey";
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("load-secret");

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var key = new SandboxApiKey { ApiKey = ApiKey, HmacSecret = "load-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = 1_000_000_000_000m } };
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = SandboxLimits.Relaxed(), ApiKeys = [key] });
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        var rows = new List<(string Name, ThroughputRunner.Result Result)>
        {
            ("REST `POST /api/v3/order`, 1 client", await ThroughputRunner.LoadAsync(seconds, 1, RestOrder, http)),
            ("REST `POST /api/v3/order`, 16 concurrent clients", await ThroughputRunner.LoadAsync(seconds, 16, RestOrder, http)),
            ("WebSocket `order.place`, 1 connection, 1 in flight", await WebSocketAsync(sandbox.WebSocketAddress!, seconds, connections: 1, inFlight: 1)),
            ("WebSocket `order.place`, 1 connection, 16 in flight", await WebSocketAsync(sandbox.WebSocketAddress!, seconds, connections: 1, inFlight: 16)),
            ("WebSocket `order.place`, 16 connections, 1 in flight each", await WebSocketAsync(sandbox.WebSocketAddress!, seconds, connections: 16, inFlight: 1)),
        };

        Console.WriteLine("| Target | Orders/s | p50 (ms) | p99 (ms) | Errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, result) in rows)
        {
            Console.WriteLine(result.Row(name));
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds} s each, one sandbox (signed LIMIT IOC below the market, ACK, the matching engine), HMAC signed per request.");
    }

    // IOC below the market: the full path (signature, limits, pre-flight, balance, matching) without an ever-growing book.
    private static string OrderQuery(int worker, int i) =>
        $"newClientOrderId=w{worker}-{i}&newOrderRespType=ACK&price=29000&quantity=0.001&side=BUY&symbol=BTCUSDT&timeInForce=IOC&timestamp={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}&type=LIMIT";

    private static HttpRequestMessage RestOrder(int worker, int i)
    {
        var query = OrderQuery(worker, i);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(query)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v3/order?" + query + "&signature=" + signature);
        request.Headers.Add("X-MBX-APIKEY", ApiKey);
        return request;
    }

    /// <summary>A signed <c>order.place</c> frame: every parameter but the signature sorted by name, not percent-encoded.</summary>
    private static byte[] WebSocketOrder(string id, int worker, int i)
    {
        // "apiKey" sorts first; the order query is already sorted by name.
        var payload = "apiKey=" + ApiKey + "&" + OrderQuery(worker, i);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(payload)));
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("method", "order.place");
            json.WriteStartObject("params");
            foreach (var pair in payload.Split('&'))
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                json.WriteString(pair[..at], pair[(at + 1)..]);
            }

            json.WriteString("signature", signature);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// <paramref name="connections"/> connections, each keeping <paramref name="inFlight"/> requests outstanding: a new
    /// one is sent as soon as an answer arrives, and each answer's latency is measured from its own request.
    /// </summary>
    private static async Task<ThroughputRunner.Result> WebSocketAsync(Uri address, int seconds, int connections, int inFlight)
    {
        var sockets = new ClientWebSocket[connections];
        for (var c = 0; c < connections; c++)
        {
            sockets[c] = new ClientWebSocket();
            await sockets[c].ConnectAsync(new UriBuilder(address) { Query = "returnRateLimits=false" }.Uri, CancellationToken.None);
        }

        try
        {
            // Warm up the connections and the JIT.
            await Task.WhenAll(sockets.Select((socket, c) => LoopAsync(socket, -1 - c, inFlight, Stopwatch.StartNew(), TimeSpan.FromSeconds(1))));
            var stop = Stopwatch.StartNew();
            var results = await Task.WhenAll(sockets.Select((socket, c) => LoopAsync(socket, c, inFlight, stop, TimeSpan.FromSeconds(seconds))));
            var elapsed = stop.Elapsed.TotalSeconds;
            var all = results.SelectMany(r => r.Latencies).Order().ToArray();
            return new ThroughputRunner.Result(all.Length / elapsed, all[all.Length / 2], all[(int)(all.Length * 0.99)], results.Sum(r => r.Errors));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                socket.Dispose();
            }
        }
    }

    private static async Task<(List<double> Latencies, int Errors)> LoopAsync(ClientWebSocket socket, int worker, int inFlight, Stopwatch stop, TimeSpan until)
    {
        var latencies = new List<double>();
        var sent = new Dictionary<string, long>(StringComparer.Ordinal);
        var receive = new byte[16 * 1024];
        var errors = 0;
        var next = 0;

        async Task SendAsync()
        {
            var id = worker.ToString(CultureInfo.InvariantCulture) + "-" + next.ToString(CultureInfo.InvariantCulture);
            var frame = WebSocketOrder(id, worker, next++);
            sent[id] = Stopwatch.GetTimestamp();
            await socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
        }

        for (var i = 0; i < inFlight; i++)
        {
            await SendAsync();
        }

        while (sent.Count > 0)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(receive.AsMemory(length), CancellationToken.None);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            using var answer = JsonDocument.Parse(receive.AsMemory(0, length));
            var id = answer.RootElement.GetProperty("id").GetString()!;
            latencies.Add(Stopwatch.GetElapsedTime(sent[id]).TotalMilliseconds);
            sent.Remove(id);
            errors += answer.RootElement.GetProperty("status").GetInt32() == 200 ? 0 : 1;
            if (stop.Elapsed < until)
            {
                await SendAsync();
            }
        }

        return (latencies, errors);
    }
}
