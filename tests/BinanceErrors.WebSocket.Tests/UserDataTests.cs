using BinanceErrors.Http;

namespace BinanceErrors.WebSocket.Tests;

public sealed class UserDataTests
{
    [Fact]
    public async Task ExecutionReports_AreTyped_RejectionsClassifiedAsTheirMinus2010Text_ExpiriesNotErrors()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        await client.SubscribeUserDataAsync();
        var subscribe = fixture.Requests.Single(r => r.Method == "userDataStream.subscribe.signature");
        WebSocketApiFixture.SignatureValid(subscribe.Params, subscribe.Get("signature")!).ShouldBeTrue();

        var connection = subscribe.Connection;
        await connection.SendAsync(DocFrames.Fill(DocFrames.ExecutionReport, "-", "accepted-1"));
        await connection.SendAsync(DocFrames.Fill(DocFrames.ExecutionReport, "-", "poor-1")
            .Replace("\"x\": \"NEW\"", "\"x\": \"REJECTED\"", StringComparison.Ordinal)
            .Replace("\"X\": \"NEW\"", "\"X\": \"REJECTED\"", StringComparison.Ordinal)
            .Replace("\"r\": \"NONE\"", "\"r\": \"INSUFFICIENT_BALANCES\"", StringComparison.Ordinal));
        await connection.SendAsync(DocFrames.Fill(DocFrames.ExecutionReport, "-", "ioc-1")
            .Replace("\"x\": \"NEW\"", "\"x\": \"EXPIRED\"", StringComparison.Ordinal)
            .Replace("\"X\": \"NEW\"", "\"X\": \"EXPIRED\"", StringComparison.Ordinal)
            .Replace("\"V\": \"NONE\"", "\"V\": \"NONE\", \"eR\": \"UNFILLED_IOC_QUANTITY_EXPIRED\"", StringComparison.Ordinal));

        var accepted = await NextOrderAsync(client);
        accepted.ClientOrderId.ShouldBe("accepted-1");
        accepted.Status.ShouldBe("NEW");
        accepted.OrderId.ShouldBe(4293153);
        accepted.Rejection.ShouldBeNull();

        var rejected = await NextOrderAsync(client);
        rejected.RejectReason.ShouldBe("INSUFFICIENT_BALANCES");
        var asRest = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""", intent: RequestIntent.PlaceOrder);
        rejected.Rejection!.Kind.ShouldBe(asRest.Kind);
        rejected.Rejection.Kind.ShouldBe(BinanceErrorKind.InsufficientBalance);
        rejected.Rejection.Advice.ShouldBe(asRest.Advice);

        var expired = await NextOrderAsync(client);
        expired.Rejection.ShouldBeNull();
        expired.Expiry!.Reason.ShouldBe(OrderExpiryReason.UnfilledIocQuantityExpired);
    }

    [Fact]
    public async Task LostAnswer_IsSettledFromUserDataFirst_ThenTheGapIsCoveredByASnapshot()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = async request =>
        {
            if (request.Method != "order.place")
            {
                return false;
            }

            // The order is accepted and reported on the stream; the answer is lost with the connection (closed rather
            // than reset, so that the event already sent is not discarded with the reset).
            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.ExecutionReport, "-", request.Get("newClientOrderId")));
            await request.Connection.CloseAsync("going away");
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);
        await client.SubscribeUserDataAsync();

        var response = await client.PlaceOrderAsync(Harness.LimitSell("streamed-1"));

        response.Reconciliation.ShouldBe("found in user data");
        response.Result.GetProperty("clientOrderId").GetString().ShouldBe("streamed-1");
        response.Result.GetProperty("orderId").GetInt64().ShouldBe(4293153);
        fixture.Count("order.place").ShouldBe(1);
        fixture.Count("order.status").ShouldBe(0);

        // The connection was reopened at once, subscribed again, and the open orders read for the gap.
        var events = new List<BinanceUserDataEvent>();
        await foreach (var e in client.UserData.ReadAllAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token))
        {
            events.Add(e);
            if (e.EventType == BinanceUserDataEvent.OpenOrdersSnapshot)
            {
                break;
            }
        }

        events[0].Order!.ClientOrderId.ShouldBe("streamed-1");
        fixture.Count("userDataStream.subscribe.signature").ShouldBe(2);
        fixture.Requests.Last(r => r.Method == "userDataStream.subscribe.signature").Connection.Number.ShouldBe(2);
        fixture.Requests.Single(r => r.Method == "openOrders.status").Connection.Number.ShouldBe(2);
    }

    private static async Task<BinanceOrderUpdate> NextOrderAsync(BinanceWebSocketClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var e = await client.UserData.ReadAsync(timeout.Token);
            if (e.Order is { } order)
            {
                return order;
            }
        }
    }
}
