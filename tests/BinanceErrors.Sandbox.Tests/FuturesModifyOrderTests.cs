using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Order amendment: <c>PUT /fapi/v1/order</c> and <c>order.modify</c> (and <c>PUT /dapi/v1/order</c>): LIMIT orders
/// only, the order keeps its ids and goes to the back of the queue, <c>ORDER_TRADE_UPDATE</c> with
/// <c>x = AMENDMENT</c>, and the documented rejections (-2013, -5027, -5029, the filters), each leaving the order as it was.
/// </summary>
public sealed class FuturesModifyOrderTests
{
    private static readonly SandboxOptions TwoAccounts = new()
    {
        Venue = SandboxVenue.UsdM,
        ApiKeys = [new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" }, new SandboxApiKey { ApiKey = "takerkey", HmacSecret = "taker-secret" }],
    };

    [Fact]
    public async Task AnAmendedOrder_KeepsItsId_LosesItsPlaceInTheQueue_AndIsReportedAsAnAmendment()
    {
        await using var server = await SandboxServer.StartAsync(TwoAccounts);
        using var rest = SandboxClient.Hmac(server);
        using var taker = SandboxClient.Hmac(server, "takerkey", "taker-secret");
        var key = (await rest.RawAsync(HttpMethod.Post, "/fapi/v1/listenKey", "sandboxkey")).Json.GetProperty("listenKey").GetString()!;
        await using var stream = await WsApiClient.ConnectAsync(server, "/private/ws", query: "listenKey=" + key);

        // Two bids at 95000, above the house's best bid and below its best ask: first-1 is first in the queue.
        var first = await Place(rest, "first-1", "BUY", "95000", "0.01");
        await Place(rest, "second-1", "BUY", "95000", "0.01");
        var amended = await rest.SignedAsync(HttpMethod.Put, "/fapi/v1/order", $"symbol=BTCUSDT&orderId={first}&side=BUY&quantity=0.02&price=95000");
        amended.Status.ShouldBe(200, amended.Body);
        (amended.Json.GetProperty("orderId").GetInt64(), amended.Json.GetProperty("clientOrderId").GetString(), amended.Json.GetProperty("status").GetString()).ShouldBe((first, "first-1", "NEW"));
        (amended.Json.GetProperty("origQty").GetString(), amended.Json.GetProperty("price").GetString()).ShouldBe(("0.020", "95000.00"));
        amended.Header("X-MBX-ORDER-COUNT-1M").ShouldBe("3", "an amendment counts one order (and no weight)");

        var events = new List<JsonElement>();
        while (events.Count == 0 || events[^1].GetProperty("x").GetString() != "AMENDMENT")
        {
            events.Add((await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o"));
        }

        var amendment = events[^1];
        (amendment.GetProperty("i").GetInt64(), amendment.GetProperty("c").GetString(), amendment.GetProperty("X").GetString(), amendment.GetProperty("q").GetString(), amendment.GetProperty("p").GetString()).ShouldBe((first, "first-1", "NEW", "0.02", "95000"));

        // A seller meets second-1 first: the amended order went to the back of its level.
        (await Place(taker, "seller-1", "SELL", "95000", "0.01")).ShouldBeGreaterThan(0);
        (await Status(rest, "second-1")).ShouldBe(("FILLED", "0.010"));
        (await Status(rest, "first-1")).ShouldBe(("NEW", "0.000"));
    }

    [Fact]
    public async Task RefusedAmendments_AnswerTheDocumentedErrors_AndLeaveTheOrderAsItWas()
    {
        await using var server = await SandboxServer.StartAsync(TwoAccounts);
        using var rest = SandboxClient.Hmac(server);
        var id = await Place(rest, "keep-1", "BUY", "90000", "0.01");

        await Refused(rest, $"orderId={id}&side=BUY&quantity=0.01&price=90000", -5027, "No need to modify the order.");
        await Refused(rest, "orderId=123456789&side=BUY&quantity=0.01&price=90001", -2013, "Order does not exist.");
        await Refused(rest, $"orderId={id}&side=BUY&quantity=0.001&price=90000", -5029, "Order's notional must be no smaller than 100");
        await Refused(rest, $"orderId={id}&side=BUY&quantity=0.01&price=90000.05", -4014, "Price not increased by tick size.");
        await Refused(rest, $"orderId={id}&side=SELL&quantity=0.01&price=90001", -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed.");
        (await Status(rest, "keep-1")).ShouldBe(("NEW", "0.000"));
        var order = (await rest.SignedAsync(HttpMethod.Get, "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=keep-1")).Json;
        (order.GetProperty("price").GetString(), order.GetProperty("origQty").GetString()).ShouldBe(("90000.00", "0.010"));

        var filled = await Place(rest, "filled-1", "BUY", "99000", "0.002");
        await Refused(rest, $"orderId={filled}&side=BUY&quantity=0.003&price=99000", -2013, "Order does not exist.");
    }

    [Fact]
    public async Task AnAmendmentThatCrosses_Trades_AndOneThatCannotStand_CancelsTheOrder()
    {
        await using var server = await SandboxServer.StartAsync(TwoAccounts);
        using var rest = SandboxClient.Hmac(server);
        using var taker = SandboxClient.Hmac(server, "takerkey", "taker-secret");

        var crossing = await Place(rest, "cross-1", "BUY", "90000", "0.002");
        var crossed = await rest.SignedAsync(HttpMethod.Put, "/fapi/v1/order", $"symbol=BTCUSDT&orderId={crossing}&side=BUY&quantity=0.002&price=95100");
        (crossed.Json.GetProperty("status").GetString(), crossed.Json.GetProperty("executedQty").GetString()).ShouldBe(("FILLED", "0.002"), crossed.Body);

        var postOnly = (await rest.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&price=90000&quantity=0.002&newClientOrderId=gtx-1")).Json.GetProperty("orderId").GetInt64();
        var taking = await rest.SignedAsync(HttpMethod.Put, "/fapi/v1/order", $"symbol=BTCUSDT&orderId={postOnly}&side=BUY&quantity=0.002&price=95100");
        taking.Json.GetProperty("status").GetString().ShouldBe("CANCELED", "a post-only order whose new price would take is cancelled by the amendment");

        var partly = await Place(rest, "partly-1", "BUY", "95000", "0.003");
        await Place(taker, "seller-2", "SELL", "95000", "0.002");
        (await Status(rest, "partly-1")).ShouldBe(("PARTIALLY_FILLED", "0.002"));
        var shrunk = await rest.SignedAsync(HttpMethod.Put, "/fapi/v1/order", $"symbol=BTCUSDT&orderId={partly}&side=BUY&quantity=0.002&price=95000");
        (shrunk.Json.GetProperty("status").GetString(), shrunk.Json.GetProperty("executedQty").GetString()).ShouldBe(("CANCELED", "0.002"), "a new quantity not above the filled one cancels the order");
    }

    [Fact]
    public async Task OrderModify_OverWsFapi_TakesTheDocumentedRequest()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        await using var ws = await WsApiClient.ConnectAsync(server, "/ws-fapi/v1");
        var placed = await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "99000"), ("quantity", "0.01"), ("newClientOrderId", "wsm-1"));
        var orderId = placed.GetProperty("result").GetProperty("orderId").GetInt64();

        // The parameters of the documented request (Modify-Order): origType and positionSide are sent along.
        var modified = await ws.SignedAsync("order.modify", ("orderId", orderId), ("origType", "LIMIT"), ("positionSide", "BOTH"), ("price", "98000.5"), ("priceMatch", "NONE"), ("quantity", "0.011"), ("side", "SELL"), ("symbol", "BTCUSDT"));
        modified.GetProperty("status").GetInt32().ShouldBe(200, modified.ToString());
        var result = modified.GetProperty("result");
        (result.GetProperty("orderId").GetInt64(), result.GetProperty("price").GetString(), result.GetProperty("origQty").GetString(), result.GetProperty("status").GetString()).ShouldBe((orderId, "98000.50", "0.011", "NEW"));
        modified.GetProperty("rateLimits").EnumerateArray().Where(l => l.GetProperty("rateLimitType").GetString() == "ORDERS").ShouldNotBeEmpty();

        var same = await ws.SignedAsync("order.modify", ("orderId", orderId), ("price", "98000.5"), ("quantity", "0.011"), ("side", "SELL"), ("symbol", "BTCUSDT"));
        (same.GetProperty("status").GetInt32(), same.GetProperty("error").GetProperty("code").GetInt32(), same.GetProperty("error").GetProperty("msg").GetString()).ShouldBe((400, -5027, "No need to modify the order."));
    }

    [Fact]
    public async Task CoinM_PutDapiOrder_KeepsWhatIsNotSent()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.CoinM });
        using var rest = SandboxClient.Hmac(server);
        var id = (await rest.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=60000&quantity=2&newClientOrderId=cm-1")).Json.GetProperty("orderId").GetInt64();

        var repriced = await rest.SignedAsync(HttpMethod.Put, "/dapi/v1/order", $"symbol=BTCUSD_PERP&orderId={id}&side=BUY&price=61000");
        repriced.Status.ShouldBe(200, repriced.Body);
        (repriced.Json.GetProperty("price").GetString(), repriced.Json.GetProperty("origQty").GetString()).ShouldBe(("61000.0", "2"));
        var same = await rest.SignedAsync(HttpMethod.Put, "/dapi/v1/order", $"symbol=BTCUSD_PERP&orderId={id}&side=BUY&quantity=2");
        (same.Status, same.Code, same.Msg).ShouldBe((400, -4197, "No need to modify the order."));
    }

    private static async Task<long> Place(SandboxClient client, string clientId, string side, string price, string quantity)
    {
        var placed = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", $"symbol=BTCUSDT&side={side}&type=LIMIT&timeInForce=GTC&price={price}&quantity={quantity}&newClientOrderId={clientId}");
        placed.Status.ShouldBe(200, placed.Body);
        return placed.Json.GetProperty("orderId").GetInt64();
    }

    private static async Task<(string Status, string Executed)> Status(SandboxClient client, string clientId)
    {
        var order = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=" + clientId)).Json;
        return (order.GetProperty("status").GetString()!, order.GetProperty("executedQty").GetString()!);
    }

    private static async Task Refused(SandboxClient client, string query, int code, string message)
    {
        var answer = await client.SignedAsync(HttpMethod.Put, "/fapi/v1/order", "symbol=BTCUSDT&" + query);
        (answer.Status, answer.Code, answer.Msg).ShouldBe((400, code, message), query);
    }

    private static async Task<JsonElement> NextAsync(WsApiClient stream, string type)
    {
        while (true)
        {
            var frame = (await stream.ReceiveAsync()) ?? throw new InvalidOperationException("The stream closed while waiting for " + type);
            if (frame.GetProperty("e").GetString() == type)
            {
                return frame;
            }
        }
    }
}
