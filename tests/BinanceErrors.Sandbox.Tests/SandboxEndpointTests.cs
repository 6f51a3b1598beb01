using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>Every endpoint's happy path over real HTTP on loopback, with the exchange's field names and string decimals.</summary>
public sealed class SandboxEndpointTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _client = SandboxClient.Hmac(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void Server_ListensOnLoopbackWithAnEphemeralPort()
    {
        _server.BaseAddress.Host.ShouldBe("127.0.0.1");
        _server.BaseAddress.Port.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task PingAndTime()
    {
        var ping = await _client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        ping.Status.ShouldBe(200);
        ping.Body.ShouldBe("{}");
        ping.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1");
        ping.ContentType!.MediaType.ShouldBe("application/json");

        var time = await _client.PublicAsync(HttpMethod.Get, "/api/v3/time");
        time.Json.GetProperty("serverTime").GetInt64().ShouldBeInRange(_client.Now - 5000, _client.Now + 5000);
    }

    [Fact]
    public async Task ExchangeInfo_AllAndFiltered()
    {
        var all = await _client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo");
        all.Status.ShouldBe(200);
        all.Json.GetProperty("symbols").GetArrayLength().ShouldBe(5);
        all.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("20");

        var one = await _client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=ETHBTC");
        one.Json.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldBe(["ETHBTC"]);

        var many = await _client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", SandboxClient.Query(("symbols", """["BTCUSDT","BNBUSDT"]""")));
        many.Json.GetProperty("symbols").GetArrayLength().ShouldBe(2);

        var unknown = await _client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=NOPE");
        unknown.Status.ShouldBe(400);
        unknown.Code.ShouldBe(-1121);
        unknown.Msg.ShouldBe("Invalid symbol.");
    }

    [Fact]
    public async Task MarketData_DepthTickersAvgPrice()
    {
        var depth = await _client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT&limit=5");
        depth.Status.ShouldBe(200);
        depth.Json.GetProperty("bids").GetArrayLength().ShouldBe(5);
        depth.Json.GetProperty("asks")[0][0].GetString().ShouldBe("30003.00000000");
        depth.Json.GetProperty("bids")[0][0].GetString().ShouldBe("29997.00000000");

        var price = await _client.PublicAsync(HttpMethod.Get, "/api/v3/ticker/price", "symbol=BTCUSDT");
        price.Json.GetProperty("price").GetString().ShouldBe("30000.00000000");
        var prices = await _client.PublicAsync(HttpMethod.Get, "/api/v3/ticker/price");
        prices.Json.GetArrayLength().ShouldBe(5);

        var book = await _client.PublicAsync(HttpMethod.Get, "/api/v3/ticker/bookTicker", "symbol=ETHUSDT");
        book.Json.GetProperty("bidPrice").GetString().ShouldBe("2999.70000000");
        book.Json.GetProperty("askPrice").GetString().ShouldBe("3000.30000000");

        var avg = await _client.PublicAsync(HttpMethod.Get, "/api/v3/avgPrice", "symbol=BTCUSDT");
        avg.Json.GetProperty("mins").GetInt32().ShouldBe(5);
        avg.Json.GetProperty("price").GetString().ShouldBe("30000.00000000");
    }

    [Theory]
    [InlineData("ACK", new[] { "symbol", "orderId", "orderListId", "clientOrderId", "transactTime" })]
    [InlineData("RESULT", new[] { "symbol", "orderId", "orderListId", "clientOrderId", "transactTime", "price", "origQty", "executedQty", "origQuoteOrderQty", "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "workingTime", "selfTradePreventionMode" })]
    [InlineData("FULL", new[] { "symbol", "orderId", "orderListId", "clientOrderId", "transactTime", "price", "origQty", "executedQty", "origQuoteOrderQty", "cummulativeQuoteQty", "status", "timeInForce", "type", "side", "workingTime", "selfTradePreventionMode", "fills" })]
    public async Task NewOrder_ResponseTypes_HaveTheDocumentedFields(string responseType, string[] fields)
    {
        var response = await _client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newOrderRespType", responseType), ("newClientOrderId", "resp-" + responseType));

        response.Status.ShouldBe(200, response.Body);
        response.Json.EnumerateObject().Select(p => p.Name).ShouldBe(fields);
        response.Json.GetProperty("clientOrderId").GetString().ShouldBe("resp-" + responseType);
        response.Header("X-MBX-ORDER-COUNT-10S").ShouldNotBeNull();
        response.Header("X-MBX-ORDER-COUNT-1D").ShouldNotBeNull();
    }

    [Fact]
    public async Task OrderLifecycle_QueryOpenAllCancelAccountTrades()
    {
        var placed = await _client.PlaceAsync(("symbol", "ETHUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "2900"), ("quantity", "0.01"), ("newClientOrderId", "life-1"));
        placed.Status.ShouldBe(200, placed.Body);
        var orderId = placed.Json.GetProperty("orderId").GetInt64();

        var byId = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", $"symbol=ETHUSDT&orderId={orderId}");
        byId.Status.ShouldBe(200, byId.Body);
        byId.Json.GetProperty("status").GetString().ShouldBe("NEW");
        byId.Json.GetProperty("isWorking").GetBoolean().ShouldBeTrue();
        var byClientId = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=ETHUSDT&origClientOrderId=life-1");
        byClientId.Json.GetProperty("orderId").GetInt64().ShouldBe(orderId);

        var open = await _client.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=ETHUSDT");
        open.Json.GetArrayLength().ShouldBe(1);
        open.Header("X-MBX-USED-WEIGHT-1M").ShouldNotBeNull();

        var account = await _client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        var usdt = account.Json.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT");
        usdt.GetProperty("locked").GetString().ShouldBe("29.00000000");
        usdt.GetProperty("free").GetString().ShouldBe("99971.00000000");

        var canceled = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/order", $"symbol=ETHUSDT&orderId={orderId}");
        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Json.GetProperty("status").GetString().ShouldBe("CANCELED");
        canceled.Json.GetProperty("origClientOrderId").GetString().ShouldBe("life-1");

        var after = await _client.SignedAsync(HttpMethod.Get, "/api/v3/account", "omitZeroBalances=true");
        after.Json.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT")
            .GetProperty("locked").GetString().ShouldBe("0.00000000");

        var all = await _client.SignedAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=ETHUSDT");
        all.Json.GetArrayLength().ShouldBe(1);

        var market = await _client.PlaceAsync(("symbol", "ETHUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.1"));
        market.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        var trades = await _client.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=ETHUSDT");
        trades.Json.GetArrayLength().ShouldBe(1);
        trades.Json[0].GetProperty("isBuyer").GetBoolean().ShouldBeFalse();
        trades.Json[0].GetProperty("commissionAsset").GetString().ShouldBe("USDT");
    }

    [Fact]
    public async Task OrderTest_ValidatesWithoutPlacing()
    {
        var test = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001");
        test.Status.ShouldBe(200, test.Body);
        test.Body.ShouldBe("{}");
        _server.AcceptedOrders().ShouldBeEmpty();

        var bad = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.000015");
        bad.Code.ShouldBe(-1013);
        bad.Msg.ShouldBe("Filter failure: LOT_SIZE");
    }

    [Fact]
    public async Task CancelAllOpenOrders_AndRateLimitOrder()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _client.PlaceAsync(("symbol", "BNBUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "500"), ("quantity", "0.1"))).Status.ShouldBe(200);
        }

        var canceled = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/openOrders", "symbol=BNBUSDT");
        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Json.GetArrayLength().ShouldBe(3);

        var none = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/openOrders", "symbol=BNBUSDT");
        none.Code.ShouldBe(-2011);
        none.Msg.ShouldBe("Unknown order sent.");

        var limits = await _client.SignedAsync(HttpMethod.Get, "/api/v3/rateLimit/order", "");
        limits.Status.ShouldBe(200);
        limits.Json[0].GetProperty("rateLimitType").GetString().ShouldBe("ORDERS");
        limits.Json[0].GetProperty("interval").GetString().ShouldBe("SECOND");
        limits.Json[0].GetProperty("intervalNum").GetInt32().ShouldBe(10);
        limits.Json[0].GetProperty("count").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task CancelReplace_SuccessAndBothFailureShapes()
    {
        var placed = await _client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "cr-1"));
        placed.Status.ShouldBe(200);

        var ok = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=28000&quantity=0.001&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=cr-1");
        ok.Status.ShouldBe(200, ok.Body);
        ok.Json.GetProperty("cancelResult").GetString().ShouldBe("SUCCESS");
        ok.Json.GetProperty("newOrderResult").GetString().ShouldBe("SUCCESS");
        ok.Json.GetProperty("cancelResponse").GetProperty("status").GetString().ShouldBe("CANCELED");

        var failed = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=28000&quantity=0.001&cancelReplaceMode=STOP_ON_FAILURE&cancelOrigClientOrderId=no-such");
        failed.Status.ShouldBe(400);
        failed.Code.ShouldBe(-2022);
        failed.Msg.ShouldBe("Order cancel-replace failed.");
        failed.Json.GetProperty("data").GetProperty("newOrderResult").GetString().ShouldBe("NOT_ATTEMPTED");
        failed.Json.GetProperty("data").GetProperty("cancelResponse").GetProperty("msg").GetString().ShouldBe("Unknown order sent.");

        var partial = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=28000&quantity=0.001&cancelReplaceMode=ALLOW_FAILURE&cancelOrigClientOrderId=no-such");
        partial.Status.ShouldBe(409);
        partial.Code.ShouldBe(-2021);
        partial.Msg.ShouldBe("Order cancel-replace partially failed.");
        partial.Json.GetProperty("data").GetProperty("newOrderResult").GetString().ShouldBe("SUCCESS");
    }

    [Fact]
    public async Task UnknownRoute_IsNotA500()
    {
        var response = await _client.PublicAsync(HttpMethod.Get, "/api/v3/nothing");

        response.Status.ShouldBe(404);
        response.Code.ShouldBe(-1020);
        response.Msg.ShouldBe("This operation is not supported.");
    }
}
