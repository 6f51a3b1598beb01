using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Spot order lists in the sandbox: OCO, OTO and OTOCO placements in the shapes of the Spot REST docs, their legs in
/// the matching engine (an OCO leg that executes expires the other; an OTO's pending leg works once the working leg
/// fills), look-ups, cancels, and faults on list placements.
/// </summary>
public sealed class SandboxOrderListTests
{
    // BTCUSDT's house book: last 30000, best bid 29997, best ask 30003.
    private static readonly (string, string)[] SellOco =
    [
        ("symbol", "BTCUSDT"), ("side", "SELL"), ("quantity", "0.001"), ("listClientOrderId", "oco-1"),
        ("aboveType", "LIMIT_MAKER"), ("abovePrice", "30001"), ("aboveClientOrderId", "oco-1-tp"),
        ("belowType", "STOP_LOSS_LIMIT"), ("belowPrice", "28900"), ("belowStopPrice", "29000"), ("belowTimeInForce", "GTC"), ("belowClientOrderId", "oco-1-sl"),
    ];

    [Fact]
    public async Task Oco_HasTheDocumentedShape_AndOneLegFillingExpiresTheOther()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(SellOco));

        placed.Status.ShouldBe(200, placed.Body);
        var list = placed.Json;
        Names(list).ShouldBe(["orderListId", "contingencyType", "listStatusType", "listOrderStatus", "listClientOrderId", "transactionTime", "symbol", "orders", "orderReports"]);
        list.GetProperty("contingencyType").GetString().ShouldBe("OCO");
        list.GetProperty("listStatusType").GetString().ShouldBe("EXEC_STARTED");
        list.GetProperty("listOrderStatus").GetString().ShouldBe("EXECUTING");
        list.GetProperty("listClientOrderId").GetString().ShouldBe("oco-1");
        var listId = list.GetProperty("orderListId").GetInt64();
        list.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ShouldBe(["oco-1-tp", "oco-1-sl"]);
        Names(list.GetProperty("orders")[0]).ShouldBe(["symbol", "orderId", "clientOrderId"]);
        list.GetProperty("orderReports").EnumerateArray().ShouldAllBe(r => r.GetProperty("orderListId").GetInt64() == listId);

        var byClientId = await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=oco-1");
        byClientId.Json.GetProperty("orderListId").GetInt64().ShouldBe(listId);
        byClientId.Json.TryGetProperty("orderReports", out _).ShouldBeFalse("the query sends orders, not orderReports");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", $"orderListId={listId}")).Json.GetProperty("listClientOrderId").GetString().ShouldBe("oco-1");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/openOrderList", string.Empty)).Json.GetArrayLength().ShouldBe(1);
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=oco-1-tp")).Json.GetProperty("orderListId").GetInt64().ShouldBe(listId);

        // Our own BUY at the maker leg's price fills it (self-trade prevention NONE): the stop leg expires, the list is done.
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30001"), ("quantity", "0.001"), ("selfTradePreventionMode", "NONE"))).Status.ShouldBe(200);

        (await Order(client, "oco-1-tp")).ShouldBe("FILLED");
        (await Order(client, "oco-1-sl")).ShouldBe("EXPIRED");
        var done = (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=oco-1")).Json;
        done.GetProperty("listOrderStatus").GetString().ShouldBe("ALL_DONE");
        done.GetProperty("listStatusType").GetString().ShouldBe("ALL_DONE");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/openOrderList", string.Empty)).Json.GetArrayLength().ShouldBe(0);
        server.AcceptedOrderLists().ShouldHaveSingleItem().ListOrderStatus.ShouldBe("ALL_DONE");
    }

    [Fact]
    public async Task OcoStopLeg_Triggering_ExpiresTheMakerLeg()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("side", "SELL"), ("quantity", "0.001"), ("listClientOrderId", "oco-stop"),
            ("aboveType", "LIMIT_MAKER"), ("abovePrice", "31000"), ("aboveClientOrderId", "stop-tp"),
            ("belowType", "STOP_LOSS"), ("belowStopPrice", "29990"), ("belowClientOrderId", "stop-sl")))).Status.ShouldBe(200);

        // A SELL MARKET walks the bids down past 29990: the stop triggers and sells at market.
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.5"))).Status.ShouldBe(200);

        (await Order(client, "stop-sl")).ShouldBe("FILLED");
        (await Order(client, "stop-tp")).ShouldBe("EXPIRED");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=oco-stop")).Json.GetProperty("listOrderStatus").GetString().ShouldBe("ALL_DONE");
    }

    [Fact]
    public async Task Oto_PendingLegWaits_ThenWorksWhenTheWorkingLegFills()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oto", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("listClientOrderId", "oto-1"), ("newOrderRespType", "RESULT"),
            ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", "29999"), ("workingQuantity", "0.001"), ("workingTimeInForce", "GTC"), ("workingClientOrderId", "oto-w"),
            ("pendingType", "LIMIT_MAKER"), ("pendingSide", "SELL"), ("pendingPrice", "31000"), ("pendingQuantity", "0.001"), ("pendingClientOrderId", "oto-p")));

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("contingencyType").GetString().ShouldBe("OTO");
        var reports = placed.Json.GetProperty("orderReports");
        reports[0].GetProperty("status").GetString().ShouldBe("NEW");
        reports[1].GetProperty("status").GetString().ShouldBe("PENDING_NEW");
        reports[1].GetProperty("workingTime").GetInt64().ShouldBe(-1);
        (await Order(client, "oto-p")).ShouldBe("PENDING_NEW");

        // Our SELL MARKET hits the best bid, which is the working leg.
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.001"), ("selfTradePreventionMode", "NONE"))).Status.ShouldBe(200);

        (await Order(client, "oto-w")).ShouldBe("FILLED");
        (await Order(client, "oto-p")).ShouldBe("NEW");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=oto-1")).Json.GetProperty("listOrderStatus").GetString().ShouldBe("EXECUTING");
    }

    [Fact]
    public async Task Otoco_WorkingLegFillsAtOnce_ThenThePendingPairIsAnOco()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        // The working BUY crosses the best ask and fills at once; the pending pair starts working.
        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/otoco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("listClientOrderId", "otoco-fill"),
            ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", "30010"), ("workingQuantity", "0.001"), ("workingTimeInForce", "GTC"), ("workingClientOrderId", "of-w"),
            ("pendingSide", "SELL"), ("pendingQuantity", "0.001"),
            ("pendingAboveType", "LIMIT_MAKER"), ("pendingAbovePrice", "31000"), ("pendingAboveClientOrderId", "of-tp"),
            ("pendingBelowType", "STOP_LOSS"), ("pendingBelowStopPrice", "29990"), ("pendingBelowClientOrderId", "of-sl")));
        placed.Status.ShouldBe(200, placed.Body);
        (await Order(client, "of-w")).ShouldBe("FILLED");
        (await Order(client, "of-tp")).ShouldBe("NEW");
        (await Order(client, "of-sl")).ShouldBe("NEW");

        // Selling into the bids triggers the stop: it fills and the maker leg expires; the list is done.
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.5"))).Status.ShouldBe(200);

        (await Order(client, "of-sl")).ShouldBe("FILLED");
        (await Order(client, "of-tp")).ShouldBe("EXPIRED");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=otoco-fill")).Json.GetProperty("listOrderStatus").GetString().ShouldBe("ALL_DONE");
    }

    [Fact]
    public async Task Otoco_Cancel_CancelsEveryLeg_ThenUnknownListAnswers()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/otoco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("listClientOrderId", "otoco-1"),
            ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", "29000"), ("workingQuantity", "0.001"), ("workingTimeInForce", "GTC"),
            ("pendingSide", "SELL"), ("pendingQuantity", "0.001"),
            ("pendingAboveType", "LIMIT_MAKER"), ("pendingAbovePrice", "31000"),
            ("pendingBelowType", "STOP_LOSS"), ("pendingBelowStopPrice", "28000")));
        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("orders").GetArrayLength().ShouldBe(3);

        var canceled = await client.SignedAsync(HttpMethod.Delete, "/api/v3/orderList", "symbol=BTCUSDT&listClientOrderId=otoco-1");

        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Json.GetProperty("listOrderStatus").GetString().ShouldBe("ALL_DONE");
        canceled.Json.GetProperty("orderReports").EnumerateArray().ShouldAllBe(r => r.GetProperty("status").GetString() == "CANCELED");
        var again = await client.SignedAsync(HttpMethod.Delete, "/api/v3/orderList", "symbol=BTCUSDT&listClientOrderId=otoco-1");
        (again.Status, again.Code, again.Msg).ShouldBe((400, -2011, "Unknown order list sent."));
        var missing = await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=never-sent");
        (missing.Status, missing.Code, missing.Msg).ShouldBe((400, -2018, "Order list does not exist."));
        server.Balances("sandboxkey").Where(b => b.Locked != 0).ShouldBeEmpty("a canceled list frees what it locked");
    }

    [Fact]
    public async Task LegacyOco_PlacesTheSameList_StopLegFirst()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/oco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("side", "SELL"), ("quantity", "0.001"), ("listClientOrderId", "legacy-1"),
            ("price", "31000"), ("limitClientOrderId", "legacy-tp"), ("stopPrice", "29000"), ("stopLimitPrice", "28900"), ("stopLimitTimeInForce", "GTC"), ("stopClientOrderId", "legacy-sl")));

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("contingencyType").GetString().ShouldBe("OCO");
        placed.Json.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ShouldBe(["legacy-sl", "legacy-tp"]);
        var types = placed.Json.GetProperty("orderReports").EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ToArray();
        types.ShouldBe(["legacy-sl", "legacy-tp"]);
        var wrongSide = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/oco", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("side", "SELL"), ("quantity", "0.001"), ("price", "29500"), ("stopPrice", "29000")));
        (wrongSide.Code, wrongSide.Msg).ShouldBe((-2010, "The relationship of the prices for the orders is not correct."));
    }

    [Fact]
    public async Task MaxNumOrderLists_CountsExecutingLists()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        for (var i = 0; i < 20; i++)
        {
            var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oto", SandboxClient.Query(
                ("symbol", "BTCUSDT"), ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", "29000"), ("workingQuantity", "0.001"), ("workingTimeInForce", "GTC"),
                ("pendingType", "LIMIT_MAKER"), ("pendingSide", "SELL"), ("pendingPrice", "31000"), ("pendingQuantity", "0.001")));
            placed.Status.ShouldBe(200, placed.Body);
        }

        var refused = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(SellOco));

        (refused.Status, refused.Code, refused.Msg).ShouldBe((400, -1013, "Filter failure: MAX_NUM_ORDER_LISTS"));
        server.AcceptedOrderLists().Count.ShouldBe(20);
    }

    [Theory]
    [InlineData("abovePrice", "29990", -2010, "The relationship of the prices for the orders is not correct.")]
    [InlineData("aboveType", "STOP_LOSS", -1197, "A stop loss order in a sell OCO must be below.")]
    [InlineData("belowType", "LIMIT_MAKER", -1168, "At least one OCO order must be contingent.")]
    [InlineData("aboveType", "LIMIT", -1158, "Order type not supported in OCO.")]
    public async Task Oco_IsValidatedByThePreflightRules(string parameter, string value, int code, string message)
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var parameters = SellOco.Select(p => p.Item1 == parameter ? (p.Item1, value) : p).ToArray();

        var refused = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(parameters));

        (refused.Status, refused.Code, refused.Msg).ShouldBe((400, code, message), refused.Body);
        server.AcceptedOrderLists().ShouldBeEmpty();
    }

    [Fact]
    public async Task DelayedExecution_AppliesToListPlacements()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/orderList/oco", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 1000, Status = 503, Code = -1007 });

        var answer = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oco", SandboxClient.Query(SellOco));

        (answer.Status, answer.Code).ShouldBe((503, -1007));
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", "origClientOrderId=oco-1")).Code.ShouldBe(-2018, "held back: invisible");
        time.Advance(TimeSpan.FromMilliseconds(1000));
        server.AcceptedOrderLists().ShouldHaveSingleItem().ListClientOrderId.ShouldBe("oco-1");
        server.AcceptedOrders().Count.ShouldBe(2);
    }

    private static async Task<string> Order(SandboxClient client, string clientOrderId)
    {
        var response = await client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=" + clientOrderId);
        response.Status.ShouldBe(200, response.Body);
        return response.Json.GetProperty("status").GetString()!;
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
