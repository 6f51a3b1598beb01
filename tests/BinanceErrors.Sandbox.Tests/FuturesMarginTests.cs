using System.Globalization;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The USDⓈ-M margin invariants through the API: leverage changes are margin-checked (-2028, -4161) and bracket-checked
/// (-2027), open orders hold their margin at the current leverage (closing orders none), and the leverage bracket's
/// <c>maxNotionalValue</c> is enforced on orders.
/// </summary>
public sealed class FuturesMarginTests
{
    private static readonly Dictionary<string, decimal> Marks = new() { ["BTCUSDT"] = 95000m, ["ETHUSDT"] = 3500m };

    internal static Task<SandboxServer> StartAsync(decimal usdt = 100_000m) => SandboxServer.StartAsync(new SandboxOptions
    {
        Venue = SandboxVenue.UsdM,
        MarkPrices = Marks,
        RateLimits = SandboxLimitTests.Limits(1_000_000, 100_000),
        ApiKeys = [new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = usdt } }],
    });

    [Fact]
    public async Task LoweringLeverage_BeyondTheMarginBalance_Is2028_AndChangesNothing()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=5")).Status.ShouldBe(200);
        var before = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Body;

        var lowered = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=1");

        lowered.Status.ShouldBe(400);
        lowered.Code.ShouldBe(-2028);
        lowered.Msg.ShouldBe("Leverage is smaller than permitted: insufficient margin balance.");
        (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Body.ShouldBe(before);
        (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0].GetProperty("leverage").GetString().ShouldBe("20");

        // 5 BTC at the 95,000 mark needs 95,000 at 5×: within the 100,000 balance less the fills' cost.
        var fits = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=5");
        fits.Status.ShouldBe(200, fits.Body);
        var account = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json;
        Dec(account, "availableBalance").ShouldBeGreaterThanOrEqualTo(0m);
        Dec(account, "totalPositionInitialMargin").ShouldBe(95000m);
    }

    [Fact]
    public async Task OpenOrderMargin_FollowsTheCurrentLeverage()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=1")).Status.ShouldBe(200);
        Dec((await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json, "totalOpenOrderInitialMargin").ShouldBe(4700m, "94,000 at 20×");

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=10")).Status.ShouldBe(200);

        var account = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json;
        Dec(account, "totalOpenOrderInitialMargin").ShouldBe(9400m, "94,000 at 10×");
        Dec(account, "availableBalance").ShouldBe(100_000m - 9400m);
        var risk = (await client.SignedAsync(HttpMethod.Get, "/fapi/v3/positionRisk", "")).Json;
        risk.GetArrayLength().ShouldBe(0, "v3 lists positions only");
    }

    [Fact]
    public async Task ClosingOrders_HoldNoMargin_AndOrdersBeyondThePositionHoldTheRest()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1")).Status.ShouldBe(200);

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&price=96000&quantity=1")).Status.ShouldBe(200);
        Dec((await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json, "totalOpenOrderInitialMargin").ShouldBe(0m, "the sell only closes the long");

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&price=96000&quantity=1")).Status.ShouldBe(200);
        Dec((await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json, "totalOpenOrderInitialMargin").ShouldBe(4800m, "one BTC beyond the long, at 96,000 / 20");
    }

    [Fact]
    public async Task OrderBeyondTheBracketsMaxNotional_Is2027()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        var leverage = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=125");
        leverage.Json.GetProperty("maxNotionalValue").GetString().ShouldBe("50000");

        var order = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.6");

        order.Code.ShouldBe(-2027);
        order.Msg.ShouldBe("Exceeded the maximum allowable position at current leverage.");
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.5")).Status.ShouldBe(200);
        var brackets = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/leverageBracket", "symbol=BTCUSDT")).Json.GetProperty("brackets");
        brackets[0].GetProperty("notionalCap").GetDecimal().ShouldBe(50000m);
        brackets[0].GetProperty("initialLeverage").GetInt32().ShouldBe(125);
    }

    [Fact]
    public async Task RaisingLeverage_PastWhatThePositionAllows_Is2027()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1")).Status.ShouldBe(200);

        var raised = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=125");

        raised.Code.ShouldBe(-2027);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=100")).Json.GetProperty("maxNotionalValue").GetString().ShouldBe("600000");
    }

    [Fact]
    public async Task LoweringLeverage_OnAnIsolatedPosition_Is4161()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/marginType", "symbol=BTCUSDT&marginType=ISOLATED")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01")).Status.ShouldBe(200);

        var lowered = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=5");

        lowered.Code.ShouldBe(-4161);
        lowered.Msg.ShouldBe("Leverage reduction is not supported in Isolated Margin Mode with open positions");
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=25")).Status.ShouldBe(200, "raising is allowed");
    }

    [Fact]
    public async Task AnAdverseMarkMove_ShowsZeroAvailable_AndRefusesOpeningOrders_ButNotClosingOnes()
    {
        await using var server = await StartAsync(usdt: 10_000m);
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=2")).Status.ShouldBe(200);

        server.SetMarkPrice("BTCUSDT", 90000m);

        var account = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json;
        (Dec(account, "totalMarginBalance") - Dec(account, "totalInitialMargin")).ShouldBeLessThan(0m, "a 10,000 loss against 9,000 of margin");
        Dec(account, "availableBalance").ShouldBe(0m, "Binance's available for order is max(0, …)");
        Dec(account, "maxWithdrawAmount").ShouldBe(0m);
        Dec((await client.SignedAsync(HttpMethod.Get, "/fapi/v2/balance", "")).Json[0], "availableBalance").ShouldBe(0m);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=ETHUSDT&side=BUY&type=MARKET&quantity=0.1")).Code.ShouldBe(-2019);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=1")).Status.ShouldBe(200, "closing is never refused for margin");
    }

    internal static decimal Dec(JsonElement element, string name) => decimal.Parse(element.GetProperty(name).GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
}
