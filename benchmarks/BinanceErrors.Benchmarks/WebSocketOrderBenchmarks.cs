using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BinanceErrors.Http;
using BinanceErrors.WebSocket;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// One <c>order.place</c> round trip over the WebSocket API on loopback: by hand on a bare <see cref="ClientWebSocket"/>
/// (sorted parameters, HMAC signature, the id matched in the answer) against <see cref="BinanceWebSocketClient"/> (the
/// per-call core: limits, attempt timer, signing, classification, <c>rateLimits</c> into the store). The server is a
/// Kestrel endpoint that answers every request with the documentation's <c>ACK</c> frame for <c>order.place</c>
/// (web-socket-api.md, binance-spot-api-docs a5e0bc3) carrying the request's id.
/// </summary>
public class WebSocketOrderBenchmarks
{
    private const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    private static readonly KeyValuePair<string, string>[] Order =
    [
        new("symbol", "BTCUSDT"), new("side", "SELL"), new("type", "LIMIT"), new("timeInForce", "GTC"),
        new("price", "23416.10000000"), new("quantity", "0.00847000"), new("newClientOrderId", "bench-1"),
    ];

    private readonly byte[] _receive = new byte[16 * 1024];
    private WebApplication _server = null!;
    private ClientWebSocket _bare = null!;
    private BinanceWebSocketClient _client = null!;
    private BinanceLimitRegistry _registry = null!;
    private byte[] _secret = [];
    private long _nextId;

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.UseWebSockets();
        _server.Map("/ws-api/v3", AnswerAsync);
        await _server.StartAsync();
        var endpoint = new Uri(_server.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/ws-api/v3");

        _secret = Encoding.UTF8.GetBytes(Secret);
        _bare = new ClientWebSocket();
        await _bare.ConnectAsync(endpoint, CancellationToken.None);

        // Limits far above what a benchmark sends, so neither side waits.
        var options = new BinanceClientOptions { Credentials = BinanceCredentials.Hmac(ApiKey, Secret), LearnLimitsFromExchange = false };
        options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), 100_000_000));
        options.RawRequestLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RawRequests, TimeSpan.FromMinutes(5), 100_000_000));
        options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 100_000_000));
        _registry = new BinanceLimitRegistry();
        _client = new BinanceWebSocketClient(endpoint, options, registry: _registry);
        await _client.PlaceOrderAsync(Order);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _client.DisposeAsync();
        _registry.Dispose();
        _bare.Abort();
        _bare.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareOrderPlace()
    {
        // What a careful hand-written client does: sign the sorted parameters, send, wait for the answer with its id.
        var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
        var parameters = new List<KeyValuePair<string, string>>(Order)
        {
            new("apiKey", ApiKey),
            new("recvWindow", "5000"),
            new("timestamp", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        };
        parameters.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var payload = string.Join('&', parameters.Select(p => p.Key + "=" + p.Value));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(payload)));
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("method", "order.place");
            writer.WriteStartObject("params");
            foreach (var (name, value) in parameters)
            {
                writer.WriteString(name, value);
            }

            writer.WriteString("signature", signature);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await _bare.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _bare.ReceiveAsync(_receive.AsMemory(length), CancellationToken.None);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        using var answer = JsonDocument.Parse(_receive.AsMemory(0, length));
        return answer.RootElement.GetProperty("id").GetString() == id ? answer.RootElement.GetProperty("status").GetInt32() : -1;
    }

    [Benchmark]
    public async Task<int> ClientOrderPlace()
    {
        var response = await _client.PlaceOrderAsync(Order);
        return response.Status;
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            using var request = JsonDocument.Parse(buffer.AsMemory(0, length));
            var id = request.RootElement.GetProperty("id").GetString();

            // The client measures the server clock before signed calls; a `time` answer without serverTime would make
            // it measure again before every call (two round trips per order).
            var answer = request.RootElement.GetProperty("method").GetString() == "time"
                ? "{\"id\":\"" + id + "\",\"status\":200,\"result\":{\"serverTime\":" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "}}"
                : AckFrame.Replace("{id}", id, StringComparison.Ordinal);
            await socket.SendAsync(Encoding.UTF8.GetBytes(answer), WebSocketMessageType.Text, true, CancellationToken.None);
        }
    }

    // "Place new order (TRADE)", ACK response type, web-socket-api.md (comments removed; the id filled in).
    private const string AckFrame = """{"id":"{id}","status":200,"result":{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","transactTime":1660801715639},"rateLimits":[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1},{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]}""";
}
