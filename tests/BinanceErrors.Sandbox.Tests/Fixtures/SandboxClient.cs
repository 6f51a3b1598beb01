using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>A plain HttpClient that signs like a Binance client does: HMAC (hex), RSA or Ed25519 (base64, percent-encoded).</summary>
public sealed class SandboxClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Func<string, string> _sign;

    private SandboxClient(SandboxServer server, string apiKey, Func<string, string> sign)
    {
        _http = new HttpClient { BaseAddress = server.BaseAddress };
        ApiKey = apiKey;
        _sign = sign;
        _time = server.Options.TimeProvider;
    }

    private readonly TimeProvider _time;

    public string ApiKey { get; }

    public long ClockOffsetMs { get; set; }

    public static SandboxClient Hmac(SandboxServer server, string apiKey = "sandboxkey", string secret = "sandbox-secret") =>
        new(server, apiKey, payload => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload))));

    public static SandboxClient Rsa(SandboxServer server, string apiKey, RSA privateKey) =>
        new(server, apiKey, payload => Uri.EscapeDataString(Convert.ToBase64String(privateKey.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))));

    public static SandboxClient Ed25519(SandboxServer server, string apiKey, Ed25519PrivateKeyParameters privateKey) =>
        new(server, apiKey, payload =>
        {
            var signer = new Ed25519Signer();
            signer.Init(true, privateKey);
            var bytes = Encoding.UTF8.GetBytes(payload);
            signer.BlockUpdate(bytes, 0, bytes.Length);
            return Uri.EscapeDataString(Convert.ToBase64String(signer.GenerateSignature()));
        });

    public long Now => _time.GetUtcNow().ToUnixTimeMilliseconds() + ClockOffsetMs;

    public static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Sends a public request.</summary>
    public Task<Response> PublicAsync(HttpMethod method, string path, string query = "") =>
        SendAsync(new HttpRequestMessage(method, query.Length > 0 ? $"{path}?{query}" : path));

    /// <summary>Signs <paramref name="query"/> (timestamp added unless present) and sends it in the query string.</summary>
    public Task<Response> SignedAsync(HttpMethod method, string path, string query, bool addTimestamp = true, string? apiKey = null)
    {
        if (addTimestamp)
        {
            query = (query.Length > 0 ? query + "&" : string.Empty) + "timestamp=" + Now.ToString(CultureInfo.InvariantCulture);
        }

        var signed = query + "&signature=" + _sign(query);
        var request = new HttpRequestMessage(method, $"{path}?{signed}");
        request.Headers.Add("X-MBX-APIKEY", apiKey ?? ApiKey);
        return SendAsync(request);
    }

    /// <summary>Signs query plus form body (no separator), the way mixed requests are signed.</summary>
    public Task<Response> SignedWithBodyAsync(HttpMethod method, string path, string query, string body)
    {
        body += "&timestamp=" + Now.ToString(CultureInfo.InvariantCulture);
        var signature = _sign(query + body);
        var request = new HttpRequestMessage(method, query.Length > 0 ? $"{path}?{query}" : path)
        {
            Content = new StringContent(body + "&signature=" + signature, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-MBX-APIKEY", ApiKey);
        return SendAsync(request);
    }

    public Task<Response> PlaceAsync(params (string Name, string Value)[] parameters) => SignedAsync(HttpMethod.Post, "/api/v3/order", Query(parameters));

    /// <summary>Sends a request exactly as given (already signed, or deliberately broken).</summary>
    public Task<Response> RawAsync(HttpMethod method, string pathAndQuery, string? apiKey = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add("X-MBX-APIKEY", apiKey);
        }

        return SendAsync(request);
    }

    public string Sign(string payload) => _sign(payload);

    private async Task<Response> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return new Response((int)response.StatusCode, body, response.Headers, response.Content.Headers.ContentType);
        }
    }

    public void Dispose() => _http.Dispose();

    public sealed record Response(int Status, string Body, HttpResponseHeaders Headers, MediaTypeHeaderValue? ContentType)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

        public int Code => Json.GetProperty("code").GetInt32();

        public string Msg => Json.GetProperty("msg").GetString()!;

        public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.First() : null;
    }
}
