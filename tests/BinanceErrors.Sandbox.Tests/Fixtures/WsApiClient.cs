using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>
/// A real <see cref="ClientWebSocket"/> speaking the WebSocket API envelope, signing as the exchange documents it for
/// this transport: every parameter but <c>signature</c>, sorted by name, <c>name=value</c> joined by <c>&amp;</c>, not
/// percent-encoded; HMAC as hex, Ed25519 as base64.
/// </summary>
public sealed class WsApiClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket = new();
    private readonly string _apiKey;
    private readonly Func<string, string> _sign;
    private readonly TimeProvider _time;
    private readonly Queue<JsonElement> _skipped = new();

    // One buffer per client (its receives are one at a time), grown for a larger frame.
    private byte[] _buffer = new byte[64 * 1024];
    private int _nextId;

    private WsApiClient(SandboxServer server, string apiKey, Func<string, string> sign)
    {
        _apiKey = apiKey;
        _sign = sign;
        _time = server.Options.TimeProvider;
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static async Task<WsApiClient> ConnectAsync(SandboxServer server, string path = "/ws-api/v3", string apiKey = "sandboxkey", string secret = "sandbox-secret", string query = "")
    {
        var client = new WsApiClient(server, apiKey, payload => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload))));
        await client.OpenAsync(server, path, query);
        return client;
    }

    public static async Task<WsApiClient> ConnectEd25519Async(SandboxServer server, string apiKey, Ed25519PrivateKeyParameters privateKey, string path = "/ws-api/v3")
    {
        var client = new WsApiClient(server, apiKey, payload =>
        {
            var signer = new Ed25519Signer();
            signer.Init(true, privateKey);
            var bytes = Encoding.UTF8.GetBytes(payload);
            signer.BlockUpdate(bytes, 0, bytes.Length);
            return Convert.ToBase64String(signer.GenerateSignature());
        });
        await client.OpenAsync(server, path, string.Empty);
        return client;
    }

    public long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Sends a request with the given parameters and returns the answer to its id.</summary>
    public async Task<JsonElement> CallAsync(string method, params (string Name, object Value)[] parameters)
    {
        var id = "r" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        await SendAsync(Request(id, method, parameters));
        return await ReceiveAnswerAsync(id);
    }

    /// <summary>Signs (apiKey and timestamp added), sends and returns the answer.</summary>
    public Task<JsonElement> SignedAsync(string method, params (string Name, object Value)[] parameters) =>
        CallAsync(method, Sign(parameters, withKey: true));

    /// <summary>The parameters with <c>apiKey</c> (when asked), <c>timestamp</c> and <c>signature</c>.</summary>
    public (string Name, object Value)[] Sign((string Name, object Value)[] parameters, bool withKey = true)
    {
        var all = parameters.ToList();
        if (withKey && all.All(p => p.Name != "apiKey"))
        {
            all.Add(("apiKey", _apiKey));
        }

        if (all.All(p => p.Name != "timestamp"))
        {
            all.Add(("timestamp", Now));
        }

        var payload = string.Join('&', all.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={Text(p.Value)}"));
        all.Add(("signature", _sign(payload)));
        return [.. all];
    }

    public static string Request(string id, string method, (string Name, object Value)[] parameters)
    {
        var request = new JsonObject { ["id"] = id, ["method"] = method };
        if (parameters.Length > 0)
        {
            var values = new JsonObject();
            foreach (var (name, value) in parameters)
            {
                values[name] = value switch
                {
                    string text => JsonValue.Create(text),
                    bool flag => JsonValue.Create(flag),
                    int number => JsonValue.Create(number),
                    long number => JsonValue.Create(number),
                    decimal number => JsonValue.Create(number),
                    JsonNode node => node,
                    _ => throw new ArgumentException($"Parameter {name} has a type the test client does not send: {value.GetType()}."),
                };
            }

            request["params"] = values;
        }

        return request.ToJsonString();
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next frame (events an answer overtook first), or <see langword="null"/> when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        if (_skipped.TryDequeue(out var earlier))
        {
            return earlier;
        }

        return await ReceiveFrameAsync();
    }

    private async Task<JsonElement?> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var count = 0;
        ValueWebSocketReceiveResult received;
        do
        {
            if (count == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            received = await _socket.ReceiveAsync(_buffer.AsMemory(count), timeout.Token);
            count += received.Count;
        }
        while (!received.EndOfMessage);

        if (received.MessageType == WebSocketMessageType.Close)
        {
            return null;
        }

        using var document = JsonDocument.Parse(_buffer.AsMemory(0, count));
        return document.RootElement.Clone();
    }

    /// <summary>Reads frames until the answer with <paramref name="id"/>; frames before it wait for <see cref="ReceiveAsync"/>.</summary>
    public async Task<JsonElement> ReceiveAnswerAsync(string id)
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync() ?? throw new InvalidOperationException($"The server closed the connection ({_socket.CloseStatus} {_socket.CloseStatusDescription}) before answering {id}.");
            if (frame.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.String && got.GetString() == id)
            {
                return frame;
            }

            _skipped.Enqueue(frame);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        _socket.Dispose();
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private async Task OpenAsync(SandboxServer server, string path, string query)
    {
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = path, Query = query }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.ConnectAsync(uri, timeout.Token);
    }
}
