using System.Text.Json;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>
/// A sandbox on loopback and a client built with the real handler chain, the way users build theirs, on one
/// <see cref="SteppedTimeProvider"/> shared by the sandbox and the clients, and with a limit registry of its own.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    public const string ApiKey = "sandboxkey";
    public const string Secret = "sandbox-secret";

    private Harness(SandboxServer server, HttpClient client, BinanceClientOptions options, CollectingLoggerProvider logs, ILoggerFactory loggerFactory, SteppedTimeProvider time, BinanceLimitRegistry registry)
    {
        Time = time;
        Registry = registry;
        Server = server;
        Client = client;
        Options = options;
        Logs = logs;
        LoggerFactory = loggerFactory;
    }

    public SandboxServer Server { get; }

    public SteppedTimeProvider Time { get; }

    public BinanceLimitRegistry Registry { get; }

    public HttpClient Client { get; }

    public BinanceClientOptions Options { get; }

    public CollectingLoggerProvider Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public static async Task<Harness> StartAsync(SandboxOptions? sandbox = null, Action<BinanceClientOptions>? configure = null)
    {
        var time = new SteppedTimeProvider();
        var server = await SandboxServer.StartAsync((sandbox ?? new SandboxOptions()) with { TimeProvider = time });

        // Attempts never time out on the fake clock (dropped connections fail at once); retries back off by the
        // exchange's Retry-After, which the test steps to.
        var options = NewOptions(time, BinanceCredentials.Hmac(ApiKey, Secret));
        configure?.Invoke(options);
        var logs = new CollectingLoggerProvider();
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var registry = new BinanceLimitRegistry();
        var client = BinanceHttpClientFactory.Create(server.BaseAddress, options, loggerFactory: loggerFactory, registry: registry);
        return new Harness(server, client, options, logs, loggerFactory, time, registry);
    }

    public static BinanceClientOptions NewOptions(TimeProvider time, BinanceCredentials? credentials) => new()
    {
        Credentials = credentials,
        RetryBaseDelay = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromMinutes(5),

        // A short recvWindow and settle margin keep the wait before a proven-absent resend near one (fake) second.
        RecvWindow = TimeSpan.FromSeconds(1),
        ReconcileSettleMargin = TimeSpan.FromMilliseconds(200),
        TimeProvider = time,
        LearnLimitsFromExchange = false,
    };

    /// <summary>Another client of the same registry (the same process), with the harness's options or others.</summary>
    public HttpClient NewClient(BinanceClientOptions? options = null) =>
        BinanceHttpClientFactory.Create(Server.BaseAddress, options ?? Options, loggerFactory: LoggerFactory, registry: Registry);

    public static string LimitOrder(string clientOrderId, string price = "29000") =>
        $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={price}&quantity=0.001&newClientOrderId={clientOrderId}";

    public async Task<(int Status, JsonElement Json, HttpResponseMessage Response)> SendAsync(HttpMethod method, string pathAndQuery, HttpClient? client = null)
    {
        var response = await Time.DriveAsync((client ?? Client).SendAsync(new HttpRequestMessage(method, pathAndQuery)));
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    public int Orders(string clientOrderId) => Server.AcceptedOrders().Count(o => o.ClientOrderId == clientOrderId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Registry.Dispose();
        LoggerFactory.Dispose();
        await Server.DisposeAsync();
    }
}
