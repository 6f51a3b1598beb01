using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Since 2026-06-30 USDⓈ-M and COIN-M share one IP weight pool and one order pool per account: a COIN-M client
/// (<c>/dapi</c>) and a USDⓈ-M client (<c>/fapi</c>) of one registry and IP group reserve in the same windows and stop
/// together on a 429. There is no COIN-M sandbox yet, so the COIN-M client's requests go to the USDⓈ-M sandbox, which
/// answers them 404 -1020: what is tested is that they were reserved before they left and that the USDⓈ-M client then
/// refuses locally (the sandbox never sees its request), while a Spot client of the same host keeps a pool of its own.
/// </summary>
public sealed class FuturesLimitPoolTests
{
    private const string IpGroup = "egress-a";

    [Theory]
    [InlineData(BinanceVenue.UsdMFutures, "fapi.binance.com", "usdm/binance.com")]
    [InlineData(BinanceVenue.CoinMFutures, "dapi.binance.com", "usdm/binance.com")]
    [InlineData(BinanceVenue.CoinMFutures, "testnet.binancefuture.com", "usdm/testnet.binancefuture.com")]
    [InlineData(BinanceVenue.UsdMFutures, "testnet.binancefuture.com", "usdm/testnet.binancefuture.com")]
    [InlineData(BinanceVenue.CoinMFutures, "127.0.0.1:5000", "usdm/127.0.0.1:5000")]
    [InlineData(BinanceVenue.Spot, "api.binance.com", "spot/api.binance.com")]
    [InlineData(BinanceVenue.BinanceUs, "api.binance.us", "us/api.binance.us")]
    public void Scope_UsdMAndCoinMAreOnePool_AndTheFapiAndDapiHostsOneGroup(BinanceVenue venue, string authority, string scope) =>
        LimitPool.Scope(venue, ipGroup: null, authority).ToString().ShouldBe(scope);

    [Fact]
    public void Scope_AnIpGroupTheUserNamed_IsKeptAsItIs() =>
        LimitPool.Scope(BinanceVenue.CoinMFutures, "fapi.egress-1", "dapi.binance.com").ShouldBe(new BinanceLimitScope(BinanceVenue.UsdMFutures, "fapi.egress-1"));

    [Fact]
    public async Task DapiWeight_FillsTheFapiWindow_ButNotSpots()
    {
        await using var harness = await Harness.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        using var coinM = harness.NewClient(Client(harness, BinanceVenue.CoinMFutures, weightPer10Seconds: 10));
        using var usdM = harness.NewClient(Client(harness, BinanceVenue.UsdMFutures, weightPer10Seconds: 10));
        using var spot = harness.NewClient(Client(harness, BinanceVenue.Spot, weightPer10Seconds: 10));

        var (status, _, response) = await harness.SendAsync(HttpMethod.Get, "/dapi/v1/depth?symbol=BTCUSD_PERP", coinM);
        response.Dispose();
        status.ShouldBe(404, "no COIN-M sandbox yet: sent, reserved (weight 10 at the default limit 500), and refused by the USDⓈ-M sandbox");
        var sent = harness.Server.TotalRequests;

        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => usdM.GetAsync("/fapi/v1/ping"));

        refused.IsBan.ShouldBeFalse();
        harness.Server.TotalRequests.ShouldBe(sent, "the USDⓈ-M request was refused before it left: the pool is full");
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping", spot)).Response.Dispose();
        harness.Server.TotalRequests.ShouldBe(sent + 1, "a Spot client of the same IP group counts in Spot's own pool");
    }

    [Fact]
    public async Task A429OnFapi_HaltsDapiOfTheSameIpGroup()
    {
        // The sandbox allows 3 weight per 10 s; the clients believe in 1000, so the USDⓈ-M one meets a real 429.
        await using var harness = await Harness.StartAsync(new SandboxOptions
        {
            Venue = SandboxVenue.UsdM,
            RateLimits = [new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Second, 10, 3)],
            ViolationsBeforeBan = 100,
        });
        using var usdM = harness.NewClient(Client(harness, BinanceVenue.UsdMFutures, weightPer10Seconds: 1000));
        using var coinM = harness.NewClient(Client(harness, BinanceVenue.CoinMFutures, weightPer10Seconds: 1000));
        for (var i = 0; i < 3; i++)
        {
            (await harness.SendAsync(HttpMethod.Get, "/fapi/v1/ping", usdM)).Status.ShouldBe(200);
        }

        (await harness.SendAsync(HttpMethod.Get, "/fapi/v1/ping", usdM)).Status.ShouldBe(429);
        var sent = harness.Server.TotalRequests;

        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => coinM.GetAsync("/dapi/v1/time"));

        refused.IsBan.ShouldBeFalse();
        refused.HttpStatus.ShouldBe(429);
        harness.Server.TotalRequests.ShouldBe(sent, "the COIN-M client is halted with the USDⓈ-M one");
    }

    [Fact]
    public async Task DapiOrders_FillTheAccountsFapiOrderWindow_NotAnotherAccounts()
    {
        await using var harness = await Harness.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        using var coinM = harness.NewClient(Client(harness, BinanceVenue.CoinMFutures, weightPer10Seconds: 1000, ordersPer10Seconds: 2));
        using var usdM = harness.NewClient(Client(harness, BinanceVenue.UsdMFutures, weightPer10Seconds: 1000, ordersPer10Seconds: 2));
        var otherAccountOptions = Client(harness, BinanceVenue.UsdMFutures, weightPer10Seconds: 1000, ordersPer10Seconds: 2);
        otherAccountOptions.Credentials = BinanceCredentials.Hmac("another-key", "another-secret");
        using var otherAccount = harness.NewClient(otherAccountOptions);

        for (var i = 0; i < 2; i++)
        {
            var (status, json, response) = await harness.SendAsync(HttpMethod.Post, $"/dapi/v1/order?symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=1&newClientOrderId=coin-{i}", coinM);
            response.Dispose();
            (status, json.GetProperty("code").GetInt32()).ShouldBe((404, -1020), "sent (an order slot reserved) and refused for good: not reconciled");
        }

        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => usdM.PostAsync("/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001", null));
        refused.IsBan.ShouldBeFalse();
        harness.Server.RequestCount("POST", "/fapi/v1/order").ShouldBe(0, "the account's order pool is full across fapi and dapi");

        (await harness.SendAsync(HttpMethod.Get, "/fapi/v1/time", usdM)).Status.ShouldBe(200, "reads are not held back by order counts");
        (await harness.SendAsync(HttpMethod.Post, "/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001", otherAccount)).Response.Dispose();
        harness.Server.RequestCount("POST", "/fapi/v1/order").ShouldBe(1, "another account's orders have windows of their own");
        harness.Server.RequestCount("POST", "/dapi/v1/order").ShouldBe(2, "each COIN-M order sent once");
    }

    private static BinanceClientOptions Client(Harness harness, BinanceVenue venue, int weightPer10Seconds, int ordersPer10Seconds = 1000)
    {
        var options = Harness.NewOptions(harness.Time, BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
        options.Venue = venue;
        options.IpGroup = IpGroup;
        options.WaitForLimits = false;
        options.LimitHeadroom = 0;
        options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(10), weightPer10Seconds));
        options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), ordersPer10Seconds));
        return options;
    }
}
