using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>The USDⓈ-M sandbox with raw signed requests: the matching engine's recvWindow, limits, 503 bodies, mark price walk, account switches.</summary>
public sealed class FuturesSandboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static Task<SandboxServer> StartAsync(SandboxOptions? options = null) =>
        SandboxServer.StartAsync((options ?? new SandboxOptions()) with { Venue = SandboxVenue.UsdM });

    private const string Limit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01";

    [Fact]
    public async Task RequestDelayedPastTheGateway_IsRefusedByTheMatchingEngine_With5028()
    {
        // A clock that stands still: the request reaches the gateway at its own timestamp however loaded the machine
        // is, and 400 ms pass on the server between the gateway and the matching engine (a clock-shift fault).
        var clock = new ManualTimeProvider(Start);
        await using var server = await StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/order", Count = 1, ClockShiftMs = 400 });

        var late = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit + "&recvWindow=200");

        late.Status.ShouldBe(400);
        late.Code.ShouldBe(-5028);
        late.Msg.ShouldBe("Timestamp for this request is outside of the ME recvWindow.");
        server.AcceptedOrders().ShouldBeEmpty();
        client.ClockOffsetMs = 400;
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit + "&recvWindow=200")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task OverTheWeightLimit_429ThenBan418()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await StartAsync(new SandboxOptions { TimeProvider = clock, ViolationsBeforeBan = 2, RateLimits = SandboxLimitTests.Limits(3, 300) });
        using var client = SandboxClient.Hmac(server);

        for (var i = 1; i <= 3; i++)
        {
            (await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var limited = await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping");
        limited.Status.ShouldBe(429);
        limited.Code.ShouldBe(-1003);
        limited.Msg.ShouldStartWith("Too many requests; current limit is 3 requests per minute.");
        (await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping")).Status.ShouldBe(429);
        var banned = await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping");
        banned.Status.ShouldBe(418);
        banned.Msg.ShouldStartWith("Way too many requests; IP banned until ");
    }

    [Theory]
    [InlineData("Unknown error, please check your request or try again later.", BinanceErrorKind.ExecutionUnknown)]
    [InlineData("Service Unavailable.", BinanceErrorKind.ServiceUnavailable)]
    public async Task Futures503Texts_AreFaults_ThatClassifyAsTheyMean(string text, BinanceErrorKind kind)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/order", Count = 1, Status = 503, Message = text });

        var response = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit);

        response.Status.ShouldBe(503);
        response.Body.ShouldBe($$"""{"msg":"{{text}}"}""");
        BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 503, System.Text.Encoding.UTF8.GetBytes(response.Body), default, RequestIntent.PlaceOrder).Kind.ShouldBe(kind);
    }

    [Fact]
    public async Task MarkPriceWalk_IsSeeded_AndMovesWithTheClock()
    {
        var clockA = new ManualTimeProvider(Start);
        var clockB = new ManualTimeProvider(Start);
        await using var a = await StartAsync(new SandboxOptions { TimeProvider = clockA, MarkPriceWalk = new FuturesMarkWalk(7) });
        await using var b = await StartAsync(new SandboxOptions { TimeProvider = clockB, MarkPriceWalk = new FuturesMarkWalk(7) });

        a.MarkPrice("BTCUSDT").ShouldBe(95000m);
        clockA.Advance(TimeSpan.FromSeconds(30));
        clockB.Advance(TimeSpan.FromSeconds(30));

        var moved = a.MarkPrice("BTCUSDT");
        moved.ShouldNotBe(95000m);
        b.MarkPrice("BTCUSDT").ShouldBe(moved, "the same seed walks the same path");
        (moved % 0.1m).ShouldBe(0m, "mark prices stay on the tick");
    }

    [Fact]
    public async Task PositionModeAndMarginType_CannotChange_WithOpenOrders()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit)).Status.ShouldBe(200);

        var mode = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/positionSide/dual", "dualSidePosition=true");
        mode.Code.ShouldBe(-4067);
        mode.Msg.ShouldBe("Position side cannot be changed if there exists open orders.");
        var margin = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/marginType", "symbol=BTCUSDT&marginType=ISOLATED");
        margin.Code.ShouldBe(-4047);
        margin.Msg.ShouldBe("Margin type cannot be changed if there exists open orders.");

        (await client.SignedAsync(HttpMethod.Delete, "/fapi/v1/allOpenOrders", "symbol=BTCUSDT")).Json.GetProperty("code").GetInt32().ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/marginType", "symbol=BTCUSDT&marginType=ISOLATED")).Json.GetProperty("msg").GetString().ShouldBe("success");
        var risk = await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT");
        risk.Json[0].GetProperty("marginType").GetString().ShouldBe("isolated");
    }

    [Fact]
    public async Task PostOnlyThatRests_AndFillOrKillThatCannotFill()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var gtx = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTX&price=95100&quantity=0.01&newOrderRespType=RESULT");
        gtx.Json.GetProperty("status").GetString().ShouldBe("NEW");
        var fok = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=FOK&price=95047.5&quantity=5");
        fok.Code.ShouldBe(-5021);
        fok.Msg.ShouldBe("Due to the order could not be filled immediately, the FOK order has been rejected.");
        var ioc = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&price=95047.5&quantity=5&newOrderRespType=RESULT");
        ioc.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        ioc.Json.GetProperty("executedQty").GetString().ShouldBe("0.526", "one house level: 50000 USDT / 95000 on the 0.001 step");
    }

    [Fact]
    public async Task RsaAndEd25519Keys_SignFuturesRequests_AndATamperedQueryIsRefused()
    {
        using var rsa = Keys.NewRsa();
        var (edPrivate, edPublic) = Keys.NewEd25519();
        await using var server = await StartAsync(new SandboxOptions
        {
            ApiKeys = [new SandboxApiKey { ApiKey = "rsakey", RsaPublicKeyPem = Keys.PublicPem(rsa) }, new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = edPublic }],
        });
        using var rsaClient = SandboxClient.Rsa(server, "rsakey", rsa);
        using var edClient = SandboxClient.Ed25519(server, "edkey", edPrivate);

        (await rsaClient.SignedAsync(HttpMethod.Get, "/fapi/v3/account", "")).Status.ShouldBe(200);
        (await edClient.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit)).Status.ShouldBe(200);
        var query = Limit + "&timestamp=" + edClient.Now.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tampered = await edClient.RawAsync(HttpMethod.Post, "/fapi/v1/order?" + query.Replace("0.01", "0.02", StringComparison.Ordinal) + "&signature=" + edClient.Sign(query), "edkey");
        tampered.Code.ShouldBe(-1022);
        tampered.Msg.ShouldBe("Signature for this request is not valid.");
        server.AcceptedOrders().Count.ShouldBe(1);
    }

    [Fact]
    public async Task DelayedExecution_OnFapi_RunsTheOrderLater_WhileTheClientHeard503()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/fapi/v1/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 200, Status = 503, Message = "Unknown error, please check your request or try again later." });

        var answer = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", Limit + "&newClientOrderId=late-1");

        answer.Status.ShouldBe(503);
        for (var i = 0; i < 100 && server.AcceptedOrders().Count == 0; i++)
        {
            await Task.Delay(50);
        }

        server.AcceptedOrders().Single().ClientOrderId.ShouldBe("late-1");
    }
}
