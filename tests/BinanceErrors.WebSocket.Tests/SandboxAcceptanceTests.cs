using BinanceErrors.Http;
using BinanceErrors.Sandbox;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// The client against the sandbox's Spot WebSocket API (<see cref="SandboxServer.WebSocketAddress"/>): the faults that
/// make an order's outcome unknown, bans, revocation and shutdown, each ending with the order on the exchange exactly once.
/// </summary>
public sealed class SandboxAcceptanceTests
{
    private static BinanceClientOptions Options() => new()
    {
        Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret"),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        ReconcileSettleMargin = TimeSpan.FromMilliseconds(100),
    };

    private static KeyValuePair<string, string>[] Buy(string clientOrderId) =>
    [
        new("symbol", "BTCUSDT"), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"),
        new("price", "20000"), new("quantity", "0.01"), new("newClientOrderId", clientOrderId),
    ];

    private static BinanceWebSocketClient Client(SandboxServer server, BinanceLimitRegistry registry, BinanceClientOptions? options = null) =>
        new(server.WebSocketAddress!, options ?? Options(), Harness.Fast(), registry);

    [Fact]
    public async Task DropAfterTheOrderIsAccepted_IsSettledByLookUp_TheOrderExistsOnce()
    {
        await using var server = await SandboxServer.StartAsync();
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.AfterExecution, Abort = true, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);

        var placed = await client.PlaceOrderAsync(Buy("drop-1"));

        placed.Reconciliation.ShouldBe("found");
        placed.Result.GetProperty("clientOrderId").GetString().ShouldBe("drop-1");
        server.AcceptedOrders().Count(o => o.ClientOrderId == "drop-1").ShouldBe(1);
        server.RequestCount("WS", "order.place").ShouldBe(1);
    }

    [Fact]
    public async Task FiveXxAfterExecution_IsSettledByLookUp_TheOrderExistsOnce()
    {
        await using var server = await SandboxServer.StartAsync();
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);

        var placed = await client.PlaceOrderAsync(Buy("5xx-1"));

        placed.Reconciliation.ShouldBe("found");
        server.AcceptedOrders().Count(o => o.ClientOrderId == "5xx-1").ShouldBe(1);
        server.RequestCount("WS", "order.place").ShouldBe(1);
    }

    [Fact]
    public async Task LateExecution_IsNeverResentBlindly_TheOrderExistsOnce()
    {
        await using var server = await SandboxServer.StartAsync();

        // Told 503 at once; the order reaches the engine 600 ms later.
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 600, Status = 503, Code = -1007, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);

        var placed = await client.PlaceOrderAsync(Buy("late-1"));

        placed.IsSuccess.ShouldBeTrue();
        placed.Reconciliation.ShouldNotBeNull();
        server.AcceptedOrders().Count(o => o.ClientOrderId == "late-1").ShouldBe(1);
    }

    [Fact]
    public async Task BanThatClosesTheSocket_HaltsWebSocketAndRestOnTheIp()
    {
        await using var server = await SandboxServer.StartAsync();
        server.AddFault(new FaultRule { Method = "WS", Path = "account.status", BanSeconds = 120, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);
        using var rest = BinanceHttpClientFactory.Create(server.BaseAddress, Options(), registry: registry);

        var banned = await client.SendAsync("account.status");
        banned.Status.ShouldBe(418);

        var wsBefore = server.RequestCount("WS", "order.place");
        var restBefore = server.RequestCount("GET", "/api/v3/time");
        await Should.ThrowAsync<BinanceRateLimitException>(() => client.PlaceOrderAsync(Buy("after-ban")));
        await Should.ThrowAsync<BinanceRateLimitException>(() => rest.GetAsync("/api/v3/time"));
        server.RequestCount("WS", "order.place").ShouldBe(wsBefore);
        server.RequestCount("GET", "/api/v3/time").ShouldBe(restBefore);
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Fact]
    public async Task RevokedKey_FailsTheCallAsAnAuthenticationError_WithoutRetrying()
    {
        await using var server = await SandboxServer.StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);
        (await client.GetAccountStatusAsync()).IsSuccess.ShouldBeTrue();

        server.RevokeApiKey("sandboxkey");
        var before = server.RequestCount("WS", "account.status");

        var thrown = await Should.ThrowAsync<BinanceAuthenticationException>(() => client.GetAccountStatusAsync());
        thrown.Error.Code.ShouldBe(-2015);
        server.RequestCount("WS", "account.status").ShouldBe(before + 1);
    }

    [Fact]
    public async Task ServerShutdown_WhileOrdersFlow_LosesNoneAndDuplicatesNone()
    {
        await using var server = await SandboxServer.StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = Client(server, registry);
        var replaced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Session.Reconnected = _ =>
        {
            replaced.TrySetResult();
            return Task.CompletedTask;
        };
        await client.ConnectAsync();

        var orders = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            if (i == 10)
            {
                server.WebSocketServerShutdown();
            }

            return await client.PlaceOrderAsync(Buy("shutdown-" + i));
        })).ToArray();
        var answers = await Task.WhenAll(orders);

        answers.ShouldAllBe(a => a.IsSuccess);
        var accepted = server.AcceptedOrders().Where(o => o.ClientOrderId!.StartsWith("shutdown-", StringComparison.Ordinal)).ToList();
        accepted.Count.ShouldBe(40);
        accepted.Select(o => o.ClientOrderId).Distinct().Count().ShouldBe(40);
        // The replacement opens beside the orders, not before them: the 40 may all be answered first.
        await replaced.Task.WaitAsync(TimeSpan.FromSeconds(30));
        client.ConnectionsOpened.ShouldBeGreaterThanOrEqualTo(2);
    }
}
