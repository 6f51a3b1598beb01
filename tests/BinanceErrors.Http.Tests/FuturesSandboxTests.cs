using System.Text.Json;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// The USDⓈ-M sandbox driven through the real pipeline (Kestrel on loopback, HttpClient, HMAC signatures): the
/// exchange's codes and texts, margin and position arithmetic in exact decimals, batches, algo orders on the mark
/// price, and reconciliation after injected 5XX answers. House quotes sit 0.05 % apart around the mark price, so
/// BTCUSDT at mark 95000 has its best ask at 95047.5 and its best bid at 94952.5.
/// </summary>
public sealed class FuturesSandboxTests
{
    private static Task<Harness> StartAsync(SandboxOptions? sandbox = null) =>
        Harness.StartAsync((sandbox ?? new SandboxOptions()) with { Venue = SandboxVenue.UsdM }, o => o.Venue = BinanceVenue.UsdMFutures);

    private static async Task<JsonElement> OkAsync(Harness harness, HttpMethod method, string path)
    {
        var (status, json, _) = await harness.SendAsync(method, path);
        status.ShouldBe(200, json.ToString());
        return json;
    }

    private static async Task RejectedAsync(Harness harness, HttpMethod method, string path, int code, string message, int status = 400)
    {
        var (actual, json, _) = await harness.SendAsync(method, path);
        actual.ShouldBe(status, json.ToString());
        json.GetProperty("code").GetInt32().ShouldBe(code);
        json.GetProperty("msg").GetString().ShouldBe(message);
    }

    [Fact]
    public async Task PublicEndpoints_AnswerInTheFuturesShapes()
    {
        await using var harness = await StartAsync();

        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/ping")).ValueKind.ShouldBe(JsonValueKind.Object);
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/time")).GetProperty("serverTime").GetInt64().ShouldBeGreaterThan(0);
        var info = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/exchangeInfo");
        info.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldContain("BTCUSDT");
        var premium = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/premiumIndex?symbol=BTCUSDT");
        premium.GetProperty("markPrice").GetString().ShouldBe("95000.00000000");
        var depth = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/depth?symbol=BTCUSDT&limit=5");
        depth.GetProperty("asks")[0][0].GetString().ShouldBe("95047.50");
        depth.GetProperty("bids")[0][0].GetString().ShouldBe("94952.50");
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/ticker/price")).GetArrayLength().ShouldBeGreaterThan(1);
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(404, "the USDⓈ-M sandbox serves /fapi only");
    }

    [Fact]
    public async Task Rejections_HaveTheExchangeCodesAndTexts()
    {
        await using var harness = await StartAsync();

        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&type=STOP_MARKET&stopPrice=94000&quantity=0.01",
            -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.001",
            -4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.01&reduceOnly=true",
            -2022, "ReduceOnly Order is rejected.");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&price=95100&quantity=0.01",
            -5022, "Due to the order could not be executed as maker, the Post Only order will be rejected.");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/leverage?symbol=BTCUSDT&leverage=200", -4028, "Leverage 200 is not valid");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/marginType?symbol=BTCUSDT&marginType=CROSSED", -4046, "No need to change margin type.");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/positionSide/dual?dualSidePosition=false", -4059, "No need to change position side.");
        await RejectedAsync(harness, HttpMethod.Get, "/fapi/v1/order?symbol=BTCUSDT&origClientOrderId=nope", -2013, "Order does not exist.");
        await RejectedAsync(harness, HttpMethod.Delete, "/fapi/v1/order?symbol=BTCUSDT&origClientOrderId=nope", -2013, "Order does not exist.");
        harness.Server.AcceptedOrders().ShouldBeEmpty("no rejected order leaves a trace");
    }

    [Fact]
    public async Task InitialMargin_IsNotionalOverLeverage_AndMinus2019WhenItExceedsTheAvailableBalance()
    {
        var sandbox = new SandboxOptions { ApiKeys = [new SandboxApiKey { ApiKey = Harness.ApiKey, HmacSecret = Harness.Secret, Balances = new Dictionary<string, decimal> { ["USDT"] = 1000m } }] };
        await using var harness = await StartAsync(sandbox);

        (await OkAsync(harness, HttpMethod.Post, "/fapi/v1/leverage?symbol=BTCUSDT&leverage=10")).GetProperty("leverage").GetInt32().ShouldBe(10);
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000.1&quantity=0.01&newClientOrderId=m1");

        var account = await OkAsync(harness, HttpMethod.Get, "/fapi/v2/account");
        account.GetProperty("totalOpenOrderInitialMargin").GetString().ShouldBe("94.00010000", "0.01 × 94000.1 / 10");
        account.GetProperty("availableBalance").GetString().ShouldBe("905.99990000");

        // 0.1 × 94000 / 10 = 940 > 905.9999: refused, and nothing is left behind.
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.1",
            -2019, "Margin is insufficient.");
        // 0.09 × 94000 / 10 = 846: fits.
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.09");
        harness.Server.AcceptedOrders().Count.ShouldBe(2);
    }

    [Fact]
    public async Task PositionAndRealizedProfit_AreExact_AndCommissionGoesIntoTheWallet()
    {
        await using var harness = await StartAsync();

        var buy = await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&newOrderRespType=RESULT");
        buy.GetProperty("status").GetString().ShouldBe("FILLED");
        buy.GetProperty("avgPrice").GetString().ShouldBe("95047.50000");

        harness.Server.SetMarkPrice("BTCUSDT", 98000m);
        var risk = (await OkAsync(harness, HttpMethod.Get, "/fapi/v2/positionRisk?symbol=BTCUSDT"))[0];
        risk.GetProperty("positionAmt").GetString().ShouldBe("0.01");
        risk.GetProperty("entryPrice").GetString().ShouldBe("95047.5");
        risk.GetProperty("unRealizedProfit").GetString().ShouldBe("29.52500000", "0.01 × (98000 − 95047.5)");

        // Reduce-only is exempt from MIN_NOTIONAL (0.001 × 97951 < 100), and closes at the house bid 97951.0.
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&reduceOnly=true");
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.009&reduceOnly=true");

        var trades = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/userTrades?symbol=BTCUSDT");
        trades.EnumerateArray().Select(t => t.GetProperty("realizedPnl").GetString()).ShouldBe(["0.00000000", "2.90350000", "26.13150000"]);
        trades[0].GetProperty("commission").GetString().ShouldBe("0.47523750", "0.01 × 95047.5 × 0.0005");

        // 100000 − 0.4752375 + 2.9035 + 26.1315 − 0.0489755 − 0.4407795 = 100028.0700075
        harness.Server.FuturesWalletBalance(Harness.ApiKey).ShouldBe(100028.0700075m);
        var balance = (await OkAsync(harness, HttpMethod.Get, "/fapi/v2/balance")).EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT");
        balance.GetProperty("balance").GetString().ShouldBe("100028.07000750");
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v3/positionRisk")).GetArrayLength().ShouldBe(0, "v3 lists open positions only");
    }

    [Fact]
    public async Task HedgeMode_NeedsPositionSide_AndClosingMoreThanThePositionIsRejected()
    {
        await using var harness = await StartAsync();

        (await OkAsync(harness, HttpMethod.Post, "/fapi/v1/positionSide/dual?dualSidePosition=true")).GetProperty("msg").GetString().ShouldBe("success");
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/positionSide/dual")).GetProperty("dualSidePosition").GetBoolean().ShouldBeTrue();
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01",
            -4061, "Order's position side does not match user's setting.");

        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&positionSide=LONG&type=MARKET&quantity=0.01");
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&positionSide=SHORT&type=MARKET&quantity=0.02");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=SELL&positionSide=LONG&type=MARKET&quantity=0.02",
            -2022, "ReduceOnly Order is rejected.");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/positionSide/dual?dualSidePosition=false",
            -4068, "Position side cannot be changed if there exists position.");

        var sides = (await OkAsync(harness, HttpMethod.Get, "/fapi/v2/positionRisk?symbol=BTCUSDT")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("positionSide").GetString()!, p => p.GetProperty("positionAmt").GetString());
        sides["LONG"].ShouldBe("0.01");
        sides["SHORT"].ShouldBe("-0.02");
    }

    [Fact]
    public async Task BatchOrders_AnswerPerElement_InsideHttp200()
    {
        await using var harness = await StartAsync();
        var batch = Uri.EscapeDataString("""
            [{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"94000","quantity":"0.01","newClientOrderId":"b1"},
             {"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"94000","quantity":"0.001","newClientOrderId":"b2"},
             {"symbol":"BTCUSDT","side":"SELL","type":"STOP_MARKET","stopPrice":"94000","quantity":"0.01"},
             {"symbol":"ETHUSDT","side":"SELL","type":"LIMIT","timeInForce":"GTC","price":"3300","quantity":"0.1","newClientOrderId":"b4"}]
            """);

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, "/fapi/v1/batchOrders?batchOrders=" + batch);

        status.ShouldBe(200);
        json.GetArrayLength().ShouldBe(4);
        json[0].GetProperty("clientOrderId").GetString().ShouldBe("b1");
        json[1].GetProperty("code").GetInt32().ShouldBe(-4164);
        json[2].GetProperty("code").GetInt32().ShouldBe(-4120);
        json[3].GetProperty("status").GetString().ShouldBe("NEW");
        harness.Server.AcceptedOrders().Select(o => o.ClientOrderId).ShouldBe(["b1", "b4"]);
        response.Headers.GetValues("X-MBX-ORDER-COUNT-10S").Single().ShouldBe("4");
        response.Headers.GetValues("X-MBX-ORDER-COUNT-1M").Single().ShouldBe("4");

        var tooMany = Uri.EscapeDataString("[" + string.Join(',', Enumerable.Repeat("""{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"0.01"}""", 6)) + "]");
        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/batchOrders?batchOrders=" + tooMany, -4082, "Invalid number of batch place orders.");
    }

    [Fact]
    public async Task AlgoStop_TriggersOnTheMarkPrice_AndClosesThePosition()
    {
        await using var harness = await StartAsync();
        await OkAsync(harness, HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01");

        await RejectedAsync(harness, HttpMethod.Post, "/fapi/v1/algoOrder?algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=96000&workingType=MARK_PRICE&closePosition=true",
            -2021, "Order would immediately trigger.");
        var algo = await OkAsync(harness, HttpMethod.Post, "/fapi/v1/algoOrder?algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=93500&workingType=MARK_PRICE&closePosition=true&clientAlgoId=stop1");
        algo.GetProperty("algoStatus").GetString().ShouldBe("NEW");
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/openAlgoOrders?symbol=BTCUSDT")).GetArrayLength().ShouldBe(1);

        harness.Server.SetMarkPrice("BTCUSDT", 93600m);
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v1/algoOrder?clientAlgoId=stop1")).GetProperty("algoStatus").GetString().ShouldBe("NEW");

        harness.Server.SetMarkPrice("BTCUSDT", 93400m);
        var triggered = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/algoOrder?clientAlgoId=stop1");
        triggered.GetProperty("algoStatus").GetString().ShouldBe("FINISHED");
        var orderId = triggered.GetProperty("actualOrderId").GetString()!;
        var order = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/order?symbol=BTCUSDT&orderId=" + orderId);
        order.GetProperty("origType").GetString().ShouldBe("STOP_MARKET");
        order.GetProperty("status").GetString().ShouldBe("FILLED");
        order.GetProperty("avgPrice").GetString().ShouldBe("93353.30000", "the house bid at mark 93400 is 93400 × 0.9995 on the tick");
        (await OkAsync(harness, HttpMethod.Get, "/fapi/v3/positionRisk")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task FuturesOrder_After503ExecutionUnknown_IsReconciledByOrigClientOrderId()
    {
        await using var harness = await StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1000, Message = "Unknown error, please check your request or try again later." });

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01&newClientOrderId=fut-1");

        status.ShouldBe(200);
        response.Headers.GetValues(BinanceResilienceHandler.ReconciledHeader).Single().ShouldBe("found");
        json.GetProperty("clientOrderId").GetString().ShouldBe("fut-1");
        harness.Orders("fut-1").ShouldBe(1);
        harness.Server.RequestCount("POST", "/fapi/v1/order").ShouldBe(1);
        harness.Server.RequestCount("GET", "/fapi/v1/order").ShouldBe(1);
    }

    [Fact]
    public async Task AlgoOrder_After5XX_IsReconciledByClientAlgoId_AndResentOnlyWhenMissing()
    {
        await using var harness = await StartAsync();
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/algoOrder", Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 });
        const string Stop = "/fapi/v1/algoOrder?algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=90000&quantity=0.01&reduceOnly=true&clientAlgoId=";

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, Stop + "algo-after");

        status.ShouldBe(200);
        response.Headers.GetValues(BinanceResilienceHandler.ReconciledHeader).Single().ShouldBe("found");
        json.GetProperty("clientAlgoId").GetString().ShouldBe("algo-after");
        harness.Orders("algo-after").ShouldBe(1);
        harness.Server.RequestCount("GET", "/fapi/v1/algoOrder").ShouldBe(1);

        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/algoOrder", Count = 1, Timing = FaultTiming.BeforeExecution, Status = 503, Message = "Service Unavailable." });
        (status, json, _) = await harness.SendAsync(HttpMethod.Post, Stop + "algo-before");

        status.ShouldBe(200);
        json.GetProperty("clientAlgoId").GetString().ShouldBe("algo-before");
        harness.Orders("algo-before").ShouldBe(1);
    }

    [Fact]
    public async Task Headers_AreTheUsdMOnes()
    {
        await using var harness = await StartAsync();

        var (_, _, first) = await harness.SendAsync(HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01");
        var (_, _, second) = await harness.SendAsync(HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01");

        first.Headers.GetValues("X-MBX-ORDER-COUNT-10S").Single().ShouldBe("1");
        second.Headers.GetValues("X-MBX-ORDER-COUNT-10S").Single().ShouldBe("2");
        second.Headers.GetValues("X-MBX-ORDER-COUNT-1M").Single().ShouldBe("2");
        second.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single().ShouldBe(first.Headers.GetValues("X-MBX-USED-WEIGHT-1M").Single(), "a new order weighs 0 on the IP limit");
        var limits = await OkAsync(harness, HttpMethod.Get, "/fapi/v1/exchangeInfo");
        limits.GetProperty("rateLimits").EnumerateArray().Select(l => l.GetProperty("limit").GetInt32()).ShouldBe([2400, 1200, 300]);
    }
}
