using System.Text.Json;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>A sandbox on loopback and a client built with the real handler chain, the way users build theirs.</summary>
public sealed class Harness : IAsyncDisposable
{
    public const string ApiKey = "sandboxkey";
    public const string Secret = "sandbox-secret";

    private Harness(SandboxServer server, HttpClient client, BinanceClientOptions options, CollectingLoggerProvider logs, ILoggerFactory loggerFactory)
    {
        Server = server;
        Client = client;
        Options = options;
        Logs = logs;
        LoggerFactory = loggerFactory;
    }

    public SandboxServer Server { get; }

    public HttpClient Client { get; }

    public BinanceClientOptions Options { get; }

    public CollectingLoggerProvider Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public static async Task<Harness> StartAsync(SandboxOptions? sandbox = null, Action<BinanceClientOptions>? configure = null)
    {
        var server = await SandboxServer.StartAsync(sandbox);

        // A new server may get a port an earlier test's server had; what the process learnt about that one is stale.
        Internal.SharedState.Forget(server.BaseAddress);
        // A short recvWindow and settle margin keep the real-time wait before a proven-absent resend near one second.
        var options = new BinanceClientOptions { Credentials = BinanceCredentials.Hmac(ApiKey, Secret), RetryBaseDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(5), RecvWindow = TimeSpan.FromSeconds(1), ReconcileSettleMargin = TimeSpan.FromMilliseconds(200) };
        configure?.Invoke(options);
        var logs = new CollectingLoggerProvider();
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var client = BinanceHttpClientFactory.Create(server.BaseAddress, options, loggerFactory: loggerFactory);
        return new Harness(server, client, options, logs, loggerFactory);
    }

    public HttpClient NewClient() => BinanceHttpClientFactory.Create(Server.BaseAddress, Options, loggerFactory: LoggerFactory);

    public static string LimitOrder(string clientOrderId, string price = "29000") =>
        $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={price}&quantity=0.001&newClientOrderId={clientOrderId}";

    public async Task<(int Status, JsonElement Json, HttpResponseMessage Response)> SendAsync(HttpMethod method, string pathAndQuery, HttpClient? client = null)
    {
        var response = await (client ?? Client).SendAsync(new HttpRequestMessage(method, pathAndQuery));
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    public int Orders(string clientOrderId) => Server.AcceptedOrders().Count(o => o.ClientOrderId == clientOrderId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        LoggerFactory.Dispose();
        await Server.DisposeAsync();
    }
}
