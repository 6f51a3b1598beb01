using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// USDⓈ-M and COIN-M on one server, as the exchange integrates them since 2026-06-30: one position mode per account
/// (a change on either venue applies to both; -4067/-4068 while either has open orders or positions) and one limit pool
/// per IP and per account for <c>/fapi</c> and <c>/dapi</c>.
/// </summary>
public sealed class FuturesVenuesTogetherTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static Task<SandboxServer> StartAsync(SandboxOptions? options = null) =>
        SandboxServer.StartAsync((options ?? new SandboxOptions()) with { Venue = SandboxVenue.UsdM, AlsoServe = [SandboxVenue.CoinM] });

    [Fact]
    public async Task PositionMode_IsOneSettingForBothVenues()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var order = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=1");
        order.Status.ShouldBe(200, order.Body);

        var refused = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/positionSide/dual", "dualSidePosition=true");
        refused.Code.ShouldBe(-4067, "an open COIN-M order holds the shared position mode");
        refused.Msg.ShouldBe("Position side cannot be changed if there exists open orders.");

        (await client.SignedAsync(HttpMethod.Delete, "/dapi/v1/allOpenOrders", "symbol=BTCUSD_PERP")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=1")).Status.ShouldBe(200);
        var withPosition = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/positionSide/dual", "dualSidePosition=true");
        withPosition.Code.ShouldBe(-4068, "a COIN-M position holds it too");
        withPosition.Msg.ShouldBe("Position side cannot be changed if there exists position.");

        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=MARKET&quantity=1&reduceOnly=true")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/positionSide/dual", "dualSidePosition=true")).Json.GetProperty("code").GetInt32().ShouldBe(200);

        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/positionSide/dual", "")).Json.GetProperty("dualSidePosition").GetBoolean().ShouldBeTrue();
        var same = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/positionSide/dual", "dualSidePosition=true");
        same.Code.ShouldBe(-4059, "the change made on /fapi is already COIN-M's");
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/positionRisk", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(2, "Hedge Mode shows LONG and SHORT");
        var oneWay = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=1");
        oneWay.Code.ShouldBe(-4061, "Hedge Mode needs positionSide on COIN-M too");
    }

    [Fact]
    public async Task FapiAndDapi_DrawOnOneLimitPool()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await StartAsync(new SandboxOptions { TimeProvider = clock, RateLimits = SandboxLimitTests.Limits(3, 2) });
        using var client = SandboxClient.Hmac(server);

        (await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1");
        (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("2", "one IP weight pool for both venues");

        var usdm = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01");
        usdm.Header("X-MBX-ORDER-COUNT-10S").ShouldBe("1");
        var coinm = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=1");
        coinm.Header("X-MBX-ORDER-COUNT-10S").ShouldBe("2", "one order pool per account for both venues");

        var third = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=1");
        third.Code.ShouldBe(-1015, "the USDⓈ-M order used the pool's second slot");
        (await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("3");
        var limited = await client.PublicAsync(HttpMethod.Get, "/dapi/v1/ping");
        limited.Status.ShouldBe(429, "the weight of /fapi counted against /dapi");
        limited.Msg.ShouldStartWith("Too many requests; current limit is 3 requests per minute.");
        server.AcceptedOrders().Count.ShouldBe(2);
    }

    [Fact]
    public void Spot_IsServedAlone()
    {
        Should.Throw<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.Spot, AlsoServe = [SandboxVenue.CoinM] }))
            .Message.ShouldContain("Spot is served by a server of its own");
    }
}
