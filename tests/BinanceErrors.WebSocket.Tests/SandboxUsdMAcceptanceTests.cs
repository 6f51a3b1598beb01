using BinanceErrors.Http;
using BinanceErrors.Sandbox;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// The client against the sandbox's USDⓈ-M WebSocket API (<c>/ws-fapi/v1</c>) and its listenKey user-data stream
/// (<c>/private/ws</c>): lost answers settled exactly once, events typed from the stream, <c>order.modify</c>, and a
/// ban that closes the socket halting REST on the IP too.
/// </summary>
public sealed class SandboxUsdMAcceptanceTests
{
    private static BinanceClientOptions Options() => new()
    {
        Venue = BinanceVenue.UsdMFutures,
        Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret"),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        ReconcileSettleMargin = TimeSpan.FromMilliseconds(100),
    };

    private static KeyValuePair<string, string>[] Buy(string clientOrderId, string price = "90000") =>
    [
        new("symbol", "BTCUSDT"), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"),
        new("price", price), new("quantity", "0.01"), new("newClientOrderId", clientOrderId),
    ];

    private static Task<SandboxServer> StartAsync() => SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, -1007)]
    [InlineData(false, -1006)]
    public async Task AnswerLostAfterExecution_IsSettledByLookUp_TheOrderExistsOnce(bool drop, int? code)
    {
        await using var server = await StartAsync();
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.AfterExecution, Abort = drop, Status = drop ? null : 503, Code = code, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = new BinanceWebSocketClient(server.WebSocketAddress!, Options(), Harness.Fast(), registry);

        var placed = await client.PlaceOrderAsync(Buy("fapi-lost-1"));

        placed.Reconciliation.ShouldBe("found");
        placed.Result.GetProperty("clientOrderId").GetString().ShouldBe("fapi-lost-1");
        server.AcceptedOrders().Count(o => o.ClientOrderId == "fapi-lost-1").ShouldBe(1);
        server.RequestCount("WS", "order.place").ShouldBe(1, "looked up, never sent again");
    }

    [Fact]
    public async Task ListenKeyStream_FromTheSandbox_DeliversTypedOrderUpdates_AndSettlesALostAnswer()
    {
        await using var server = await StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = new BinanceWebSocketClient(server.WebSocketAddress!, Options(), Harness.Fast(), registry);

        await client.SubscribeUserDataAsync();

        server.ListenKeys().ShouldHaveSingleItem().ApiKey.ShouldBe("sandboxkey");
        server.ListenKeyStreams.ShouldBe(1, "the stream is open at /private/ws before SubscribeUserDataAsync returns");
        await client.PlaceOrderAsync(Buy("fapi-ud-1"));
        var update = await NextOrderAsync(client, "fapi-ud-1");
        update.Symbol.ShouldBe("BTCUSDT");
        update.Status.ShouldBe("NEW");
        update.Rejection.ShouldBeNull();

        // The answer is lost with the connection; the order is settled (from the stream or by order.status) once.
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.AfterExecution, Abort = true, Count = 1 });
        var placed = await client.PlaceOrderAsync(Buy("fapi-ud-2"));
        // Which of the two settles it is a race the exchange decides too (the event can come before the drop is seen).
        placed.Reconciliation.ShouldBeOneOf("found in user data", "found");
        server.AcceptedOrders().Count(o => o.ClientOrderId == "fapi-ud-2").ShouldBe(1);
        server.RequestCount("WS", "order.place").ShouldBe(2);
        (await NextOrderAsync(client, "fapi-ud-2")).Status.ShouldBe("NEW");
    }

    [Fact]
    public async Task OrderModify_ChangesTheRestingOrdersPrice_AndTheStreamSaysAmendment()
    {
        await using var server = await StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = new BinanceWebSocketClient(server.WebSocketAddress!, Options(), Harness.Fast(), registry);
        await client.SubscribeUserDataAsync();
        await client.PlaceOrderAsync(Buy("fapi-mod-1"));

        var modified = await client.ModifyOrderAsync([new("symbol", "BTCUSDT"), new("side", "BUY"), new("origClientOrderId", "fapi-mod-1"), new("quantity", "0.01"), new("price", "89000")]);

        modified.Result.GetProperty("price").GetString().ShouldBe("89000.00");
        var status = await client.GetOrderAsync("BTCUSDT", clientOrderId: "fapi-mod-1");
        status.Result.GetProperty("price").GetString().ShouldBe("89000.00");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var e = await client.UserData.ReadAsync(timeout.Token);
            if (e.Order is { ClientOrderId: "fapi-mod-1", ExecutionType: "AMENDMENT" })
            {
                break;
            }
        }

        server.AcceptedOrders().Count(o => o.ClientOrderId == "fapi-mod-1").ShouldBe(1);
    }

    [Fact]
    public async Task BanThatClosesTheSocket_HaltsWebSocketAndRestOnTheIp()
    {
        await using var server = await StartAsync();
        server.AddFault(new FaultRule { Method = "WS", Path = "account.status", BanSeconds = 120, Count = 1 });
        using var registry = new BinanceLimitRegistry();
        await using var client = new BinanceWebSocketClient(server.WebSocketAddress!, Options(), Harness.Fast(), registry);
        using var rest = BinanceHttpClientFactory.Create(server.BaseAddress, Options(), registry: registry);

        (await client.SendAsync("account.status")).Status.ShouldBe(418);

        var (wsBefore, restBefore) = (server.RequestCount("WS", "order.place"), server.RequestCount("GET", "/fapi/v1/time"));
        await Should.ThrowAsync<BinanceRateLimitException>(() => client.PlaceOrderAsync(Buy("fapi-after-ban")));
        await Should.ThrowAsync<BinanceRateLimitException>(() => rest.GetAsync("/fapi/v1/time"));
        server.RequestCount("WS", "order.place").ShouldBe(wsBefore);
        server.RequestCount("GET", "/fapi/v1/time").ShouldBe(restBefore);
        server.AcceptedOrders().ShouldBeEmpty();
    }

    private static async Task<BinanceOrderUpdate> NextOrderAsync(BinanceWebSocketClient client, string clientOrderId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var e = await client.UserData.ReadAsync(timeout.Token);
            if (e.Order is { } order && order.ClientOrderId == clientOrderId)
            {
                return order;
            }
        }
    }
}
